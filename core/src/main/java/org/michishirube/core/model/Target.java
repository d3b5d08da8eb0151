package org.michishirube.core.model;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A competency target (到達目標) of one framework version.
 *
 * @param id the lineage id, stable across versions
 * @param version the framework version that contains it
 * @param domain the domain it belongs to
 * @param parent the enclosing target, empty for an area directly under its domain
 * @param kind GIO, SBO or topic
 * @param name the name in ja and en
 * @param description an optional longer text in ja and en
 * @param provenance source and verification level
 * @param effortHours estimated study effort, when known
 * @param tags emerging-area tags such as {@code ai} or {@code security}
 */
public record Target(
        TargetId id,
        FrameworkVersionId version,
        DomainId domain,
        Optional<TargetId> parent,
        TargetKind kind,
        LocalizedText name,
        Optional<LocalizedText> description,
        Provenance provenance,
        OptionalInt effortHours,
        Set<String> tags) {

    public Target {
        require(id, "id");
        require(version, "version");
        require(domain, "domain");
        require(parent, "parent");
        require(kind, "kind");
        require(name, "name");
        require(description, "description");
        require(provenance, "provenance");
        require(effortHours, "effortHours");
        if (effortHours.isPresent() && effortHours.getAsInt() < 0) {
            throw new IllegalArgumentException("effort of " + id + " is negative");
        }
        tags = Set.copyOf(tags);
    }

    static <T> void require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
