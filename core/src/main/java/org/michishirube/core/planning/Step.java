package org.michishirube.core.planning;

import java.util.List;

import org.michishirube.core.model.Need;
import org.michishirube.core.model.TargetId;

/**
 * One thing to study: raise a target from one level to another.
 *
 * @param target the target
 * @param fromLevel the level the learner has (0..3)
 * @param toLevel the level the goal needs (1..4), above {@code fromLevel}
 * @param hours the estimated study hours, see {@link Effort}
 * @param why the chain from the goal to this target; never empty
 */
public record Step(TargetId target, int fromLevel, int toLevel, int hours, List<WhyLink> why) {

    public Step {
        if (target == null) {
            throw new IllegalArgumentException("target is missing");
        }
        if (fromLevel < 0 || toLevel > Need.MAX_LEVEL || fromLevel >= toLevel) {
            throw new IllegalArgumentException("step on " + target + " must raise the level within 0..4, was "
                    + fromLevel + " → " + toLevel);
        }
        if (hours < 0) {
            throw new IllegalArgumentException("hours of the step on " + target + " must not be negative");
        }
        why = why instanceof WhyChain ? why : List.copyOf(why); // a WhyChain is immutable and shares its links
        if (why.isEmpty()) {
            throw new IllegalArgumentException("step on " + target + " has no reason");
        }
    }
}
