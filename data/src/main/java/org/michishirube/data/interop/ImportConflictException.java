package org.michishirube.data.interop;

/** An import that would overwrite something that exists, such as a version id already taken; nothing was written. */
public final class ImportConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportConflictException(String message) {
        super(message, null, false, false);
    }
}
