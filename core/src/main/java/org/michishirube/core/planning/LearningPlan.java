package org.michishirube.core.planning;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;

/**
 * An ordered plan: steps in study order, milestones between them, and totals.
 *
 * @param goal the goal it reaches
 * @param steps the steps, each after the steps on its prerequisites
 * @param milestones exams and waits, ordered as they come
 * @param totalHours the sum of the steps' hours
 * @param weeks {@code ceil(totalHours / hoursPerWeek)}, or more when a milestone's earliest day is later
 * @param hoursByDomain the steps' hours summed by the domain of their target, ordered by domain id
 */
public record LearningPlan(Goal goal, List<Step> steps, List<Milestone> milestones, int totalHours, int weeks,
                           Map<DomainId, Integer> hoursByDomain) {

    public LearningPlan {
        if (goal == null) {
            throw new IllegalArgumentException("goal is missing");
        }
        steps = List.copyOf(steps);
        milestones = List.copyOf(milestones);
        hoursByDomain = Collections.unmodifiableMap(new TreeMap<>(hoursByDomain));
        // Loops, not streams: a plan is made for every request and these checks showed in its profile.
        int sum = 0;
        for (Step step : steps) {
            sum += step.hours();
        }
        if (sum != totalHours) {
            throw new IllegalArgumentException("total hours " + totalHours + " differ from the steps' sum " + sum);
        }
        int byDomain = 0;
        for (int hours : hoursByDomain.values()) {
            byDomain += hours;
        }
        if (byDomain != totalHours) {
            throw new IllegalArgumentException("hours by domain do not add up to " + totalHours);
        }
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must not be negative");
        }
        for (Milestone m : milestones) {
            if (m.afterSteps() > steps.size()) {
                throw new IllegalArgumentException("milestone for " + m.credential() + " comes after a step the plan lacks");
            }
        }
    }

    /** {@return the credentials whose exams the plan sits, in order}; two plans differ materially when these differ */
    public List<CredentialId> examCredentials() {
        return milestones.stream().filter(m -> m.kind() == Milestone.Kind.EXAM).map(Milestone::credential)
                .collect(Collectors.toUnmodifiableList());
    }
}
