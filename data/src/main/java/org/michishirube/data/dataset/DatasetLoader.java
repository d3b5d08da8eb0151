package org.michishirube.data.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.michishirube.dataset.DatasetReader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.neo4j.Database;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the reference dataset into Neo4j in one transaction: nodes are merged by key and their properties
 * replaced, nodes the dataset no longer has are removed, and the relationships among reference nodes are
 * rebuilt. A failure anywhere rolls everything back; loading the same dataset twice changes nothing.
 */
public final class DatasetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    /** The relationship types that belong to the reference dataset and are rebuilt on every load. */
    static final List<String> REFERENCE_RELATIONSHIPS = List.of("HAS_FRAMEWORK", "HAS_VERSION", "HAS_DOMAIN", "CONTAINS", "PART_OF",
            "PRECEDES", "RELATED_TO", "REQUIRES", "NEEDS", "SUITS", "HAS_STATISTIC", "HAS_SITTING", "SUPERSEDES", "REPLACED_BY", "SPLIT_INTO",
            "MERGED_INTO", "ADDED_IN", "RETIRED_IN");

    /**
     * How the loader lays the dataset out in the graph. Bump it whenever that layout changes, so that a graph
     * loaded by an older build is reloaded even though the dataset's own version is the same.
     */
    static final int LAYOUT = 3;

    private final Database database;
    private final DatasetSource source;
    private Consumer<String> afterStep = step -> { };

    public DatasetLoader(Database database, DatasetSource source) {
        this.database = database;
        this.source = source;
    }

    /** Lets a test fail the load after a named step, to prove that nothing is left behind. */
    void afterEachStep(Consumer<String> hook) {
        this.afterStep = hook;
    }

    /** {@return the dataset version in the graph, if a dataset was ever loaded} */
    public Optional<String> loadedVersion() {
        return database.readBlocking(tx -> tx.run("MATCH (d:DatasetRelease {id: 'reference'}) RETURN d.version AS v").list()
                .stream().findFirst().map(r -> r.get("v").asString()));
    }

    /** Reads and checks the files without touching the graph. */
    public ReferenceDataset verify() {
        return new DatasetReader(source).read();
    }

    /** {@return the layout the graph was loaded with; 1 for graphs from before layouts were recorded} */
    int loadedLayout() {
        return database.readBlocking(tx -> tx.run("MATCH (d:DatasetRelease {id: 'reference'}) RETURN coalesce(d.layout, 1) AS l").list()
                .stream().findFirst().map(r -> r.get("l").asInt()).orElse(0));
    }

    /** Loads the dataset unless the graph already has this version, laid out the way this build lays it out. */
    public Optional<LoadReport> loadIfMissing() {
        ReferenceDataset dataset = verify();
        Optional<String> loaded = loadedVersion();
        if (loaded.isPresent() && loadedLayout() < LAYOUT) {
            LOG.info("The graph's dataset {} was laid out by an older build; reloading it", loaded.get());
            return Optional.of(load(dataset));
        }
        if (loaded.isPresent() && compareVersions(loaded.get(), dataset.version()) >= 0) {
            // During a rolling upgrade an older instance must not load its older dataset over a newer one.
            if (!loaded.get().equals(dataset.version())) {
                LOG.warn("The graph holds dataset {}, newer than this build's {}; leaving it as it is", loaded.get(), dataset.version());
            } else {
                LOG.info("Reference dataset {} is already loaded", dataset.version());
            }
            return Optional.empty();
        }
        return Optional.of(load(dataset));
    }

    /** {@return how two dataset versions such as 2026.11.1 and 2026.12.0 compare, numeric segments as numbers} */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Re-validates the files and loads them whatever the graph holds, reporting what changed. */
    public LoadReport reload() {
        return load(verify());
    }

    LoadReport load(ReferenceDataset dataset) {
        LoadReport report = database.writeBlocking(tx -> {
            Optional<String> previous = tx.run("MATCH (d:DatasetRelease {id: 'reference'}) RETURN d.version AS v").list()
                    .stream().findFirst().map(r -> r.get("v").asString());
            Fingerprint before = Fingerprint.of(tx);
            write(tx, dataset);
            Fingerprint after = Fingerprint.of(tx);
            LoadReport r = before.compare(after, dataset.version(), previous, dataset.targetCount());
            if (!r.unchanged() || previous.isEmpty() || !previous.get().equals(dataset.version())) {
                GraphRevision.increment(tx);
            }
            return r;
        });
        LOG.info("Reference dataset {} loaded: {} node(s) added, {} removed, {} changed; {} relationship(s) added, {} removed",
                report.datasetVersion(), report.nodesAdded().size(), report.nodesRemoved().size(), report.nodesChanged().size(),
                report.relationshipsAdded(), report.relationshipsRemoved());
        return report;
    }

    @SuppressWarnings("unchecked")
    private void write(TransactionContext tx, ReferenceDataset d) {
        Set<String> keys = new HashSet<>();
        List<Map<String, Object>> credentials = new ArrayList<>();
        for (Credential c : d.credentials()) {
            Map<String, Object> p = GraphProperties.of(c, d.extras().getOrDefault("Credential:" + c.id().value(), Map.of()));
            credentials.add(p);
        }
        merge(tx, "Credential", "id", credentials, keys);
        step("credentials");
        merge(tx, "Framework", "id", d.frameworks().stream().map(GraphProperties::of).toList(), keys);
        List<Map<String, Object>> versions = new ArrayList<>();
        List<Map<String, Object>> domains = new ArrayList<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        // A domain is one node for all the versions that have it; it lists them, newest name winning.
        Map<String, Map<String, Object>> domainsById = new java.util.LinkedHashMap<>();
        for (FrameworkTree tree : d.trees()) {
            versions.add(GraphProperties.of(tree.version()));
            for (var x : tree.domains()) {
                Map<String, Object> props = GraphProperties.of(x);
                List<String> having = new ArrayList<>();
                if (domainsById.containsKey(x.id().value())) {
                    having.addAll((List<String>) domainsById.get(x.id().value()).get("versions"));
                }
                having.add(tree.version().id().value());
                props.put("versions", having);
                domainsById.put(x.id().value(), props);
            }
            tree.targets().forEach(t -> targets.add(GraphProperties.of(t)));
        }
        domains.addAll(domainsById.values());
        merge(tx, "FrameworkVersion", "id", versions, keys);
        merge(tx, "Domain", "id", domains, keys);
        merge(tx, "Target", "uid", targets, keys);
        step("targets");
        merge(tx, "Role", "id", d.roles().stream().map(GraphProperties::of).toList(), keys);
        List<Map<String, Object>> statistics = new ArrayList<>();
        for (int i = 0; i < d.statistics().size(); i++) {
            statistics.add(GraphProperties.of(d.statistics().get(i), i));
        }
        merge(tx, "ExamStatistic", "id", statistics, keys);
        merge(tx, "ExamSitting", "id", d.sittings().stream().flatMap(x -> GraphProperties.of(x).stream()).toList(), keys);
        // A path a steward revised or retired through a draft (origin 'revision') outlives the seed it replaced.
        List<Map<String, Object>> paths = d.careerPaths().stream().map(GraphProperties::of).toList();
        paths.forEach(r -> keys.add((String) r.get("refKey")));
        tx.run("""
                UNWIND $rows AS row MERGE (n:CareerPath {id: row.id})
                WITH n, row WHERE coalesce(n.origin, '') <> 'revision' SET n = row""", Map.of("rows", paths));
        // Likewise a seeded resource a steward changed or removed (origin 'steward') stays as the steward left it.
        List<Map<String, Object>> resources = d.resources().stream().map(GraphProperties::of).toList();
        resources.forEach(r -> keys.add((String) r.get("refKey")));
        tx.run("""
                UNWIND $rows AS row MERGE (n:LearningResource {id: row.id})
                WITH n, row WHERE coalesce(n.origin, '') <> 'steward' SET n = row""", Map.of("rows", resources));
        tx.run("""
                MATCH (n) WHERE n.origin = $origin AND NOT n.refKey IN $keys
                DETACH DELETE n""", Map.of("origin", GraphProperties.REFERENCE, "keys", List.copyOf(keys)));
        tx.run("""
                MATCH (a)-[r]->(b) WHERE a.origin = $origin AND b.origin = $origin AND type(r) IN $types
                DELETE r""", Map.of("origin", GraphProperties.REFERENCE, "types", REFERENCE_RELATIONSHIPS));
        step("cleared");
        writeRelationships(tx, d);
        keepPublishedRevisions(tx);
        step("relationships");
        tx.run("MERGE (r:DatasetRelease {id: 'reference'}) SET r.version = $v, r.layout = $layout",
                Map.of("v", d.version(), "layout", LAYOUT));
    }

    private void writeRelationships(TransactionContext tx, ReferenceDataset d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Credential c : d.credentials()) {
            // Every credential the rule names, in any alternative: the edge says "its rule mentions", not "must hold".
            c.requirements().stream().flatMap(r -> r.credentials().stream()).distinct()
                    .forEach(named -> rows.add(Map.of("from", c.id().value(), "to", named.value())));
        }
        tx.run("""
                UNWIND $rows AS row
                MATCH (a:Credential {id: row.from}), (b:Credential {id: row.to})
                CREATE (a)-[:REQUIRES {kind: 'credential'}]->(b)""", Map.of("rows", rows));
        tx.run("""
                MATCH (c:Credential), (f:Framework) WHERE f.credential = c.id AND f.origin = $origin
                CREATE (c)-[:HAS_FRAMEWORK]->(f)""", Map.of("origin", GraphProperties.REFERENCE));
        tx.run("""
                MATCH (f:Framework), (v:FrameworkVersion) WHERE v.framework = f.id AND v.origin = $origin
                CREATE (f)-[:HAS_VERSION]->(v)
                WITH v WHERE v.supersedes IS NOT NULL
                MATCH (s:FrameworkVersion {id: v.supersedes})
                CREATE (v)-[:SUPERSEDES]->(s)""", Map.of("origin", GraphProperties.REFERENCE));
        tx.run("""
                MATCH (f:Framework), (d:Domain) WHERE d.framework = f.id AND d.origin = $origin
                CREATE (f)-[:HAS_DOMAIN]->(d)""", Map.of("origin", GraphProperties.REFERENCE));
        tx.run("""
                MATCH (v:FrameworkVersion), (t:Target) WHERE t.version = v.id AND t.origin = $origin
                CREATE (v)-[:CONTAINS]->(t)
                WITH t
                OPTIONAL MATCH (p:Target {uid: t.version + '/' + t.parent})
                OPTIONAL MATCH (d:Domain {id: t.domain})
                WITH t, coalesce(p, d) AS up
                CREATE (t)-[:PART_OF]->(up)""", Map.of("origin", GraphProperties.REFERENCE));
        List<Map<String, Object>> precedes = new ArrayList<>();
        List<Map<String, Object>> related = new ArrayList<>();
        List<Map<String, Object>> lineage = new ArrayList<>();
        Map<String, String> currentVersion = new HashMap<>();
        d.trees().stream().filter(t -> t.version().status() == org.michishirube.core.model.VersionStatus.PUBLISHED)
                .forEach(t -> currentVersion.put(t.version().framework().value(), t.version().id().value()));
        for (FrameworkTree tree : d.trees()) {
            String v = tree.version().id().value();
            tree.prerequisites().forEach((t, ps) -> ps.forEach(p -> precedes.add(Map.of(
                    "from", uidIn(tree, p, currentVersion), "to", v + "/" + t.value()))));
            tree.related().forEach((t, rs) -> rs.forEach(r -> related.add(Map.of(
                    "from", v + "/" + t.value(), "to", uidIn(tree, r, currentVersion)))));
            String old = tree.version().supersedes().map(Object::toString).orElse(null);
            for (int i = 0; i < tree.lineage().size(); i++) {
                LineageLink link = tree.lineage().get(i);
                Map<String, Object> base = new HashMap<>();
                base.put("change", i);
                base.put("verification", link.verification().code());
                base.put("note", link.note().orElse(null));
                base.put("version", v);
                base.put("old", old);
                switch (link.kind()) {
                    case ADDED -> link.to().forEach(t -> lineage.add(with(base, "ADDED_IN", v + "/" + t.value(), null)));
                    case RETIRED -> link.from().forEach(f -> lineage.add(with(base, "RETIRED_IN", old + "/" + f.value(), null)));
                    default -> {
                        String type = link.kind().name();
                        for (TargetId f : link.from()) {
                            for (TargetId t : link.to()) {
                                lineage.add(with(base, type, old + "/" + f.value(), v + "/" + t.value()));
                            }
                        }
                    }
                }
            }
        }
        tx.run("""
                UNWIND $rows AS row
                MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to})
                CREATE (a)-[:PRECEDES]->(b)""", Map.of("rows", precedes));
        tx.run("""
                UNWIND $rows AS row
                MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to})
                CREATE (a)-[:RELATED_TO]->(b)""", Map.of("rows", related));
        org.michishirube.data.graph.LineageRelationships.write(tx, lineage);
        List<Map<String, Object>> needs = new ArrayList<>();
        for (Role r : d.roles()) {
            r.needs().forEach(n -> needs.add(Map.of("role", r.id().value(), "target", n.target().value(),
                    "framework", frameworkOf(n.target(), currentVersion), "level", n.level(), "importance", n.importance())));
        }
        tx.run("""
                UNWIND $rows AS row
                MATCH (r:Role {id: row.role}), (t:Target {uid: row.framework + '/' + row.target})
                CREATE (r)-[:NEEDS {level: row.level, importance: row.importance}]->(t)""", Map.of("rows", needs));
        List<Map<String, Object>> suits = new ArrayList<>();
        d.suits().forEach((c, rs) -> rs.forEach(r -> suits.add(Map.of("credential", c.value(), "role", r.value()))));
        tx.run("""
                UNWIND $rows AS row
                MATCH (c:Credential {id: row.credential}), (r:Role {id: row.role})
                CREATE (c)-[:SUITS]->(r)""", Map.of("rows", suits));
        tx.run("""
                MATCH (c:Credential), (s:ExamStatistic) WHERE s.credential = c.id AND s.origin = $origin
                CREATE (c)-[:HAS_STATISTIC]->(s)""", Map.of("origin", GraphProperties.REFERENCE));
        tx.run("""
                MATCH (c:Credential), (s:ExamSitting) WHERE s.credential = c.id AND s.origin = $origin
                CREATE (c)-[:HAS_SITTING]->(s)""", Map.of("origin", GraphProperties.REFERENCE));
    }

    /**
     * Revisions that stewards published (nodes with origin 'revision') outlive a reload: the reference versions they
     * replaced stay retired, the domains keep listing them, and role needs that the reload attached to a retired
     * version's targets follow the lineage to the current version, one version at a time.
     */
    private static void keepPublishedRevisions(TransactionContext tx) {
        tx.run("""
                MATCH (v:FrameworkVersion {origin: 'revision', status: 'published'})
                MATCH (o:FrameworkVersion {framework: v.framework, status: 'published'}) WHERE o <> v
                SET o.status = 'retired', o.current = false""");
        tx.run("""
                MATCH (v:FrameworkVersion {origin: 'revision'})
                UNWIND coalesce(v.domains, []) AS id
                MATCH (d:Domain {id: id}) WHERE NOT v.id IN coalesce(d.versions, [])
                SET d.versions = coalesce(d.versions, []) + v.id""");
        for (int hop = 0; hop < 100; hop++) {
            long moved = tx.run("""
                    MATCH (r:Role)-[n:NEEDS]->(t:Target)<-[:CONTAINS]-(old:FrameworkVersion {status: 'retired'})<-[:SUPERSEDES]-(next:FrameworkVersion)
                    OPTIONAL MATCH (next)-[:CONTAINS]->(same:Target {id: t.id})
                    OPTIONAL MATCH (t)-[:REPLACED_BY|SPLIT_INTO|MERGED_INTO]->(successor:Target {version: next.id})
                    WITH r, n, same, collect(DISTINCT successor) AS successors
                    WITH r, n, CASE WHEN same IS NULL THEN successors ELSE [same] END AS successors
                    FOREACH (s IN successors | MERGE (r)-[k:NEEDS]->(s) ON CREATE SET k.level = n.level, k.importance = n.importance)
                    DELETE n
                    RETURN count(*) AS moved""").single().get("moved").asLong();
            if (moved == 0) {
                break;
            }
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String type, String from, String to) {
        Map<String, Object> row = new HashMap<>(base);
        row.put("type", type);
        row.put("from", from);
        row.put("to", to);
        return row;
    }

    /** A reference into another framework resolves to that framework's current version. */
    private static String uidIn(FrameworkTree tree, TargetId id, Map<String, String> currentVersion) {
        if (tree.ownsId(id)) {
            return tree.version().id().value() + "/" + id.value();
        }
        return frameworkOf(id, currentVersion) + "/" + id.value();
    }

    private static String frameworkOf(TargetId id, Map<String, String> currentVersion) {
        // The longest framework id that prefixes the target id wins: "senior-hit." is not "hit.".
        return currentVersion.entrySet().stream().filter(e -> id.value().startsWith(e.getKey() + "."))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse("?");
    }

    private static void merge(TransactionContext tx, String label, String key, List<Map<String, Object>> rows, Set<String> keys) {
        rows.forEach(r -> keys.add((String) r.get("refKey")));
        tx.run("UNWIND $rows AS row MERGE (n:" + label + " {" + key + ": row." + key + "}) SET n = row", Map.of("rows", rows));
    }

    private void step(String name) {
        afterStep.accept(name);
    }

    /** The content of all reference nodes and their relationships, to tell what a load changed. */
    private record Fingerprint(Map<String, Map<String, Object>> nodes, Map<String, Integer> relationships) {

        static Fingerprint of(TransactionContext tx) {
            Map<String, Map<String, Object>> nodes = new HashMap<>();
            for (Record r : tx.run("MATCH (n) WHERE n.origin = $origin RETURN n.refKey AS key, properties(n) AS props",
                    Values.parameters("origin", GraphProperties.REFERENCE)).list()) {
                nodes.put(r.get("key").asString(), r.get("props").asMap());
            }
            Map<String, Integer> rels = new HashMap<>();
            for (Record r : tx.run("""
                    MATCH (a)-[r]->(b) WHERE a.origin = $origin AND b.origin = $origin AND type(r) IN $types
                    RETURN a.refKey + ' ' + type(r) + ' ' + b.refKey AS rel, properties(r) AS props""",
                    Values.parameters("origin", GraphProperties.REFERENCE, "types", REFERENCE_RELATIONSHIPS)).list()) {
                rels.merge(r.get("rel").asString() + " " + new java.util.TreeMap<>(r.get("props").asMap()), 1, Integer::sum);
            }
            return new Fingerprint(nodes, rels);
        }

        LoadReport compare(Fingerprint after, String version, Optional<String> previous, int targets) {
            Set<String> added = new TreeSet<>(after.nodes.keySet());
            added.removeAll(nodes.keySet());
            Set<String> removed = new TreeSet<>(nodes.keySet());
            removed.removeAll(after.nodes.keySet());
            Set<String> changed = new TreeSet<>();
            after.nodes.forEach((k, v) -> {
                if (nodes.containsKey(k) && !nodes.get(k).equals(v)) {
                    changed.add(k);
                }
            });
            int relAdded = 0;
            int relRemoved = 0;
            Set<String> allRels = new HashSet<>(relationships.keySet());
            allRels.addAll(after.relationships.keySet());
            for (String rel : allRels) {
                int diff = after.relationships.getOrDefault(rel, 0) - relationships.getOrDefault(rel, 0);
                if (diff > 0) {
                    relAdded += diff;
                } else {
                    relRemoved -= diff;
                }
            }
            return new LoadReport(version, previous, List.copyOf(added), List.copyOf(removed), List.copyOf(changed), relAdded, relRemoved, targets);
        }
    }
}
