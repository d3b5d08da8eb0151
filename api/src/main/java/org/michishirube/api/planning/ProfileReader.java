package org.michishirube.api.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.api.planning.PlanningBodies.CompletedCurriculumBody;
import org.michishirube.api.planning.PlanningBodies.GoalBody;
import org.michishirube.api.planning.PlanningBodies.HeldCredentialBody;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanningBodies.SubjectPassBody;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.CompletedCurriculum;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.HeldCredential;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.WeeksOff;
import org.michishirube.core.planning.SubjectPass;

/**
 * Turns request bodies into core values, checking every field first: malformed values give 400 and
 * ids the graph does not know give 404, each error naming its field, all of them at once.
 */
final class ProfileReader {

    static final int MAX_HOURS_PER_WEEK = 80;
    static final int MAX_EVIDENCE_LENGTH = 200;

    private final CompetencyGraph graph;
    private final LocalDate today;
    private final List<Map<String, Object>> malformed = new ArrayList<>();
    private final List<Map<String, Object>> unknown = new ArrayList<>();

    ProfileReader(CompetencyGraph graph, LocalDate today) {
        this.graph = graph;
        this.today = today;
    }

    /** At most this many periods off; each at most a year long. */
    static final int MAX_PERIODS_OFF = 20;

    /** {@return the weeks off the profile names; each faulty period is reported under its field} */
    WeeksOff weeksOff(ProfileBody body, String at) {
        if (body == null || body.weeksOff() == null || body.weeksOff().isEmpty()) {
            return WeeksOff.NONE;
        }
        if (body.weeksOff().size() > MAX_PERIODS_OFF) {
            malformed(at + ".weeksOff", "at most " + MAX_PERIODS_OFF + " periods");
            return WeeksOff.NONE;
        }
        List<WeeksOff.Period> periods = new ArrayList<>();
        for (int i = 0; i < body.weeksOff().size(); i++) {
            PlanningBodies.WeeksOffBody p = body.weeksOff().get(i);
            String field = at + ".weeksOff[" + i + "]";
            if (p == null || p.from() == null || p.to() == null) {
                malformed(field, "needs from and to, dates such as 2026-12-28");
            } else if (p.to().isBefore(p.from())) {
                malformed(field + ".to", "must not be before from (" + p.from() + ")");
            } else if (p.to().isAfter(p.from().plusYears(1))) {
                malformed(field + ".to", "a period off lasts at most a year");
            } else {
                periods.add(new WeeksOff.Period(p.from(), p.to()));
            }
        }
        return new WeeksOff(periods);
    }

    LearnerProfile profile(ProfileBody body, String at) {
        if (body == null) {
            malformed(at, "is required");
            return null;
        }
        List<HeldCredential> held = new ArrayList<>();
        List<HeldCredentialBody> credentials = body.credentials() == null ? List.of() : body.credentials();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < credentials.size(); i++) {
            String field = at + ".credentials[" + i + "]";
            HeldCredentialBody c = credentials.get(i);
            if (c == null || c.id() == null) {
                malformed(field, "must name a credential id");
                continue;
            }
            Optional<CredentialId> id = credential(c.id(), field);
            int year = c.year() == null ? today.getYear() : c.year();
            if (c.year() != null && (year < 1950 || year > today.getYear())) {
                malformed(field + ".year", "must be a year between 1950 and " + today.getYear());
            } else if (!seen.add(c.id())) {
                malformed(field, "lists " + c.id() + " a second time");
            } else {
                id.ifPresent(x -> held.add(new HeldCredential(x, year)));
            }
        }
        Map<TargetId, Integer> mastered = new LinkedHashMap<>();
        if (body.mastered() != null) {
            body.mastered().forEach((target, level) -> {
                String field = at + ".mastered." + target;
                if (level == null || level < 0 || level > 4) {
                    malformed(field, "level must be 0..4");
                } else {
                    target(target, field).ifPresent(t -> mastered.put(t, level));
                }
            });
        }
        Map<ExperienceKind, Integer> experience = new LinkedHashMap<>();
        if (body.experience() != null) {
            body.experience().forEach((kind, years) -> {
                String field = at + ".experience." + kind;
                Optional<ExperienceKind> k = experienceKind(kind);
                if (k.isEmpty()) {
                    malformed(field, "kind must be one of healthcare-is, general-is, imaging-exam");
                } else if (years == null || years < 0 || years > 60) {
                    malformed(field, "years must be 0..60");
                } else {
                    experience.put(k.get(), years);
                }
            });
        }
        Integer hours = body.hoursPerWeek();
        if (hours == null || hours < 1 || hours > MAX_HOURS_PER_WEEK) {
            malformed(at + ".hoursPerWeek", "must be 1.." + MAX_HOURS_PER_WEEK);
        }
        List<SubjectPass> passes = new ArrayList<>();
        List<SubjectPassBody> passBodies = body.subjectPasses() == null ? List.of() : body.subjectPasses();
        for (int i = 0; i < passBodies.size(); i++) {
            String field = at + ".subjectPasses[" + i + "]";
            SubjectPassBody p = passBodies.get(i);
            if (p == null || p.credential() == null || p.subject() == null || p.year() == null) {
                malformed(field, "needs credential, subject and year");
                continue;
            }
            if (p.year() < 1950 || p.year() > today.getYear()) {
                malformed(field + ".year", "must be a year between 1950 and " + today.getYear());
                continue;
            }
            Optional<CredentialId> c = credential(p.credential(), field + ".credential");
            if (!DomainId.isWellFormed(p.subject()) || graph.domain(new DomainId(p.subject())).isEmpty()) {
                unknown(field + ".subject", "no exam subject (domain) has the id '" + p.subject() + "'");
                continue;
            }
            c.ifPresent(x -> passes.add(new SubjectPass(x, new DomainId(p.subject()), p.year())));
        }
        Map<TargetId, String> evidence = new LinkedHashMap<>();
        if (body.evidence() != null) {
            body.evidence().forEach((target, what) -> {
                String field = at + ".evidence." + target;
                if (body.mastered() == null || !body.mastered().containsKey(target)) {
                    malformed(field, "evidences a level, so the target needs one in mastered");
                } else if (what == null || what.isBlank() || what.length() > MAX_EVIDENCE_LENGTH) {
                    malformed(field, "must say what evidences the level, 1.." + MAX_EVIDENCE_LENGTH + " characters");
                } else if (TargetId.isWellFormed(target)) {
                    evidence.put(new TargetId(target), what.strip());
                }
            });
        }
        if (!malformed.isEmpty() || !unknown.isEmpty() || hours == null) {
            return null;
        }
        return new LearnerProfile(held, mastered, experience, hours, passes, evidence);
    }

    /**
     * {@return the curricula a profile names as completed, each found among those the caller may see}; an id that is not
     * there, because it does not exist or is private to another institution, is reported as unknown either way
     *
     * @param visible the curricula the caller may see, by id, from {@link CompletedCurricula}
     */
    List<CompletedCurriculum> curricula(ProfileBody body, String at, Map<String, Curriculum> visible) {
        List<CompletedCurriculum> result = new ArrayList<>();
        if (body == null || body.curricula() == null) {
            return result;
        }
        if (body.curricula().size() > CompletedCurricula.MAX) {
            malformed(at + ".curricula", "may name at most " + CompletedCurricula.MAX + " curricula");
            return result;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < body.curricula().size(); i++) {
            String field = at + ".curricula[" + i + "]";
            CompletedCurriculumBody c = body.curricula().get(i);
            if (c == null || c.curriculum() == null) {
                malformed(field + ".curriculum", "must name a curriculum id");
                continue;
            }
            if (c.completed() == null || c.completed() < 1950 || c.completed() > today.getYear()) {
                malformed(field + ".completed", "must be a year between 1950 and " + today.getYear());
                continue;
            }
            if (!seen.add(c.curriculum())) {
                malformed(field + ".curriculum", "lists " + c.curriculum() + " a second time");
                continue;
            }
            Curriculum found = visible.get(c.curriculum());
            if (found == null) {
                unknown(field + ".curriculum", "no curriculum has the id '" + c.curriculum() + "'");
            } else {
                result.add(new CompletedCurriculum(found, c.completed()));
            }
        }
        return result;
    }

    Goal goal(GoalBody body, String at) {
        if (body == null) {
            malformed(at, "is required");
            return null;
        }
        int given = (body.credential() != null ? 1 : 0) + (body.role() != null ? 1 : 0) + (body.targets() != null ? 1 : 0);
        if (given != 1) {
            malformed(at, "must name exactly one of credential, role or targets");
            return null;
        }
        if (body.credential() != null) {
            Optional<CredentialId> c = credential(body.credential(), at + ".credential");
            Optional<FrameworkVersionId> version = Optional.empty();
            if (body.version() != null) {
                if (!FrameworkVersionId.isWellFormed(body.version())) {
                    malformed(at + ".version", "must look like framework@version, e.g. hit@fy2020");
                } else if (graph.version(FrameworkVersionId.of(body.version())).isEmpty()) {
                    unknown(at + ".version", "no framework version has the id '" + body.version() + "'");
                } else {
                    version = Optional.of(FrameworkVersionId.of(body.version()));
                }
            }
            Optional<FrameworkVersionId> v = version;
            return c.map(id -> new Goal.CredentialGoal(id, v)).orElse(null);
        }
        if (body.role() != null) {
            if (!RoleId.isWellFormed(body.role()) || graph.role(new RoleId(body.role())).isEmpty()) {
                unknown(at + ".role", "no role has the id '" + body.role() + "'");
                return null;
            }
            return new Goal.RoleGoal(new RoleId(body.role()));
        }
        int level = body.level() == null ? 2 : body.level();
        if (level < 1 || level > 4) {
            malformed(at + ".level", "must be 1..4");
        }
        if (body.targets().isEmpty()) {
            malformed(at + ".targets", "must name at least one target");
        }
        Map<TargetId, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < body.targets().size(); i++) {
            int index = i;
            Optional.ofNullable(body.targets().get(i)).flatMap(t -> target(t, at + ".targets[" + index + "]"))
                    .ifPresent(t -> levels.put(t, level));
        }
        return levels.isEmpty() || level < 1 || level > 4 ? null : new Goal.TargetsGoal(levels);
    }

    /** Throws the problem for everything found so far; 400 outranks 404 since a malformed request cannot be judged. */
    void failIfAny() {
        if (!malformed.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "The request has " + malformed.size() + " invalid field(s).",
                    Map.of("errors", List.copyOf(malformed)));
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(ProblemType.NOT_FOUND, "The request names " + unknown.size() + " unknown id(s).",
                    Map.of("errors", List.copyOf(unknown)));
        }
    }

    private Optional<CredentialId> credential(String id, String field) {
        if (!CredentialId.isWellFormed(id) || graph.credential(new CredentialId(id)).isEmpty()) {
            unknown(field, "no credential has the id '" + id + "'");
            return Optional.empty();
        }
        return Optional.of(new CredentialId(id));
    }

    private Optional<TargetId> target(String id, String field) {
        if (!TargetId.isWellFormed(id) || !graph.contains(new TargetId(id))) {
            unknown(field, "no current target has the id '" + id + "'");
            return Optional.empty();
        }
        return Optional.of(new TargetId(id));
    }

    private static Optional<ExperienceKind> experienceKind(String code) {
        for (ExperienceKind k : ExperienceKind.values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private void malformed(String field, String message) {
        malformed.add(Map.of("field", field, "message", message));
    }

    private void unknown(String field, String message) {
        unknown.add(Map.of("field", field, "message", message));
    }
}
