package org.michishirube.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A credential: a licence, a national exam or a private certification.
 *
 * @param id the id, e.g. {@code hit}
 * @param name the name in ja and en
 * @param abbreviation a short label such as {@code HIT}, may be empty
 * @param description optional description
 * @param issuer the issuing body
 * @param since the year it started, when known
 * @param kind national licence, national exam, private or professional
 * @param renewal the renewal rule, when known
 * @param framework the framework of targets it certifies, if any
 * @param requirements the eligibility rules
 * @param provenance source and verification level
 */
public record Credential(
        CredentialId id,
        LocalizedText name,
        Optional<String> abbreviation,
        Optional<LocalizedText> description,
        LocalizedText issuer,
        OptionalInt since,
        CredentialKind kind,
        Optional<LocalizedText> renewal,
        Optional<FrameworkId> framework,
        List<Requirement> requirements,
        Provenance provenance) {

    public Credential {
        Target.require(id, "id");
        Target.require(name, "name");
        Target.require(abbreviation, "abbreviation");
        Target.require(description, "description");
        Target.require(issuer, "issuer");
        Target.require(since, "since");
        Target.require(kind, "kind");
        Target.require(renewal, "renewal");
        Target.require(framework, "framework");
        Target.require(provenance, "provenance");
        requirements = List.copyOf(requirements);
    }

    /** {@return the eligibility rules as one condition (an {@link Requirement.All} of several), or empty when there are none} */
    public java.util.Optional<Requirement> eligibility() {
        if (requirements.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(requirements.size() == 1 ? requirements.get(0) : new Requirement.All(requirements));
    }
}
