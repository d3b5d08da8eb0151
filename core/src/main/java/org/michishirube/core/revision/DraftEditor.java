package org.michishirube.core.revision;

import java.util.function.Predicate;

import org.michishirube.core.model.TargetId;

/** Edits drafts of a framework version with typed operations. */
public interface DraftEditor {

    /**
     * {@return the draft with the operation applied and the changes it made, or every reason it was refused;
     * a refused operation leaves nothing changed, and the method never throws for invalid input}
     *
     * @param draft the draft to edit
     * @param operation the edit
     */
    EditOutcome apply(Draft draft, Operation operation);

    /** {@return the editor that validates every operation against the draft alone} */
    static DraftEditor validating() {
        return new ValidatingDraftEditor();
    }

    /**
     * {@return the editor that validates every operation, accepting links to the targets {@code knownElsewhere}
     * says exist in other frameworks}
     *
     * @param knownElsewhere whether a target outside the draft exists (for cross-framework links)
     */
    static DraftEditor validating(Predicate<TargetId> knownElsewhere) {
        return new ValidatingDraftEditor(knownElsewhere);
    }
}
