package org.michishirube.core.revision;

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
}
