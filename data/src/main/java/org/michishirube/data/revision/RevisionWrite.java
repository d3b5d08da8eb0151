package org.michishirube.data.revision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.michishirube.core.revision.EditOutcome;

/** The outcome of a write to a draft; only {@link Done} changed anything. */
public sealed interface RevisionWrite {

    /**
     * The write happened.
     *
     * @param state the draft after it
     * @param changes the changes an operation made, as changelog lines in English; empty for transitions
     * @param report what publishing moved, for a publish
     */
    record Done(DraftState state, List<String> changes, Optional<PublishReport> report) implements RevisionWrite {
        public Done {
            Objects.requireNonNull(state, "state");
            changes = List.copyOf(changes);
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * The write would change nothing: the same package imported into the same draft again.
     *
     * @param state the draft as it is
     */
    record Unchanged(DraftState state) implements RevisionWrite {
        public Unchanged {
            Objects.requireNonNull(state, "state");
        }
    }

    /** No draft has that id. */
    record NotFound() implements RevisionWrite {
    }

    /**
     * The caller's ETag names an older revision.
     *
     * @param current the draft's revision now
     */
    record Stale(long current) implements RevisionWrite {
    }

    /**
     * The draft editor refused the operation; nothing changed.
     *
     * @param rejection the reasons with their evidence
     */
    record Rejected(EditOutcome.Rejected rejection) implements RevisionWrite {
    }

    /**
     * The workflow does not allow the write now; nothing changed.
     *
     * @param code a stable code, e.g. {@code not-in-review}, {@code same-steward}
     * @param detail a sentence in English
     * @param evidence the ids or faults involved
     */
    record Refused(String code, String detail, List<String> evidence) implements RevisionWrite {
        public Refused {
            evidence = List.copyOf(evidence);
        }
    }
}
