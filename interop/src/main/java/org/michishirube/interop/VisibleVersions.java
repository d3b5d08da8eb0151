package org.michishirube.interop;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.VersionStatus;

/**
 * A {@link CaseCatalog} over given values: the public snapshot's versions for everyone, plus a steward's drafts for them.
 *
 * @param base the service's base URL
 * @param credentials the credentials
 * @param frameworks the frameworks
 * @param trees the visible versions
 * @param marks stored CASE identifiers by version
 * @param defaultChange the change time of versions that record none
 */
public record VisibleVersions(String base, List<Credential> credentials, List<Framework> frameworks, List<FrameworkTree> trees,
                              Map<FrameworkVersionId, CaseMarks> marks, Instant defaultChange) implements CaseCatalog {

    public VisibleVersions {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        credentials = List.copyOf(credentials);
        frameworks = List.copyOf(frameworks);
        trees = List.copyOf(trees);
        marks = Map.copyOf(marks);
    }

    /** {@return the same versions seen from another base URL} */
    public VisibleVersions at(String otherBase) {
        return new VisibleVersions(otherBase, credentials, frameworks, trees, marks, defaultChange);
    }

    /** {@return these versions and some more, e.g. a steward's drafts} */
    public VisibleVersions with(List<Framework> moreFrameworks, List<Credential> moreCredentials, List<FrameworkTree> moreTrees,
                                Map<FrameworkVersionId, CaseMarks> moreMarks) {
        Map<FrameworkId, Framework> fs = new java.util.LinkedHashMap<>();
        frameworks.forEach(f -> fs.put(f.id(), f));
        moreFrameworks.forEach(f -> fs.putIfAbsent(f.id(), f));
        Map<CredentialId, Credential> cs = new java.util.LinkedHashMap<>();
        credentials.forEach(c -> cs.put(c.id(), c));
        moreCredentials.forEach(c -> cs.putIfAbsent(c.id(), c));
        Map<FrameworkVersionId, FrameworkTree> ts = new java.util.LinkedHashMap<>();
        trees.forEach(t -> ts.put(t.version().id(), t));
        moreTrees.forEach(t -> ts.putIfAbsent(t.version().id(), t));
        Map<FrameworkVersionId, CaseMarks> ms = new java.util.HashMap<>(marks);
        ms.putAll(moreMarks);
        return new VisibleVersions(base, List.copyOf(cs.values()), List.copyOf(fs.values()), List.copyOf(ts.values()), ms, defaultChange);
    }

    @Override
    public Optional<FrameworkTree> tree(FrameworkVersionId id) {
        return trees.stream().filter(t -> t.version().id().equals(id)).findFirst();
    }

    @Override
    public List<FrameworkTree> versionsOf(FrameworkId framework) {
        return trees.stream().filter(t -> t.version().framework().equals(framework))
                .sorted(Comparator.comparing(t -> t.version().id())).toList();
    }

    @Override
    public Optional<FrameworkVersionId> currentVersion(FrameworkId framework) {
        return trees.stream().filter(t -> t.version().framework().equals(framework) && t.version().status() == VersionStatus.PUBLISHED)
                .map(t -> t.version().id()).findFirst();
    }

    @Override
    public Optional<Credential> credential(CredentialId id) {
        return credentials.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public CaseMarks marks(FrameworkVersionId version) {
        return marks.getOrDefault(version, CaseMarks.NONE);
    }

    /** {@return the trees by version id} */
    public Map<FrameworkVersionId, FrameworkTree> treesById() {
        return trees.stream().collect(Collectors.toMap(t -> t.version().id(), Function.identity()));
    }
}
