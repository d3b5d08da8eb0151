package org.michishirube.data.revision;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerPathId;

/**
 * A stored draft of a model career path: a new path, a revision of a published one, or its retirement. It goes through
 * the same workflow as a framework draft (draft → in review → approved by a second steward → published).
 *
 * @param id the draft's id, {@code <path>@<n>}: the path and the how-manieth draft of it this is
 * @param status where it is in the workflow
 * @param revision the optimistic-locking counter; every edit and transition raises it
 * @param author the token subject that created it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param approvedBy the steward who approved it
 * @param proposed the path as it will be published; empty when the draft retires the path
 * @param base the path as published when the draft was made; empty for a new path
 */
public record CareerPathDraft(String id, DraftState.Status status, long revision, String author, Instant createdAt, Instant updatedAt,
                              Optional<String> approvedBy, Optional<CareerPath> proposed, Optional<CareerPath> base) {

    public CareerPathDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(base, "base");
        if (proposed.isEmpty() && base.isEmpty()) {
            throw new IllegalArgumentException("draft " + id + " neither proposes nor retires a path");
        }
    }

    /** {@return the path the draft is about} */
    public CareerPathId path() {
        return proposed.or(() -> base).orElseThrow().id();
    }

    /** {@return whether publishing the draft retires the path} */
    public boolean retires() {
        return proposed.isEmpty();
    }

    /** {@return the draft's id for the how-manieth draft of a path} */
    public static String idOf(CareerPathId path, long n) {
        return path.value() + "@" + n;
    }

    /** {@return whether a text can be a draft id, so callers answer 404 before asking the database} */
    public static boolean isWellFormed(String id) {
        if (id == null) {
            return false;
        }
        int at = id.lastIndexOf('@');
        return at > 0 && CareerPathId.isWellFormed(id.substring(0, at)) && id.substring(at + 1).matches("[1-9][0-9]{0,5}");
    }

    /** {@return what changed against the published path, one English line each} */
    public java.util.List<String> changes() {
        if (proposed.isEmpty()) {
            return java.util.List.of("retired: " + base.orElseThrow().id());
        }
        return base.map(b -> proposed.get().changesFrom(b))
                .orElseGet(() -> java.util.List.of("new path with " + proposed.get().stages().size() + " stages"));
    }

    CareerPathDraft next(DraftState.Status to, Instant at, Optional<String> approver, Optional<CareerPath> content) {
        return new CareerPathDraft(id, to, revision + 1, author, createdAt, at, approver, content, base);
    }
}
