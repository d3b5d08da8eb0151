package org.michishirube.data.revision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.michishirube.core.model.Credential;
import org.michishirube.core.model.Framework;
import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;

/**
 * Where an imported draft came from, and what publishing it must create besides the version: the package's identifiers
 * and fields (so an export gives the package back), and, for a new framework, the framework and perhaps its credential.
 *
 * @param format the format read, e.g. {@code CASE 1.1}
 * @param importedBy the token subject that imported it
 * @param importedAt when
 * @param newFramework the framework to create on publishing; empty for the next version of a known framework
 * @param newCredential the credential to create with it; empty when it exists
 * @param marks the package's identifiers and the fields the graph model does not hold
 * @param mapped each source item and what it became
 * @param skipped what was not imported, with the reason
 * @param notes how the input was bent to fit
 */
public record ImportOrigin(String format, String importedBy, Instant importedAt, Optional<Framework> newFramework,
                           Optional<Credential> newCredential, CaseMarks marks, List<ImportMapping.MappedItem> mapped,
                           List<ImportedFramework.Skipped> skipped, List<String> notes) {

    public ImportOrigin {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(marks, "marks");
        mapped = List.copyOf(mapped);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** {@return the identifier of the document the package described (CFDocument identifier, CTID)} */
    public String document() {
        return marks.document().orElse("");
    }
}
