package org.michishirube.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A recorded change between a version and the one it supersedes.
 *
 * @param kind what happened
 * @param from target ids in the older version (empty for {@code added})
 * @param to target ids in the newer version (empty for {@code retired})
 * @param note why, in prose
 * @param verification how far it is confirmed
 */
public record LineageLink(LineageKind kind, List<TargetId> from, List<TargetId> to, Optional<String> note,
                          Verification verification) {

    public LineageLink {
        Target.require(kind, "kind");
        Target.require(note, "note");
        Target.require(verification, "verification");
        // Sorted, so that equal links are equal however their ids were listed.
        from = from.stream().sorted().toList();
        to = to.stream().sorted().toList();
        int f = from.size();
        int t = to.size();
        boolean shapeFits = switch (kind) {
            case ADDED -> f == 0 && t >= 1;
            case RETIRED -> f >= 1 && t == 0;
            case REPLACED_BY -> f == 1 && t == 1;
            case SPLIT_INTO -> f == 1 && t >= 2;
            case MERGED_INTO -> f >= 2 && t == 1;
        };
        if (!shapeFits) {
            throw new IllegalArgumentException(kind.code() + " cannot map " + f + " target(s) to " + t);
        }
    }
}
