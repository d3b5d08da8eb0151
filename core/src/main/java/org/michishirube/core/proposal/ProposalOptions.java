package org.michishirube.core.proposal;

import java.util.Objects;

/**
 * Thresholds of the proposals.
 *
 * @param roles which roles count as demand: those the credential suits, or all
 * @param rarelyTaughtShare a leaf is rarely taught when fewer than this share of curricula address it (0..1)
 * @param jaSimilarity minimum character-bigram Jaccard of the Japanese names for a near-duplicate (0..1)
 * @param enSimilarity minimum word Jaccard of the English names for a near-duplicate (0..1)
 * @param emergingFew an emerging area has "few" targets here when it has fewer than this many
 */
public record ProposalOptions(RoleScope roles, double rarelyTaughtShare, double jaSimilarity, double enSimilarity,
                              int emergingFew) {

    public ProposalOptions {
        Objects.requireNonNull(roles, "roles");
        unit(rarelyTaughtShare, "rarelyTaughtShare");
        unit(jaSimilarity, "jaSimilarity");
        unit(enSimilarity, "enSimilarity");
        if (emergingFew < 1) {
            throw new IllegalArgumentException("emergingFew must be at least 1");
        }
    }

    /** {@return the documented defaults: suited roles, 20%, 0.6, 0.5, 3} */
    public static ProposalOptions defaults() {
        return new ProposalOptions(RoleScope.SUITED, 0.2, 0.6, 0.5, 3);
    }

    /** {@return these options with another role scope} */
    public ProposalOptions withRoles(RoleScope scope) {
        return new ProposalOptions(scope, rarelyTaughtShare, jaSimilarity, enSimilarity, emergingFew);
    }

    private static void unit(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be 0..1, was " + v);
        }
    }

    /** Which roles' needs count as demand. */
    public enum RoleScope {
        /** The roles the framework's credential suits. */
        SUITED,
        /** Every role. */
        ALL
    }
}
