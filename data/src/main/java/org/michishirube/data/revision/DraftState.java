package org.michishirube.data.revision;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.revision.Draft;

/**
 * A stored draft revision of a framework.
 *
 * @param id the version it will become, e.g. {@code miis@2026}
 * @param status where it is in the workflow
 * @param revision the optimistic-locking counter; every edit and transition raises it
 * @param author the token subject that created it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param approvedBy the steward who approved it, once in review and approved
 * @param draft the content, with the base version it revises
 * @param imported where it came from, when an import made it
 */
public record DraftState(FrameworkVersionId id, Status status, long revision, String author, Instant createdAt, Instant updatedAt,
                         Optional<String> approvedBy, Draft draft, Optional<ImportOrigin> imported) {

    public DraftState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(imported, "imported");
    }

    /** {@return the same draft in another state of the workflow} */
    public DraftState next(Status to, long nextRevision, Instant at, Optional<String> approver, Draft content) {
        return new DraftState(id, to, nextRevision, author, createdAt, at, approver, content, imported);
    }

    /** {@return the framework it revises} */
    public FrameworkId framework() {
        return id.framework();
    }

    /** {@return the version it revises; empty for the first version of a new framework} */
    public Optional<FrameworkVersionId> base() {
        return draft.revises();
    }

    /** Where a draft is: edited, reviewed, or published (after which it is only history). */
    public enum Status {
        DRAFT, IN_REVIEW, PUBLISHED;

        /** {@return the code as stored and written by the API, e.g. {@code in-review}} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Status fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
