package org.michishirube.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a framework.
 *
 * @param id the id, e.g. {@code hit@fy2020}
 * @param name the name in ja and en
 * @param status draft, in review, published or retired
 * @param effectiveDate when it took effect, when known
 * @param supersedes the version it replaced, if any
 * @param provenance source and verification level
 */
public record FrameworkVersion(
        FrameworkVersionId id,
        LocalizedText name,
        VersionStatus status,
        Optional<LocalDate> effectiveDate,
        Optional<FrameworkVersionId> supersedes,
        Provenance provenance) {

    public FrameworkVersion {
        Target.require(id, "id");
        Target.require(name, "name");
        Target.require(status, "status");
        Target.require(effectiveDate, "effectiveDate");
        Target.require(supersedes, "supersedes");
        Target.require(provenance, "provenance");
    }

    public FrameworkId framework() {
        return id.framework();
    }
}
