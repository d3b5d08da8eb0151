package org.michishirube.data.interop;

import java.util.Optional;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.LocalizedText;

/**
 * Where an imported framework goes. If {@code framework} exists, the package becomes a new draft version of it;
 * otherwise a new framework, attached to {@code credential} (an existing one, or a new one with the given name and kind).
 *
 * @param framework the framework id, one segment such as {@code jami-case}
 * @param version the new version's label, e.g. {@code 2026-draft}
 * @param credential the credential of a new framework; default: the framework id
 * @param credentialName the name of a new credential; default: the package's title
 * @param credentialKind the kind of a new credential; default: private
 */
public record ImportRequest(FrameworkId framework, String version, Optional<CredentialId> credential, Optional<LocalizedText> credentialName,
                            Optional<CredentialKind> credentialKind) {

    public ImportRequest {
        if (framework == null || framework.value().contains(".")) {
            throw new IllegalArgumentException("framework id must be one segment, e.g. jami-case");
        }
        if (version == null || !org.michishirube.core.model.FrameworkVersionId.isWellFormed(framework.value() + "@" + version)) {
            throw new IllegalArgumentException("version label is malformed: use lowercase letters, digits, '.' and '-', e.g. 2026-draft");
        }
    }
}
