package org.michishirube.data.learner;

import java.time.Instant;
import java.util.List;

/**
 * A plan a learner kept, with what it was made from and against.
 *
 * @param id the plan's id
 * @param owner the learner's subject
 * @param title a label the learner chose
 * @param createdAt when it was saved
 * @param request the planning request as JSON, so it can be re-planned
 * @param plan the plan as JSON, as it was answered then
 * @param frameworkVersions the framework versions whose targets it uses
 * @param targets the targets its steps name, so that a revision can find the plans it touches
 */
public record SavedPlan(String id, String owner, String title, Instant createdAt, String request, String plan,
                        List<String> frameworkVersions, List<String> targets) {

    public SavedPlan {
        frameworkVersions = List.copyOf(frameworkVersions);
        targets = List.copyOf(targets);
    }
}
