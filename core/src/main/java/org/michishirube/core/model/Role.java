package org.michishirube.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A job role and the targets it needs.
 *
 * @param id the id, e.g. {@code pacs-admin}
 * @param name the name in ja and en
 * @param description optional description
 * @param family the role family, used to tell a second career from a step up
 * @param needs the targets needed, with level and importance
 * @param provenance source and verification level
 */
public record Role(
        RoleId id,
        LocalizedText name,
        Optional<LocalizedText> description,
        String family,
        List<Need> needs,
        Provenance provenance) {

    public Role {
        Target.require(id, "id");
        Target.require(name, "name");
        Target.require(description, "description");
        Target.require(family, "family");
        Target.require(provenance, "provenance");
        // Canonical order, so that equal roles are equal however their needs were listed.
        needs = needs.stream().sorted(java.util.Comparator.comparing(Need::target)).toList();
    }
}
