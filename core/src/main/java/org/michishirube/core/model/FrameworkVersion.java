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
 * @param statusEndDate when a retired version stopped being in force, when known
 */
public record FrameworkVersion(
        FrameworkVersionId id,
        LocalizedText name,
        VersionStatus status,
        Optional<LocalDate> effectiveDate,
        Optional<FrameworkVersionId> supersedes,
        Provenance provenance,
        Optional<LocalDate> statusEndDate) {

    public FrameworkVersion {
        Target.require(id, "id");
        Target.require(name, "name");
        Target.require(status, "status");
        Target.require(effectiveDate, "effectiveDate");
        Target.require(supersedes, "supersedes");
        Target.require(provenance, "provenance");
        Target.require(statusEndDate, "statusEndDate");
    }

    /** A version whose end is not recorded (any version but a retired one whose end date is known). */
    public FrameworkVersion(FrameworkVersionId id, LocalizedText name, VersionStatus status, Optional<LocalDate> effectiveDate,
                            Optional<FrameworkVersionId> supersedes, Provenance provenance) {
        this(id, name, status, effectiveDate, supersedes, provenance, Optional.empty());
    }

    public FrameworkId framework() {
        return id.framework();
    }
}
