package org.michishirube.api.interop;

import org.michishirube.api.problem.ApiException;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.interop.CaseCatalog;

/** Reads the {version} path segment as the browse API does: a label, a full id, or 'current'. */
public final class Versions {

    private Versions() {
    }

    public static FrameworkVersionId resolve(CaseCatalog catalog, String framework, String version) {
        if (!FrameworkId.isWellFormed(framework) || catalog.framework(new FrameworkId(framework)).isEmpty()) {
            throw ApiException.notFound("framework", framework);
        }
        FrameworkId f = new FrameworkId(framework);
        if (version.equals("current")) {
            return catalog.currentVersion(f).orElseThrow(() -> ApiException.notFound("current version of", framework));
        }
        String full = version.contains("@") ? version : framework + "@" + version;
        if (!FrameworkVersionId.isWellFormed(full) || !FrameworkVersionId.of(full).framework().equals(f)) {
            throw ApiException.notFound("framework version", full);
        }
        return FrameworkVersionId.of(full);
    }
}
