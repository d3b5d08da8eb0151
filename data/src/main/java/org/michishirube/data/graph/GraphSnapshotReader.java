package org.michishirube.data.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.ExamStatistic;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.planning.ExamSubjects;
import org.michishirube.core.planning.SittingCalendar;
import org.michishirube.data.neo4j.Database;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/** Reads the whole graph in one read transaction and builds a {@link GraphSnapshot}. */
public final class GraphSnapshotReader {

    private final Database database;

    public GraphSnapshotReader(Database database) {
        this.database = database;
    }

    /** {@return the graph as one read transaction sees it; blocks the caller} */
    public GraphSnapshot read() {
        return database.readBlocking(this::read);
    }

    private GraphSnapshot read(TransactionContext tx) {
        long revision = tx.run("OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN coalesce(g.revision, 0) AS r").single().get("r").asLong();
        List<Credential> credentials = new ArrayList<>();
        Map<String, Map<String, Object>> credentialNodes = new HashMap<>();
        for (Record r : tx.run("""
                MATCH (c:Credential) WHERE coalesce(c.origin, '') <> 'import'
                   OR EXISTS { (c)-[:HAS_FRAMEWORK]->(:Framework)-[:HAS_VERSION]->(pv:FrameworkVersion) WHERE pv.status IN ['published', 'retired'] }
                OPTIONAL MATCH (c)-[:REQUIRES]->(req:Credential)
                OPTIONAL MATCH (c)-[:HAS_FRAMEWORK]->(f:Framework)
                  WHERE EXISTS { (f)-[:HAS_VERSION]->(fv:FrameworkVersion) WHERE fv.status IN ['published', 'retired'] }
                RETURN properties(c) AS c, collect(DISTINCT req.id) AS requires, head(collect(f.id)) AS framework""").list()) {
            credentialNodes.put(r.get("c").get("id").asString(), r.get("c").asMap());
            credentials.add(GraphProperties.credential(r.get("c").asMap(), r.get("requires").asList(v -> v.asString()),
                    Optional.ofNullable(r.get("framework").isNull() ? null : r.get("framework").asString())));
        }
        // A framework that so far has only drafts (an import, say) is not public yet, nor is a credential an import made for it.
        List<Framework> frameworks = tx.run("""
                MATCH (f:Framework) WHERE EXISTS { (f)-[:HAS_VERSION]->(v:FrameworkVersion) WHERE v.status IN ['published', 'retired'] }
                RETURN properties(f) AS f""").list(r -> GraphProperties.framework(r.get("f").asMap()));
        Map<String, Domain> domains = new TreeMap<>();
        Map<String, List<String>> domainVersions = new HashMap<>();
        for (Record r : tx.run("MATCH (d:Domain) RETURN properties(d) AS d, coalesce(d.versions, []) AS versions").list()) {
            Domain d = GraphProperties.domain(r.get("d").asMap());
            domains.put(d.id().value(), d);
            domainVersions.put(d.id().value(), r.get("versions").asList(v -> v.asString()));
        }
        Map<FrameworkVersionId, FrameworkVersion> versions = new TreeMap<>();
        // Drafts and versions in review are stewards' work in progress, not part of what the public reads.
        tx.run("MATCH (v:FrameworkVersion) WHERE v.status IN ['published', 'retired'] RETURN properties(v) AS v")
                .list(r -> GraphProperties.version(r.get("v").asMap()))
                .forEach(v -> versions.put(v.id(), v));
        Map<FrameworkVersionId, List<Target>> targets = new HashMap<>();
        tx.run("MATCH (v:FrameworkVersion)-[:CONTAINS]->(t:Target) WHERE v.status IN ['published', 'retired'] RETURN properties(t) AS t ORDER BY t.uid")
                .list(r -> GraphProperties.target(r.get("t").asMap()))
                .forEach(t -> targets.computeIfAbsent(t.version(), k -> new ArrayList<>()).add(t));
        Map<FrameworkVersionId, Map<TargetId, Set<TargetId>>> prerequisites = edges(tx,
                "MATCH (p:Target)-[:PRECEDES]->(t:Target) RETURN t.version AS version, t.id AS from, p.id AS to");
        Map<FrameworkVersionId, Map<TargetId, Set<TargetId>>> related = edges(tx,
                "MATCH (a:Target)-[:RELATED_TO]->(b:Target) RETURN a.version AS version, a.id AS from, b.id AS to");
        Map<FrameworkVersionId, Map<Integer, LineageParts>> lineage = new HashMap<>();
        for (Record r : tx.run("""
                MATCH (a:Target)-[l:REPLACED_BY|SPLIT_INTO|MERGED_INTO]->(b:Target)
                RETURN type(l) AS kind, l.change AS change, b.version AS version, a.id AS from, b.id AS to, l.note AS note, l.verification AS verification
                UNION ALL
                MATCH (t:Target)-[l:ADDED_IN]->(v:FrameworkVersion)
                RETURN 'ADDED' AS kind, l.change AS change, v.id AS version, null AS from, t.id AS to, l.note AS note, l.verification AS verification
                UNION ALL
                MATCH (t:Target)-[l:RETIRED_IN]->(v:FrameworkVersion)
                RETURN 'RETIRED' AS kind, l.change AS change, v.id AS version, t.id AS from, null AS to, l.note AS note, l.verification AS verification""").list()) {
            LineageParts parts = lineage.computeIfAbsent(FrameworkVersionId.of(r.get("version").asString()), k -> new TreeMap<>())
                    .computeIfAbsent(r.get("change").asInt(), k -> new LineageParts(r.get("kind").asString(),
                            r.get("note").isNull() ? null : r.get("note").asString(), r.get("verification").asString()));
            if (!r.get("from").isNull()) {
                parts.from.add(new TargetId(r.get("from").asString()));
            }
            if (!r.get("to").isNull()) {
                parts.to.add(new TargetId(r.get("to").asString()));
            }
        }
        List<FrameworkTree> trees = new ArrayList<>();
        for (FrameworkVersion v : versions.values()) {
            if (!frameworks.stream().anyMatch(f -> f.id().equals(v.framework()))) {
                continue;
            }
            List<Domain> versionDomains = domains.values().stream()
                    .filter(d -> domainVersions.getOrDefault(d.id().value(), List.of()).contains(v.id().value())).toList();
            List<LineageLink> links = lineage.getOrDefault(v.id(), Map.of()).values().stream().map(LineageParts::link).toList();
            trees.add(new FrameworkTree(v, versionDomains, targets.getOrDefault(v.id(), List.of()),
                    prerequisites.getOrDefault(v.id(), Map.of()), related.getOrDefault(v.id(), Map.of()), links));
        }
        List<Role> roles = new ArrayList<>();
        for (Record r : tx.run("""
                MATCH (r:Role)
                OPTIONAL MATCH (r)-[n:NEEDS]->(t:Target)
                WITH r, n, t ORDER BY t.id
                RETURN properties(r) AS r, collect({target: t.id, level: n.level, importance: n.importance}) AS needs""").list()) {
            List<Need> needs = new ArrayList<>();
            for (Object o : r.get("needs").asList()) {
                Map<?, ?> n = (Map<?, ?>) o;
                if (n.get("target") != null) {
                    needs.add(new Need(new TargetId((String) n.get("target")), ((Number) n.get("level")).intValue(), ((Number) n.get("importance")).doubleValue()));
                }
            }
            roles.add(GraphProperties.role(r.get("r").asMap(), needs));
        }
        Map<CredentialId, Set<RoleId>> suits = new TreeMap<>();
        tx.run("MATCH (c:Credential)-[:SUITS]->(r:Role) RETURN c.id AS c, r.id AS r").list().forEach(r ->
                suits.computeIfAbsent(new CredentialId(r.get("c").asString()), k -> new TreeSet<>()).add(new RoleId(r.get("r").asString())));
        List<ExamStatistic> statistics = tx.run("MATCH (s:ExamStatistic) RETURN properties(s) AS s ORDER BY s.credential, s.year, s.stage, s.index")
                .list(r -> GraphProperties.statistic(r.get("s").asMap()));
        Map<String, List<Map<String, Object>>> stages = new java.util.LinkedHashMap<>();
        tx.run("MATCH (s:ExamSitting) RETURN properties(s) AS s ORDER BY s.credential, s.year, s.stageIndex").list(r -> r.get("s").asMap())
                .forEach(p -> stages.computeIfAbsent(p.get("credential") + "/" + p.get("year"), k -> new ArrayList<>()).add(p));
        List<ExamSitting> sittings = stages.values().stream().map(GraphProperties::sitting).toList();
        CompetencyGraph graph = CompetencyGraph.assemble(credentials, frameworks, trees, roles, suits).build();
        List<CareerPath> careerPaths = tx.run("MATCH (p:CareerPath) WHERE p.retired IS NULL RETURN properties(p) AS p ORDER BY p.id")
                .list(r -> GraphProperties.careerPath(r.get("p").asMap()));
        List<org.michishirube.core.resource.LearningResource> resources = tx.run("MATCH (r:LearningResource) WHERE r.retired IS NULL RETURN properties(r) AS r ORDER BY r.id")
                .list(r -> GraphProperties.resource(r.get("r").asMap()));
        return GraphSnapshot.of(revision, graph, trees, statistics, SittingCalendar.of(sittings, examSubjects(graph, credentialNodes)), careerPaths,
                resources);
    }

    /** HIT's subjects are named by id in credentials.yaml; each is the domain {@code <framework>.<id>}, or the rule is not used. */
    private static List<ExamSubjects> examSubjects(CompetencyGraph graph, Map<String, Map<String, Object>> nodes) {
        List<ExamSubjects> rules = new ArrayList<>();
        for (Credential c : graph.credentials()) {
            Map<String, Object> p = nodes.getOrDefault(c.id().value(), Map.of());
            if (!(p.get("examSubjects") instanceof List<?> ids) || !(p.get("subjectCreditYears") instanceof Number years)
                    || c.framework().isEmpty() || ids.size() < 2 || years.intValue() < 1) {
                continue;
            }
            List<DomainId> domains = ids.stream().map(id -> c.framework().get().value() + "." + id)
                    .filter(DomainId::isWellFormed).map(DomainId::new).filter(d -> graph.domain(d).isPresent()).toList();
            if (domains.size() == ids.size()) {
                rules.add(new ExamSubjects(c.id(), domains, years.intValue()));
            }
        }
        return rules;
    }

    private static Map<FrameworkVersionId, Map<TargetId, Set<TargetId>>> edges(TransactionContext tx, String query) {
        Map<FrameworkVersionId, Map<TargetId, Set<TargetId>>> edges = new HashMap<>();
        for (Record r : tx.run(query).list()) {
            edges.computeIfAbsent(FrameworkVersionId.of(r.get("version").asString()), k -> new TreeMap<>())
                    .computeIfAbsent(new TargetId(r.get("from").asString()), k -> new TreeSet<>())
                    .add(new TargetId(r.get("to").asString()));
        }
        return edges;
    }

    private static final class LineageParts {
        final String kind;
        final String note;
        final String verification;
        final Set<TargetId> from = new TreeSet<>();
        final Set<TargetId> to = new TreeSet<>();

        LineageParts(String kind, String note, String verification) {
            this.kind = kind;
            this.note = note;
            this.verification = verification;
        }

        LineageLink link() {
            return new LineageLink(LineageKind.fromCode(kind), List.copyOf(from), List.copyOf(to), Optional.ofNullable(note),
                    Verification.fromCode(verification));
        }
    }
}
