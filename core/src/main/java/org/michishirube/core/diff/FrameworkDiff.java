package org.michishirube.core.diff;

import org.michishirube.core.model.FrameworkTree;

/** Tells what changed between two versions of a framework. */
public interface FrameworkDiff {

    /**
     * {@return the typed changes from {@code older} to {@code newer}, with the crosswalk, counts and changelog;
     * never throws for inconsistent lineage, which is read as far as it fits the two trees}
     *
     * @param older the older version, usually the one {@code newer} supersedes
     * @param newer the newer version, whose lineage links say how the older targets map to it
     */
    VersionDiff diff(FrameworkTree older, FrameworkTree newer);

    /** {@return the diff that follows lineage links, so that a renamed, split or merged target is not a removal} */
    static FrameworkDiff lineageAware() {
        return new LineageAwareDiff();
    }
}
