package org.michishirube.interop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.TargetId;

/**
 * What a framework version keeps of the CASE package it was imported from, so that exporting it again gives back the
 * same identifiers and external matches. Reference versions have none: their identifiers are derived.
 *
 * @param document the CFDocument identifier it came with
 * @param items the CFItem identifier of each target that came with one
 * @param exactMatches external items each target was an exact match of
 * @param syntheticDomains domains the importer made up to hold a package's top-level items; they are not exported
 * @param changedAt when the version was imported
 * @param format the format the version was imported from, e.g. {@code CASE 1.1}; empty for versions made here
 * @param packageFields {@link ImportedFramework#packageFields()} of the package it came from
 * @param itemFields {@link ImportedFramework.Item#fields()} of the item each target came from
 */
public record CaseMarks(Optional<String> document, Map<TargetId, String> items, Map<TargetId, List<ExternalLink>> exactMatches,
                        Set<DomainId> syntheticDomains, Optional<Instant> changedAt, Optional<String> format, String packageFields,
                        Map<TargetId, String> itemFields) {

    public static final CaseMarks NONE = new CaseMarks(Optional.empty(), Map.of(), Map.of(), Set.of(), Optional.empty(), Optional.empty(),
            "{}", Map.of());

    public CaseMarks {
        packageFields = packageFields == null || packageFields.isBlank() ? "{}" : packageFields;
        itemFields = Map.copyOf(itemFields);
        items = Map.copyOf(items);
        exactMatches = Map.copyOf(exactMatches);
        syntheticDomains = Set.copyOf(syntheticDomains);
    }

    /**
     * {@return whether {@link #packageFields()} and {@link #itemFields()} are in CASE terms (the version came from a CASE
     * package), so that a CASE export may start from them} Fields of other formats (CTDL-ASN) are not CASE's.
     */
    public boolean keepsCaseFields() {
        return format.filter(f -> f.startsWith("CASE")).isPresent();
    }

    /**
     * A node outside Michishirube that a CASE association points at.
     *
     * @param identifier its identifier
     * @param uri its URI
     * @param title its title, as the package gave it
     */
    public record ExternalLink(String identifier, String uri, String title) {
    }
}
