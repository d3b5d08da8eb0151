package org.michishirube.api.revision;

import java.util.Optional;

import org.michishirube.api.problem.ApiException;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.data.interop.ImportRequest;

/** Reads where an imported framework goes from the import's query parameters, each checked and named when wrong. */
final class ImportPlacements {

    private ImportPlacements() {
    }

    static ImportRequest of(String framework, String version, Optional<String> credential, Optional<String> nameJa,
                            Optional<String> nameEn, Optional<String> kind) {
        if (!FrameworkId.isWellFormed(framework) || framework.contains(".")) {
            throw ApiException.invalidParameter("framework", "framework must be one lowercase id segment, e.g. jami-case.");
        }
        if (!FrameworkVersionId.isWellFormed(framework + "@" + version)) {
            throw ApiException.invalidParameter("version", "version must be lowercase letters and digits joined by '.' or '-', e.g. 2026-draft.");
        }
        if (credential.isPresent() && !CredentialId.isWellFormed(credential.get())) {
            throw ApiException.invalidParameter("credential", "credential must be an id such as hit.");
        }
        if (nameJa.isPresent() != nameEn.isPresent() || nameJa.filter(String::isBlank).isPresent() || nameEn.filter(String::isBlank).isPresent()) {
            throw ApiException.invalidParameter(nameJa.isPresent() ? "credentialNameEn" : "credentialNameJa",
                    "a new credential needs both credentialNameJa and credentialNameEn, or neither.");
        }
        Optional<CredentialKind> k;
        try {
            k = kind.map(CredentialKind::fromCode);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("credentialKind", "credentialKind must be national-licence, national-exam, private or professional.");
        }
        return new ImportRequest(new FrameworkId(framework), version, credential.map(CredentialId::new),
                nameJa.map(ja -> LocalizedText.of(ja, nameEn.get())), k);
    }
}
