package org.michishirube.data.learner;

/** What a write of a learner's profile did; a refused precondition is a result, not an exception, and changed nothing. */
public sealed interface ProfileWrite {

    /** The profile was stored with this version: 1 when it was created, one more than before when it was replaced. */
    record Saved(long version) implements ProfileWrite {
    }

    /** The caller named a version, but the stored profile is at another one: someone else changed it first. */
    record Stale(long currentVersion) implements ProfileWrite {
    }

    /** The caller meant to create the profile, but one is stored already, at this version. */
    record Exists(long currentVersion) implements ProfileWrite {
    }

    /** The caller named a version, but the learner has no stored profile. */
    record Missing() implements ProfileWrite {
    }
}
