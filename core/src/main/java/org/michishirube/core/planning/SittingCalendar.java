package org.michishirube.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;

/**
 * The exam sittings a planner may put exams on, indexed by credential and sorted by exam day once, so that
 * finding a plan's sitting costs a binary search. Immutable; build one per snapshot and share it.
 */
public final class SittingCalendar {

    private static final SittingCalendar NONE = new SittingCalendar(List.of(), List.of());

    private final List<ExamSitting> all;
    private final Map<CredentialId, List<ExamSitting>> byCredential;
    private final Map<CredentialId, ExamSubjects> subjects;

    private SittingCalendar(Collection<ExamSitting> sittings, Collection<ExamSubjects> subjects) {
        Map<CredentialId, ExamSubjects> rules = new HashMap<>();
        subjects.forEach(r -> rules.put(r.credential(), r));
        this.subjects = Map.copyOf(rules);
        List<ExamSitting> sorted = new ArrayList<>(sittings);
        sorted.sort(ExamSitting.BY_EXAM_DAY);
        this.all = List.copyOf(sorted);
        Map<CredentialId, List<ExamSitting>> index = new HashMap<>();
        for (ExamSitting s : all) {
            index.computeIfAbsent(s.credential(), k -> new ArrayList<>()).add(s);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byCredential = Map.copyOf(index);
    }

    /** {@return a calendar of these sittings} */
    public static SittingCalendar of(Collection<ExamSitting> sittings) {
        return of(sittings, List.of());
    }

    /** {@return a calendar of these sittings, with the exams whose subjects are passed one by one} */
    public static SittingCalendar of(Collection<ExamSitting> sittings, Collection<ExamSubjects> subjects) {
        return sittings.isEmpty() && subjects.isEmpty() ? NONE : new SittingCalendar(sittings, subjects);
    }

    /** {@return the subjects of a credential's exam, when they are passed one by one} */
    public Optional<ExamSubjects> subjects(CredentialId credential) {
        return Optional.ofNullable(subjects.get(credential));
    }

    /** {@return a calendar without sittings: every exam is dated by when the learner is ready, as before sittings existed} */
    public static SittingCalendar none() {
        return NONE;
    }

    /** {@return every sitting, by exam day} */
    public List<ExamSitting> all() {
        return all;
    }

    /** {@return the sittings of one credential, by exam day; empty when none is known} */
    public List<ExamSitting> of(CredentialId credential) {
        return byCredential.getOrDefault(credential, List.of());
    }

    /**
     * {@return the first sitting of a credential that is not cancelled, is held on or after {@code sitFrom} and still
     * takes applications on {@code applyOn}; empty when the calendar knows none}
     *
     * @param credential the credential
     * @param sitFrom the first day the learner can sit it (study done, experience complete)
     * @param applyOn the first day the learner can apply (today, or the day a required credential is held)
     */
    public Optional<ExamSitting> first(CredentialId credential, LocalDate sitFrom, LocalDate applyOn) {
        List<ExamSitting> sittings = of(credential);
        int lo = 0;
        int hi = sittings.size();
        while (lo < hi) { // the first sitting held on or after sitFrom
            int mid = (lo + hi) >>> 1;
            if (sittings.get(mid).examDay().isBefore(sitFrom)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sittings.size(); i++) {
            ExamSitting s = sittings.get(i);
            if (!s.cancelled() && !s.applicationCloses().isBefore(applyOn)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SittingCalendar other && all.equals(other.all) && subjects.equals(other.subjects);
    }

    @Override
    public int hashCode() {
        return all.hashCode() * 31 + subjects.hashCode();
    }

    @Override
    public String toString() {
        return "SittingCalendar[" + all.size() + " sittings]";
    }
}
