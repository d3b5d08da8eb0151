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
 * @param mastered the level (0..4) reached in targets, as the learner rates it
 * @param experienceYears years of work by kind (≥ 0); a missing kind counts as 0
 * @param hoursPerWeek study hours a week, more than 0
 * @param subjectPasses exam subjects passed; only those still in credit count
 */
public record LearnerProfile(
        List<HeldCredential> credentials,
        Map<TargetId, Integer> mastered,
        Map<ExperienceKind, Integer> experienceYears,
        int hoursPerWeek,
        List<SubjectPass> subjectPasses) {

    public LearnerProfile {
        credentials = List.copyOf(credentials);
        mastered = Map.copyOf(mastered);
        experienceYears = Map.copyOf(experienceYears);
        subjectPasses = List.copyOf(subjectPasses);
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
    }

    /** {@return a learner who starts from nothing and studies the given hours a week} */
    public static LearnerProfile beginner(int hoursPerWeek) {
        return new LearnerProfile(List.of(), Map.of(), Map.of(), hoursPerWeek, List.of());
    }

    /** {@return this profile with one more credential held} */
    public LearnerProfile withCredential(CredentialId credential, int year) {
        List<HeldCredential> more = new java.util.ArrayList<>(credentials);
        more.add(new HeldCredential(credential, year));
        return new LearnerProfile(more, mastered, experienceYears, hoursPerWeek, subjectPasses);
    }

    /** {@return this profile with the level of one target set} */
    public LearnerProfile withMastered(TargetId target, int level) {
        Map<TargetId, Integer> more = new HashMap<>(mastered);
        more.put(target, level);
        return new LearnerProfile(credentials, more, experienceYears, hoursPerWeek, subjectPasses);
    }

    /** {@return this profile with the years of one kind of experience set} */
    public LearnerProfile withExperience(ExperienceKind kind, int years) {
        Map<ExperienceKind, Integer> more = new HashMap<>(experienceYears);
        more.put(kind, years);
        return new LearnerProfile(credentials, mastered, more, hoursPerWeek, subjectPasses);
    }

    /** {@return this profile with one more exam subject passed} */
    public LearnerProfile withSubjectPass(SubjectPass pass) {
        List<SubjectPass> more = new java.util.ArrayList<>(subjectPasses);
        more.add(pass);
        return new LearnerProfile(credentials, mastered, experienceYears, hoursPerWeek, more);
    }

    /** {@return the years of experience of a kind, 0 when not given} */
    public int experience(ExperienceKind kind) {
        return experienceYears.getOrDefault(kind, 0);
    }
}
