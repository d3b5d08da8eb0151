package org.michishirube.core.model;

import java.util.OptionalInt;

/**
 * The competency targets (到達目標) of a credential, across their versions.
 *
 * @param id the id, e.g. {@code hit}
 * @param credential the credential it belongs to
 * @param name the name in ja and en
 * @param reviewCycleYears how often the certifying body reviews it, when known
 */
public record Framework(FrameworkId id, CredentialId credential, LocalizedText name, OptionalInt reviewCycleYears) {

    public Framework {
        Target.require(id, "id");
        Target.require(credential, "credential");
        Target.require(name, "name");
        Target.require(reviewCycleYears, "reviewCycleYears");
    }
}
