package org.michishirube.core.proposal;

import java.util.Locale;

/** The kinds of redefinition proposal, in the order proposals are listed. */
public enum ProposalKind {
    /** Roles need a target the framework does not cover: a candidate to add. */
    ADD_CANDIDATE,
    /** An emerging area with few or no targets here but present elsewhere or in role needs. */
    EMERGING_AREA,
    /** Two targets whose names say nearly the same in both languages. */
    NEAR_DUPLICATE,
    /** A target no role and no curriculum uses: review or retire. */
    UNUSED,
    /** A target few curricula address. */
    RARELY_TAUGHT;

    /** {@return the code as the API writes it, e.g. {@code add-candidate}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
