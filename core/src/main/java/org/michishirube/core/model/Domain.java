package org.michishirube.core.model;

/**
 * A competency domain of a framework, e.g. 情報処理技術系.
 *
 * @param id the domain id, shared by all versions of its framework
 * @param framework the framework it belongs to
 * @param name the name in ja and en
 */
public record Domain(DomainId id, FrameworkId framework, LocalizedText name) {

    public Domain {
        Target.require(id, "id");
        Target.require(framework, "framework");
        Target.require(name, "name");
    }
}
