package org.michishirube.data.interop;

import org.michishirube.interop.ImportedFramework;

import java.util.List;

/**
 * What an import did: the draft version it created, what each source object became, and what it left out and why.
 *
 * @param format the format read
 * @param version the new draft version
 * @param framework its framework
 * @param credential its credential
 * @param createdFramework whether the framework is new
 * @param createdCredential whether the credential is new
 * @param targets how many targets were created
 * @param domains how many domains the version has
 * @param precedes prerequisite links created
 * @param related related links created
 * @param exactMatches external exact matches kept for export
 * @param mapped each source item and what it became
 * @param skipped what was not imported, with the reason
 * @param notes how the input was bent to fit
 */
public record ImportReport(String format, String version, String framework, String credential, boolean createdFramework,
                           boolean createdCredential, int targets, int domains, int precedes, int related, int exactMatches,
                           List<Mapped> mapped, List<ImportedFramework.Skipped> skipped, List<String> notes) {

    public ImportReport {
        mapped = List.copyOf(mapped);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /**
     * One source item and what it became.
     *
     * @param identifier the source's identifier
     * @param as {@code target} or {@code domain}
     * @param id the Michishirube id
     */
    public record Mapped(String identifier, String as, String id) {
    }
}
