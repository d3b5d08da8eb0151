package org.michishirube.data.interop;

import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.GraphProblem;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.neo4j.Database;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads what published versions keep of the packages they were imported from (identifiers, external matches, source
 * fields), for the CASE provider. Imports themselves are drafts ({@code Revisions.importDraft}) until published.
 */
public final class FrameworkImports {

    private final Database database;

    public FrameworkImports(Database database) {
        this.database = database;
    }

    /** {@return the CASE identifiers stored with these versions; versions without any are left out} */
    public Map<FrameworkVersionId, CaseMarks> marks(Collection<FrameworkVersionId> versions) {
        return database.readBlocking(tx -> {
            Set<DomainId> synthetic = syntheticDomains(tx);
            Map<FrameworkVersionId, CaseMarks> out = new HashMap<>();
            for (Record r : tx.run("""
                    MATCH (v:FrameworkVersion) WHERE v.id IN $ids AND v.caseIdentifier IS NOT NULL
                    OPTIONAL MATCH (v)-[:CONTAINS]->(t:Target) WHERE t.caseIdentifier IS NOT NULL
                    RETURN properties(v) AS v, collect(properties(t)) AS targets""",
                    Map.of("ids", versions.stream().map(FrameworkVersionId::value).toList())).list()) {
                Map<String, Object> vp = r.get("v").asMap();
                out.put(FrameworkVersionId.of((String) vp.get("id")), marks(vp, r.get("targets").asList(Value::asMap), synthetic));
            }
            return out;
        });
    }

    /** {@return when the loaded reference dataset was released, from its version YEAR.MONTH.PATCH; the epoch if unknown} */
    public Instant datasetRelease() {
        return database.readBlocking(tx -> tx.run("MATCH (d:DatasetRelease {id: 'reference'}) RETURN d.version AS v").list().stream()
                .findFirst().map(r -> r.get("v").asString()).map(FrameworkImports::releaseDate).orElse(Instant.EPOCH));
    }

    static Instant releaseDate(String version) {
        String[] parts = version.split("\\.");
        try {
            return java.time.LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private static Set<DomainId> syntheticDomains(TransactionContext tx) {
        Set<DomainId> out = new HashSet<>();
        tx.run("MATCH (d:Domain {synthetic: true}) RETURN d.id AS id").list().forEach(r -> out.add(new DomainId(r.get("id").asString())));
        return out;
    }

    private static CaseMarks marks(Map<String, Object> version, List<Map<String, Object>> targets, Set<DomainId> synthetic) {
        Map<TargetId, String> items = new HashMap<>();
        Map<TargetId, List<CaseMarks.ExternalLink>> exact = new HashMap<>();
        Map<TargetId, String> fields = new HashMap<>();
        for (Map<String, Object> t : targets) {
            if (t.get("caseFields") instanceof String f) {
                fields.put(new TargetId((String) t.get("id")), f);
            }
            if (t.get("caseIdentifier") == null) {
                continue;
            }
            TargetId id = new TargetId((String) t.get("id"));
            items.put(id, (String) t.get("caseIdentifier"));
            if (t.get("caseExactIds") instanceof List<?> ids) {
                List<?> uris = (List<?>) t.get("caseExactUris");
                List<?> titles = (List<?>) t.get("caseExactTitles");
                List<CaseMarks.ExternalLink> links = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    links.add(new CaseMarks.ExternalLink(ids.get(i).toString(), uris.get(i).toString(), titles.get(i).toString()));
                }
                exact.put(id, links);
            }
        }
        Object at = version.get("importedAt");
        Optional<Instant> changed = at instanceof ZonedDateTime z ? Optional.of(z.toInstant())
                : at instanceof java.time.OffsetDateTime o ? Optional.of(o.toInstant()) : Optional.empty();
        return new CaseMarks(Optional.ofNullable((String) version.get("caseIdentifier")), items, exact, synthetic, changed,
                Optional.ofNullable((String) version.get("sourceFormat")), (String) version.get("casePackageFields"), fields);
    }
}
