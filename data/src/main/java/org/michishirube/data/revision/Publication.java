package org.michishirube.data.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.michishirube.core.diff.Crosswalk;
import org.michishirube.core.diff.FrameworkTrees;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.GraphProblem;
import org.michishirube.core.model.InvalidGraphException;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.graph.GraphSnapshot;
import org.neo4j.driver.TransactionContext;

/**
 * Publishes an approved draft inside the caller's write transaction: the new version's nodes and relationships in the
 * dataset loader's layout, the old version retired, role needs (and, when asked, course mappings and saved-plan
 * references) moved along the crosswalk, and the graph revision raised. Before writing, it checks that the graph the
 * snapshot will read afterwards is valid, so a publication never leaves a graph the service cannot load.
 */
final class Publication {

    private final TransactionContext tx;
    private final GraphSnapshot snapshot;
    private final DraftState state;
    private final LocalDate effective;
    private final Consumer<String> afterStep;

    Publication(TransactionContext tx, GraphSnapshot snapshot, DraftState state, LocalDate effective, Consumer<String> afterStep) {
        this.tx = tx;
        this.snapshot = snapshot;
        this.state = state;
        this.effective = effective;
        this.afterStep = afterStep;
    }

    sealed interface Outcome {
        record Published(PublishReport report) implements Outcome {
        }

        record Refused(RevisionWrite.Refused refusal) implements Outcome {
        }
    }

    Outcome run(boolean migrateCurricula, boolean migratePlans) {
        FrameworkTree base = state.draft().base();
        boolean first = state.draft().isFirstVersion();
        String old = first ? null : base.version().id().value();
        String fw = state.framework().value();
        if (first) {
            boolean exists = tx.run("MATCH (f:Framework {id: $id}) RETURN f.id", Map.of("id", fw)).hasNext();
            if (exists) {
                return refused("framework-exists", fw + " was created since this draft was imported as its first version. Import the "
                        + "package again as the next version of " + fw + ".", List.of(fw));
            }
            Optional<Credential> credential = state.imported().flatMap(ImportOrigin::newCredential);
            if (credential.isPresent() && tx.run("MATCH (c:Credential {id: $id}) RETURN c.id", Map.of("id", credential.get().id().value())).hasNext()) {
                return refused("credential-exists", credential.get().id() + " was created since this draft was imported. Import the package "
                        + "again to attach the framework to it.", List.of(credential.get().id().value()));
            }
        } else {
            Optional<FrameworkTree> live = snapshot.tree(base.version().id());
            boolean current = tx.run("MATCH (v:FrameworkVersion {id: $id}) RETURN v.status AS s", Map.of("id", old)).list()
                    .stream().anyMatch(r -> "published".equals(r.get("s").asString(null)));
            if (!current || live.isEmpty() || live.get().version().status() != VersionStatus.PUBLISHED) {
                return refused("base-not-current", base.version().id() + ", which this draft revises, is no longer the current version of "
                        + fw + ". Start a new draft from the current version.", List.of(old));
            }
            if (!FrameworkTrees.canonical(live.get()).equals(FrameworkTrees.canonical(base))) {
                return refused("base-changed", base.version().id() + " changed in the graph (was the dataset reloaded?) since this draft "
                        + "started. Start a new draft from the current version.", List.of(old));
            }
        }
        FrameworkTree published = state.draft().published(effective);
        String v = published.version().id().value();
        List<String> problems = new ArrayList<>(published.problems(first ? Optional.empty() : Optional.of(base)).stream()
                .map(GraphProblem::toString).toList());
        Crosswalk crosswalk = FrameworkDiff.lineageAware().diff(base, published).crosswalk();
        List<Role> roles = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Role role : snapshot.graph().roles()) {
            Map<TargetId, Need> needs = new LinkedHashMap<>();
            for (Need n : role.needs()) {
                if (!base.ownsId(n.target())) {
                    needs.putIfAbsent(n.target(), n);
                    continue;
                }
                List<TargetId> successors = crosswalk.successors(n.target());
                if (successors.isEmpty()) {
                    dropped.add(role.id() + " → " + n.target());
                }
                successors.forEach(s -> needs.putIfAbsent(s, new Need(s, n.level(), n.importance())));
            }
            roles.add(new Role(role.id(), role.name(), role.description(), role.family(), List.copyOf(needs.values()), role.provenance()));
        }
        if (problems.isEmpty()) {
            problems.addAll(validate(base, published, roles));
        }
        if (!problems.isEmpty()) {
            return refused("invalid-graph", "Publishing " + v + " would leave the graph inconsistent; nothing was written.", problems);
        }

        Optional<ImportOrigin> imported = state.imported();
        if (first) {
            ImportOrigin origin = imported.orElseThrow();
            origin.newCredential().ifPresent(c -> {
                Map<String, Object> p = new HashMap<>(GraphProperties.of(c, Map.of()));
                p.put("origin", Revisions.ORIGIN);
                p.remove("refKey");
                tx.run("CREATE (c:Credential) SET c = $p", Map.of("p", p));
            });
            Map<String, Object> f = new HashMap<>(GraphProperties.of(origin.newFramework().orElseThrow()));
            f.put("origin", Revisions.ORIGIN);
            f.remove("refKey");
            tx.run("CREATE (f:Framework) SET f = $p WITH f MATCH (c:Credential {id: f.credential}) CREATE (c)-[:HAS_FRAMEWORK]->(f)",
                    Map.of("p", f));
        }
        Map<String, Object> version = GraphProperties.of(published.version());
        version.put("origin", Revisions.ORIGIN);
        version.put("domains", published.domains().stream().map(d -> d.id().value()).toList());
        imported.ifPresent(i -> {
            i.marks().document().ifPresent(d -> version.put("caseIdentifier", d));
            version.put("sourceFormat", i.format());
            version.put("importedAt", i.importedAt().atZone(java.time.ZoneOffset.UTC));
            version.put("importedBy", i.importedBy());
            version.put("casePackageFields", i.marks().packageFields());
        });
        tx.run("CREATE (n:FrameworkVersion) SET n = $p", Map.of("p", version));
        if (!first) {
            tx.run("MATCH (o:FrameworkVersion {id: $old}) SET o.status = 'retired', o.current = false", Map.of("old", old));
        }
        step("versions");
        List<Map<String, Object>> domainRows = new ArrayList<>();
        for (var d : published.domains()) {
            Map<String, Object> p = new HashMap<>(GraphProperties.of(d));
            p.put("origin", Revisions.ORIGIN);
            p.remove("refKey");
            if (imported.isPresent() && imported.get().marks().syntheticDomains().contains(d.id())) {
                p.put("synthetic", true);
            }
            domainRows.add(p);
        }
        // Domains an import brings are created; a domain that exists already (a reference domain, say) is shared, not rewritten.
        tx.run("""
                UNWIND $rows AS row
                MERGE (d:Domain {id: row.id}) ON CREATE SET d = row
                WITH d MATCH (f:Framework {id: d.framework}) MERGE (f)-[:HAS_DOMAIN]->(d)""", Map.of("rows", domainRows));
        List<Map<String, Object>> targets = published.targets().stream().map(t -> {
            Map<String, Object> p = GraphProperties.of(t);
            p.put("origin", Revisions.ORIGIN);
            imported.ifPresent(i -> marks(p, t.id(), i.marks()));
            return p;
        }).toList();
        tx.run("UNWIND $rows AS row CREATE (t:Target) SET t = row", Map.of("rows", targets));
        Map<String, Object> ids = new HashMap<>();
        ids.put("fw", fw);
        ids.put("v", v);
        ids.put("old", old);
        ids.put("domains", version.get("domains"));
        tx.run("""
                MATCH (f:Framework {id: $fw}), (n:FrameworkVersion {id: $v})
                CREATE (f)-[:HAS_VERSION]->(n)
                WITH n OPTIONAL MATCH (o:FrameworkVersion {id: $old})
                FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (n)-[:SUPERSEDES]->(o))""", ids);
        tx.run("""
                MATCH (n:FrameworkVersion {id: $v}), (t:Target {version: $v})
                CREATE (n)-[:CONTAINS]->(t)
                WITH t
                OPTIONAL MATCH (p:Target {uid: t.version + '/' + t.parent})
                OPTIONAL MATCH (d:Domain {id: t.domain})
                WITH t, coalesce(p, d) AS up
                CREATE (t)-[:PART_OF]->(up)""", ids);
        tx.run("""
                UNWIND $domains AS id
                MATCH (d:Domain {id: id}) WHERE NOT $v IN coalesce(d.versions, [])
                SET d.versions = coalesce(d.versions, []) + $v""", ids);
        step("targets");
        writeEdgesAndLineage(published, old);
        // Other frameworks' edges into the old version are copied to the new one's targets of the same id. The snapshot reads
        // edges by id, so the copies change nothing there; keeping the originals keeps a dataset reload from seeing a change.
        tx.run("""
                MATCH (a:Target {version: $old})-[r:PRECEDES]->(b:Target) WHERE b.framework <> $fw
                MATCH (n:Target {uid: $v + '/' + a.id})
                CREATE (n)-[:PRECEDES]->(b)""", ids);
        tx.run("""
                MATCH (a:Target)-[r:RELATED_TO]->(b:Target {version: $old}) WHERE a.framework <> $fw
                MATCH (n:Target {uid: $v + '/' + b.id})
                CREATE (a)-[:RELATED_TO]->(n)""", ids);
        step("relationships");
        List<Map<String, Object>> moves = new ArrayList<>();
        List<String> retiredUids = new ArrayList<>();
        for (Crosswalk.Entry e : crosswalk.entries()) {
            String from = old + "/" + e.from().value();
            if (e.to().isEmpty()) {
                retiredUids.add(from);
            } else {
                moves.add(Map.of("from", from, "to", e.to().stream().map(t -> v + "/" + t.value()).toList()));
            }
        }
        Map<String, Object> m = Map.of("moves", moves, "retired", retiredUids);
        int needsMoved = tx.run("""
                UNWIND $moves AS m
                MATCH (r:Role)-[n:NEEDS]->(:Target {uid: m.from})
                WITH r, n, m
                UNWIND m.to AS to
                MATCH (t:Target {uid: to})
                MERGE (r)-[k:NEEDS]->(t) ON CREATE SET k.level = n.level, k.importance = n.importance
                WITH DISTINCT n
                DELETE n
                RETURN count(*) AS moved""", m).single().get("moved").asInt();
        tx.run("UNWIND $retired AS uid MATCH (:Role)-[n:NEEDS]->(:Target {uid: uid}) DELETE n", m);
        step("needs");
        int mappingsMoved = 0;
        int referencesMoved = 0;
        if (migrateCurricula) {
            tx.run("""
                    UNWIND $moves AS m
                    MATCH (c:Curriculum)-[:HAS_COURSE]->(:Course)-[:ADDRESSES]->(:Target {uid: m.from})
                    WITH DISTINCT c
                    SET c.version = c.version + 1""", m);
            mappingsMoved = tx.run("""
                    UNWIND $moves AS m
                    MATCH (k:Course)-[a:ADDRESSES]->(:Target {uid: m.from})
                    WITH k, a, m
                    UNWIND m.to AS to
                    MATCH (t:Target {uid: to})
                    MERGE (k)-[b:ADDRESSES]->(t) ON CREATE SET b.depth = a.depth, b.evidence = a.evidence, b.position = a.position
                    WITH DISTINCT a
                    DELETE a
                    RETURN count(*) AS moved""", m).single().get("moved").asInt();
            step("curricula");
        }
        if (migratePlans) {
            referencesMoved = tx.run("""
                    UNWIND $moves AS m
                    MATCH (s:SavedPlan)-[r:REFERENCES]->(:Target {uid: m.from})
                    WITH s, r, m
                    UNWIND m.to AS to
                    MATCH (t:Target {uid: to})
                    MERGE (s)-[:REFERENCES]->(t)
                    WITH DISTINCT r
                    DELETE r
                    RETURN count(*) AS moved""", m).single().get("moved").asInt();
            step("plans");
        }
        List<String> mappingsLeft = tx.run("""
                UNWIND $retired AS uid
                MATCH (c:Curriculum)-[:HAS_COURSE]->(k:Course)-[:ADDRESSES]->(t:Target {uid: uid})
                RETURN c.id + '/' + k.code + ' → ' + t.id AS line ORDER BY line""", m).list(r -> r.get("line").asString());
        List<String> referencesLeft = tx.run("""
                UNWIND $retired AS uid
                MATCH (s:SavedPlan)-[:REFERENCES]->(t:Target {uid: uid})
                RETURN s.id + ' → ' + t.id AS line ORDER BY line""", m).list(r -> r.get("line").asString());
        GraphRevision.increment(tx);
        step("revision");
        return new Outcome.Published(new PublishReport(v, old, needsMoved, dropped, mappingsMoved, mappingsLeft, referencesMoved,
                referencesLeft));
    }

    /** Keeps on a target node the package identifiers and fields it was imported with, so an export gives them back. */
    private static void marks(Map<String, Object> p, org.michishirube.core.model.TargetId id, org.michishirube.interop.CaseMarks marks) {
        String identifier = marks.items().get(id);
        if (identifier != null) {
            p.put("caseIdentifier", identifier);
        }
        String fields = marks.itemFields().get(id);
        if (fields != null) {
            p.put("caseFields", fields);
        }
        var links = marks.exactMatches().getOrDefault(id, List.of());
        if (!links.isEmpty()) {
            p.put("caseExactIds", links.stream().map(org.michishirube.interop.CaseMarks.ExternalLink::identifier).toList());
            p.put("caseExactUris", links.stream().map(org.michishirube.interop.CaseMarks.ExternalLink::uri).toList());
            p.put("caseExactTitles", links.stream().map(org.michishirube.interop.CaseMarks.ExternalLink::title).toList());
        }
    }

    /** {@return the faults of the graph the snapshot would read after publishing; empty when it is sound} */
    private List<String> validate(FrameworkTree base, FrameworkTree published, List<Role> roles) {
        CompetencyGraph g = snapshot.graph();
        List<FrameworkTree> trees = new ArrayList<>();
        for (FrameworkTree t : snapshot.trees().values()) {
            if (t.version().id().equals(base.version().id())) {
                FrameworkVersion r = t.version();
                trees.add(new FrameworkTree(new FrameworkVersion(r.id(), r.name(), VersionStatus.RETIRED, r.effectiveDate(), r.supersedes(),
                        r.provenance()), t.domains(), t.targets(), t.prerequisites(), t.related(), t.lineage()));
            } else {
                trees.add(t);
            }
        }
        trees.add(published);
        Map<CredentialId, Set<RoleId>> suits = new HashMap<>();
        List<Credential> credentials = new ArrayList<>(g.credentials());
        state.imported().flatMap(ImportOrigin::newCredential).ifPresent(credentials::add);
        for (Credential c : credentials) {
            suits.put(c.id(), g.credentials().contains(c) ? g.suitedRoles(c.id()) : Set.of());
        }
        List<Framework> frameworks = new ArrayList<>(g.frameworks());
        state.imported().flatMap(ImportOrigin::newFramework).filter(f -> state.draft().isFirstVersion()).ifPresent(frameworks::add);
        try {
            CompetencyGraph.assemble(credentials, frameworks, trees, roles, suits).build();
            return List.of();
        } catch (InvalidGraphException e) {
            return e.problems().stream().map(GraphProblem::toString).toList();
        } catch (IllegalArgumentException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }

    private void writeEdgesAndLineage(FrameworkTree tree, String old) {
        String v = tree.version().id().value();
        List<Map<String, Object>> precedes = new ArrayList<>();
        List<Map<String, Object>> related = new ArrayList<>();
        tree.prerequisites().forEach((t, ps) -> ps.forEach(p -> precedes.add(Map.of("from", uidIn(tree, p), "to", v + "/" + t.value()))));
        tree.related().forEach((t, rs) -> rs.forEach(r -> related.add(Map.of("from", v + "/" + t.value(), "to", uidIn(tree, r)))));
        tx.run("UNWIND $rows AS row MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to}) CREATE (a)-[:PRECEDES]->(b)",
                Map.of("rows", precedes));
        tx.run("UNWIND $rows AS row MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to}) CREATE (a)-[:RELATED_TO]->(b)",
                Map.of("rows", related));
        List<Map<String, Object>> lineage = new ArrayList<>();
        for (int i = 0; i < tree.lineage().size(); i++) {
            LineageLink link = tree.lineage().get(i);
            int change = i;
            for (TargetId f : link.from().isEmpty() ? List.<TargetId>of() : link.from()) {
                for (TargetId t : link.to()) {
                    lineage.add(row(i, link, link.kind().name(), old + "/" + f.value(), v + "/" + t.value(), v));
                }
            }
            switch (link.kind()) {
                case ADDED -> link.to().forEach(t -> lineage.add(row(change, link, "ADDED_IN", v + "/" + t.value(), null, v)));
                case RETIRED -> link.from().forEach(f -> lineage.add(row(change, link, "RETIRED_IN", old + "/" + f.value(), null, v)));
                default -> { }
            }
        }
        org.michishirube.data.graph.LineageRelationships.write(tx, lineage);
    }

    private static Map<String, Object> row(int change, LineageLink link, String type, String from, String to, String version) {
        Map<String, Object> row = new HashMap<>();
        row.put("change", change);
        row.put("verification", link.verification().code());
        row.put("note", link.note().orElse(null));
        row.put("version", version);
        row.put("type", type);
        row.put("from", from);
        row.put("to", to);
        return row;
    }

    /** A reference into another framework resolves to that framework's current version, as the loader resolves it. */
    private String uidIn(FrameworkTree tree, TargetId id) {
        if (tree.ownsId(id)) {
            return tree.version().id().value() + "/" + id.value();
        }
        return snapshot.graph().frameworks().stream().map(Framework::id)
                .filter(f -> id.value().startsWith(f.value() + "."))
                .max(Comparator.comparingInt(f -> f.value().length()))
                .flatMap(f -> snapshot.graph().currentVersion(f))
                .map(cv -> cv.value() + "/" + id.value()).orElse("?");
    }

    private Outcome refused(String code, String detail, List<String> evidence) {
        return new Outcome.Refused(new RevisionWrite.Refused(code, detail, evidence));
    }

    private void step(String name) {
        afterStep.accept(name);
    }
}
