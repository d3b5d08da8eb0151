package org.michishirube.core.model;

/**
 * What a role needs of one target.
 *
 * @param target the target
 * @param level the level required, 1 (knows) to 4 (leads)
 * @param importance how much it matters to the role, 0 to 1
 */
public record Need(TargetId target, int level, double importance) {

    public static final int MAX_LEVEL = 4;

    public Need {
        Target.require(target, "target");
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level of need for " + target + " must be 1..4, was " + level);
        }
        if (!(importance >= 0 && importance <= 1)) {
            throw new IllegalArgumentException("importance of need for " + target + " must be 0..1, was " + importance);
        }
    }
}
