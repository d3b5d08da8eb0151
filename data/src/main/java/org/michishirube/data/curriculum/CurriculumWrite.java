package org.michishirube.data.curriculum;

import org.michishirube.core.coverage.Curriculum;

/** What a write to a curriculum did; expected failures are results, not exceptions. */
public sealed interface CurriculumWrite {

    /** The change was stored; the curriculum carries its new version. */
    record Written(Curriculum curriculum) implements CurriculumWrite {
    }

    /** The change would not alter anything, so nothing was written and the version stayed. */
    record Unchanged(Curriculum curriculum) implements CurriculumWrite {
    }

    /** The caller's version is not the stored one: someone else changed it first. */
    record Stale(long currentVersion) implements CurriculumWrite {
    }

    /** No curriculum has the id. */
    record Missing() implements CurriculumWrite {
    }

    /** A curriculum with the id exists already. */
    record Exists() implements CurriculumWrite {
    }

    /** The curriculum and its courses are gone. */
    record Deleted() implements CurriculumWrite {
    }
}
