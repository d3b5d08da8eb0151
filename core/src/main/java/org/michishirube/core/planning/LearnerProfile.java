package org.michishirube.core.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.TargetId;

/**
 * What a learner brings: credentials, mastered targets, work experience, study time and exam credit.
 * Ids are not checked against a graph here; the planner reports unknown ones as
 * {@link PlanOutcome.Unreachable}.
 *
 * @param credentials the credentials held, at most one entry per credential
 * @param mastered the level (0..4) reached in targets
 * @param experienceYears years of work by kind (≥ 0); a missing kind counts as 0
 * @param hoursPerWeek study hours a week, more than 0
 * @param subjectPasses exam subjects passed; only those still in credit count
 * @param evidence for mastered levels that are evidenced, what evidences them (a course passed, a certificate);
 *     a mastered level without an entry is self-assessed
 */
public record LearnerProfile(
        List<HeldCredential> credentials,
        Map<TargetId, Integer> mastered,
        Map<ExperienceKind, Integer> experienceYears,
        int hoursPerWeek,
        List<SubjectPass> subjectPasses,
        Map<TargetId, String> evidence) {

    public LearnerProfile {
        credentials = List.copyOf(credentials);
        mastered = Map.copyOf(mastered);
        experienceYears = Map.copyOf(experienceYears);
        subjectPasses = List.copyOf(subjectPasses);
        evidence = Map.copyOf(evidence);
        Set<CredentialId> seen = new HashSet<>();
        for (HeldCredential h : credentials) {
            if (!seen.add(h.credential())) {
                throw new IllegalArgumentException("credential " + h.credential() + " is listed twice");
            }
        }
        mastered.forEach((t, level) -> {
            if (level < 0 || level > Need.MAX_LEVEL) {
                throw new IllegalArgumentException("mastered level of " + t + " must be 0..4, was " + level);
            }
        });
        experienceYears.forEach((kind, years) -> {
            if (years < 0) {
                throw new IllegalArgumentException("years of " + kind.code() + " experience must not be negative, was " + years);
            }
        });
        if (hoursPerWeek <= 0) {
            throw new IllegalArgumentException("hours per week must be more than 0, was " + hoursPerWeek);
        }
        for (Map.Entry<TargetId, String> e : evidence.entrySet()) {
            if (!mastered.containsKey(e.getKey())) {
                throw new IllegalArgumentException("evidence for " + e.getKey() + " needs a mastered level of it");
            }
            if (e.getValue().isBlank()) {
                throw new IllegalArgumentException("evidence for " + e.getKey() + " must say what evidences it");
            }
        }
    }

    /** A profile whose mastered levels are all self-assessed. */
    public LearnerProfile(List<HeldCredential> credentials, Map<TargetId, Integer> mastered, Map<ExperienceKind, Integer> experienceYears,
                          int hoursPerWeek, List<SubjectPass> subjectPasses) {
        this(credentials, mastered, experienceYears, hoursPerWeek, subjectPasses, Map.of());
    }

    /** {@return a learner who starts from nothing and studies the given hours a week} */
    public static LearnerProfile beginner(int hoursPerWeek) {
        return new LearnerProfile(List.of(), Map.of(), Map.of(), hoursPerWeek, List.of());
    }

    /** {@return this profile with one more credential held} */
    public LearnerProfile withCredential(CredentialId credential, int year) {
        List<HeldCredential> more = new java.util.ArrayList<>(credentials);
        more.add(new HeldCredential(credential, year));
        return new LearnerProfile(more, mastered, experienceYears, hoursPerWeek, subjectPasses, evidence);
    }

    /** {@return this profile with the level of one target set, self-assessed} */
    public LearnerProfile withMastered(TargetId target, int level) {
        Map<TargetId, Integer> more = new HashMap<>(mastered);
        more.put(target, level);
        Map<TargetId, String> evidenced = new HashMap<>(evidence);
        evidenced.remove(target);
        return new LearnerProfile(credentials, more, experienceYears, hoursPerWeek, subjectPasses, evidenced);
    }

    /** {@return this profile with the level of one target set, evidenced by what is named} */
    public LearnerProfile withEvidencedMastery(TargetId target, int level, String what) {
        LearnerProfile rated = withMastered(target, level);
        Map<TargetId, String> evidenced = new HashMap<>(evidence);
        evidenced.put(target, what);
        return new LearnerProfile(credentials, rated.mastered, experienceYears, hoursPerWeek, subjectPasses, evidenced);
    }

    /** {@return whether the level of a target is self-assessed (mastered without evidence)} */
    public boolean isSelfAssessed(TargetId target) {
        return mastered.containsKey(target) && !evidence.containsKey(target);
    }

    /** {@return whether any mastered level is self-assessed} */
    public boolean hasSelfAssessedLevels() {
        return evidence.size() < mastered.size();
    }

    /** {@return this profile with only its evidenced levels: what an institution or a cautious learner would count} */
    public LearnerProfile evidencedOnly() {
        Map<TargetId, Integer> kept = new HashMap<>();
        evidence.keySet().forEach(t -> kept.put(t, mastered.get(t)));
        return new LearnerProfile(credentials, kept, experienceYears, hoursPerWeek, subjectPasses, evidence);
    }

    /** {@return this profile with the years of one kind of experience set} */
    public LearnerProfile withExperience(ExperienceKind kind, int years) {
        Map<ExperienceKind, Integer> more = new HashMap<>(experienceYears);
        more.put(kind, years);
        return new LearnerProfile(credentials, mastered, more, hoursPerWeek, subjectPasses, evidence);
    }

    /** {@return this profile with one more exam subject passed} */
    public LearnerProfile withSubjectPass(SubjectPass pass) {
        List<SubjectPass> more = new java.util.ArrayList<>(subjectPasses);
        more.add(pass);
        return new LearnerProfile(credentials, mastered, experienceYears, hoursPerWeek, more, evidence);
    }

    /** {@return the years of experience of a kind, 0 when not given} */
    public int experience(ExperienceKind kind) {
        return experienceYears.getOrDefault(kind, 0);
    }
}
