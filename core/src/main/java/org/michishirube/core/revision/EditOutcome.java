package org.michishirube.core.revision;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.michishirube.core.diff.Change;

/** The result of applying an operation to a draft: the edited draft, or why the operation was refused. */
public sealed interface EditOutcome {

    /**
     * The operation was applied.
     *
     * @param draft the edited draft
     * @param change the change the operation made to its own subject
     * @param changes every change it made, in {@link Change#ORDER}: e.g. a split also relinks the targets that
     *     needed the split target, and a move also moves the descendants into the new domain
     */
    record Applied(Draft draft, Change change, List<Change> changes) implements EditOutcome {
        public Applied {
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(change, "change");
            changes = List.copyOf(changes);
        }
    }

    /**
     * The operation was refused; the draft is unchanged.
     *
     * @param operation the operation
     * @param reasons every fault found, each with its evidence
     */
    record Rejected(Operation operation, List<Rejection> reasons) implements EditOutcome {
        public Rejected {
            Objects.requireNonNull(operation, "operation");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }

        /** {@return whether one of the reasons has this code} */
        public boolean has(Reason reason) {
            return reasons.stream().anyMatch(r -> r.reason() == reason);
        }
    }

    /**
     * One fault of an operation.
     *
     * @param reason a stable code for the API
     * @param message a sentence in English
     * @param evidence the ids involved: the unknown id, the cycle (first id repeated at the end), the references
     */
    record Rejection(Reason reason, String message, List<String> evidence) {
        public Rejection {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            evidence = List.copyOf(evidence);
        }
    }

    /** Why an operation was refused. */
    enum Reason {
        /** A referenced target is in neither the draft nor, for other frameworks, the known targets. */
        UNKNOWN_TARGET,
        /** A referenced domain is not a domain of the draft. */
        UNKNOWN_DOMAIN,
        /** A new id is not lowercase segments joined by '.', or does not start with the framework id. */
        MALFORMED_ID,
        /** A new id is already used by the draft or by the version it revises (ids are never reused). */
        DUPLICATE_ID,
        /** A text lacks its Japanese or English version. */
        MISSING_TEXT,
        /** An effort estimate is negative. */
        NEGATIVE_EFFORT,
        /** A parent lies in another domain than the one given. */
        DOMAIN_MISMATCH,
        /** A move would put a target under itself or one of its descendants. */
        TREE_CYCLE,
        /** The prerequisites would form a cycle; the evidence is the cycle. */
        PREREQUISITE_CYCLE,
        /** Retiring would leave prerequisites or related links pointing at nothing; the evidence lists them. */
        STILL_REFERENCED,
        /** A split needs two parts or more, a merge two targets or more. */
        TOO_FEW_TARGETS,
        /** A merge names a target together with one of its descendants. */
        NESTED_TARGETS,
        /** The prerequisite is already recorded. */
        ALREADY_LINKED,
        /** The prerequisite to drop is not recorded. */
        NOT_LINKED,
        /** The operation would change nothing. */
        NO_CHANGE;

        /** {@return the code as the API writes it, e.g. {@code prerequisite-cycle}} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
