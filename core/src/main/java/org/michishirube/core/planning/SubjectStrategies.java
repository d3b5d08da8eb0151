package org.michishirube.core.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.Requirement;

/**
 * Strategies for an exam whose subjects are passed one by one (HIT): all subjects at one sitting, or split over two
 * or three sittings, each with its sittings and the time to completion. The first strategy completes earliest; ties
 * go to fewer sittings (each costs a fee), then to the one that banks a subject earlier. Only the best strategy of
 * each number of parts is kept, so the answer is a default and one or two options.
 */
public final class SubjectStrategies {

    private SubjectStrategies() {
    }

    /**
     * {@return the strategies for one exam of a plan, the chosen one first; empty when its subjects are not passed one by
     * one, no sitting is known, or no strategy completes before a banked subject runs out of credit}
     *
     * @param graph the graph the plan was made on
     * @param profile the learner, whose subject passes count as banked while in credit today
     * @param plan the plan
     * @param exam one of the plan's exam milestones
     * @param options the options the plan was made with, with its sittings
     */
    public static List<SubjectStrategy> of(CompetencyGraph graph, LearnerProfile profile, LearningPlan plan, Milestone.Exam exam,
                                           PlanningOptions options) {
        CredentialId credential = exam.credential();
        Optional<ExamSubjects> found = options.sittings().subjects(credential);
        if (found.isEmpty() || options.sittings().of(credential).isEmpty()) {
            return List.of();
        }
        ExamSubjects rule = found.get();
        LocalDate today = options.today();
        int blockStart = 0;
        LocalDate sitFloor = today;
        LocalDate applyOn = today;
        List<CredentialId> required = graph.credential(credential).map(c -> c.requirements().stream()
                .filter(r -> r instanceof Requirement.HoldsCredential).map(r -> ((Requirement.HoldsCredential) r).credential()).toList())
                .orElse(List.of());
        for (Milestone m : plan.milestones()) {
            if (m.equals(exam)) {
                break;
            }
            if (m instanceof Milestone.Exam other) {
                blockStart = other.afterSteps();
                if (required.contains(other.credential())) {
                    applyOn = later(applyOn, ExamScheduling.certifiedFrom(other));
                }
            } else if (m.credential().equals(credential)) {
                sitFloor = later(sitFloor, m.earliest());
            }
        }
        long before = 0;
        long others = 0;
        Map<DomainId, Long> bySubject = new LinkedHashMap<>();
        rule.subjects().forEach(s -> bySubject.put(s, 0L));
        for (int i = 0; i < exam.afterSteps(); i++) {
            Step step = plan.steps().get(i);
            if (i < blockStart) {
                before += step.hours();
                continue;
            }
            DomainId domain = graph.target(step.target()).map(t -> t.domain()).orElse(null);
            if (bySubject.containsKey(domain)) {
                bySubject.merge(domain, (long) step.hours(), Long::sum);
            } else {
                others += step.hours();
            }
        }
        List<SubjectPass> banked = new ArrayList<>();
        for (SubjectPass p : profile.subjectPasses()) {
            int age = today.getYear() - p.year();
            if (p.credential().equals(credential) && bySubject.containsKey(p.subject()) && age >= 0 && age <= rule.creditYears()
                    && banked.stream().noneMatch(b -> b.subject().equals(p.subject()))) {
                banked.add(p);
            }
        }
        List<DomainId> remaining = rule.subjects().stream().filter(s -> banked.stream().noneMatch(b -> b.subject().equals(s))).toList();
        if (remaining.isEmpty()) {
            return List.of();
        }
        int perWeek = profile.hoursPerWeek();
        Map<Integer, SubjectStrategy> bestByParts = new HashMap<>();
        int n = remaining.size();
        for (int k = 1; k <= Math.min(3, n); k++) {
            int[] group = new int[n];
            int combinations = (int) Math.pow(k, n);
            for (int code = 0; code < combinations; code++) {
                int c = code;
                boolean[] used = new boolean[k];
                for (int i = 0; i < n; i++) {
                    group[i] = c % k;
                    used[group[i]] = true;
                    c /= k;
                }
                if (!allTrue(used)) {
                    continue;
                }
                SubjectStrategy s = strategy(options, credential, rule, remaining, group, k, bySubject, before, others, perWeek,
                        sitFloor, applyOn, banked, today);
                if (s != null && (bestByParts.get(k) == null || ORDER.compare(s, bestByParts.get(k)) < 0)) {
                    bestByParts.put(k, s);
                }
            }
        }
        List<SubjectStrategy> strategies = new ArrayList<>(bestByParts.values());
        strategies.sort(ORDER);
        return List.copyOf(strategies);
    }

    private static final Comparator<SubjectStrategy> ORDER = Comparator.comparing(SubjectStrategy::completes)
            .thenComparingInt(SubjectStrategy::sittings)
            .thenComparing(s -> s.parts().get(0).sitting().examDay())
            .thenComparing(s -> s.parts().stream().map(p -> p.subjects().toString()).toList().toString());

    private static SubjectStrategy strategy(PlanningOptions options, CredentialId credential, ExamSubjects rule, List<DomainId> remaining,
                                            int[] group, int k, Map<DomainId, Long> bySubject, long before, long others, int perWeek,
                                            LocalDate sitFloor, LocalDate applyOn, List<SubjectPass> banked, LocalDate today) {
        List<SubjectStrategy.Part> parts = new ArrayList<>();
        long studied = before + others;
        LocalDate after = sitFloor;
        for (int g = 0; g < k; g++) {
            List<DomainId> subjects = new ArrayList<>();
            long hours = g == 0 ? others : 0;
            for (int i = 0; i < remaining.size(); i++) {
                if (group[i] == g) {
                    subjects.add(remaining.get(i));
                    hours += bySubject.get(remaining.get(i));
                }
            }
            studied += hours - (g == 0 ? others : 0);
            LocalDate ready = today.plusWeeks(options.calendarWeeks(studied, perWeek));
            Optional<ExamSitting> sitting = options.sittings().first(credential, later(ready, after), applyOn);
            if (sitting.isEmpty()) {
                return null;
            }
            parts.add(new SubjectStrategy.Part(subjects, Math.toIntExact(hours), ready, sitting.get()));
            after = sitting.get().examDay().plusDays(1);
        }
        int last = parts.get(parts.size() - 1).sitting().year();
        int first = Math.min(parts.get(0).sitting().year(), banked.stream().mapToInt(SubjectPass::year).min().orElse(Integer.MAX_VALUE));
        if (last - first > rule.creditYears()) {
            return null; // the first pass runs out of credit before the last subject is sat
        }
        LocalDate completes = parts.get(parts.size() - 1).sitting().examDay();
        int weeks = Math.toIntExact(Math.max(options.calendarWeeks(studied, perWeek), ceilDiv(ChronoUnit.DAYS.between(today, completes), 7)));
        SubjectStrategy.Kind kind = k == 1 && banked.isEmpty() ? SubjectStrategy.Kind.ALL_AT_ONCE : SubjectStrategy.Kind.SPLIT;
        return new SubjectStrategy(kind, parts, banked, completes, weeks, Math.toIntExact(studied));
    }

    private static boolean allTrue(boolean[] used) {
        for (boolean b : used) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
