package org.michishirube.core.planning;

import org.michishirube.core.model.Target;

/**
 * The effort estimate of a step. A target's {@code effortHours} (an inferred estimate) is read as the time
 * to reach level {@value #REFERENCE_LEVEL} from nothing, and every level costs the same share of it:
 * {@code hours = ceil(effort × (to − from) / 2)}. Hours never grow when {@code from} grows, so holding
 * more never makes a plan longer.
 */
public final class Effort {

    /** The level {@code effortHours} is taken to reach: what a credential exam checks. */
    public static final int REFERENCE_LEVEL = 2;

    private Effort() {
    }

    /**
     * {@return the hours to raise a target from one level to another; 0 when there is nothing to raise}
     *
     * @param target the target
     * @param fromLevel the level held
     * @param toLevel the level wanted
     * @param defaultHours the effort assumed when the target has none
     */
    public static int hours(Target target, int fromLevel, int toLevel, int defaultHours) {
        return hours(target.effortHours().orElse(-1), fromLevel, toLevel, defaultHours);
    }

    /** As {@link #hours(Target, int, int, int)}, for an effort read from a target index (−1 when none). */
    static int hours(int effortHours, int fromLevel, int toLevel, int defaultHours) {
        if (toLevel <= fromLevel) {
            return 0;
        }
        long effort = effortHours < 0 ? defaultHours : effortHours;
        long scaled = effort * (toLevel - fromLevel);
        return Math.toIntExact((scaled + REFERENCE_LEVEL - 1) / REFERENCE_LEVEL);
    }
}
