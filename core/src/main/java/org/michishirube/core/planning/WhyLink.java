package org.michishirube.core.planning;

/**
 * One link in the chain that makes a step necessary, read from the goal down to the step's target, e.g.
 * goal credential miis → contains miis.dicom.qr → prerequisite hit.it.net.tcpip.
 *
 * @param relation how this link follows from the previous one
 * @param id the id of the credential, role or target the link reaches
 */
public record WhyLink(Relation relation, String id) {

    public WhyLink {
        if (relation == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("relation and id are required");
        }
    }

    /** How a link follows from the one before it. */
    public enum Relation {
        /** The goal is this credential. */
        GOAL_CREDENTIAL,
        /** The goal is this role. */
        GOAL_ROLE,
        /** The goal names this target. */
        GOAL_TARGET,
        /** An alternative reaches the role by earning this credential, which suits it. */
        VIA_CREDENTIAL,
        /** The previous credential requires this one before its exam. */
        REQUIRES,
        /** The previous credential's framework contains this leaf target. */
        CONTAINS,
        /** The role needs this target. */
        NEEDS,
        /** The previous target needs this one first. */
        PREREQUISITE;

        // Computed once: every step of every plan writes its links' codes.
        private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

        /** {@return the relation as the API writes it, e.g. {@code goal-credential}} */
        public String code() {
            return code;
        }
    }
}
