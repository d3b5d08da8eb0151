package org.michishirube.interop;

import java.util.List;

/** An import refused before anything was written, listing every fault found. */
public final class InvalidImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportFault> faults;

    public InvalidImportException(String summary, List<ImportFault> faults) {
        super(summary, null, false, false);
        this.faults = List.copyOf(faults);
    }

    public List<ImportFault> faults() {
        return faults;
    }
}
