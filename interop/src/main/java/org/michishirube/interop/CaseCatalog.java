package org.michishirube.interop;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;

/** What an export may see: the versions visible to the caller, and where the service lives. */
public interface CaseCatalog {

    /** {@return the service's public base URL without a trailing slash, e.g. https://michishirube.example.org} */
    String base();

    Optional<FrameworkTree> tree(FrameworkVersionId id);

    /** {@return the visible versions of a framework} */
    List<FrameworkTree> versionsOf(FrameworkId framework);

    List<Framework> frameworks();

    Optional<FrameworkVersionId> currentVersion(FrameworkId framework);

    Optional<Credential> credential(CredentialId id);

    CaseMarks marks(FrameworkVersionId version);

    /** {@return the change time of versions that record none: the reference dataset's release} */
    Instant defaultChange();

    default Optional<Framework> framework(FrameworkId id) {
        return frameworks().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** {@return the framework a target id belongs to: the longest framework id that prefixes it plus a dot} */
    default Optional<FrameworkId> frameworkOf(TargetId target) {
        return frameworks().stream().map(Framework::id).filter(f -> target.value().startsWith(f.value() + "."))
                .max(Comparator.comparingInt(f -> f.value().length()));
    }
}
