package org.michishirube.data.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Suggestion;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Curricula with their courses and mappings. Every write runs in one transaction that first locks the curriculum, then
 * reads it, applies the change as a pure function and writes only when the result differs: a failed write leaves the
 * graph as it was, and writing the same content twice changes nothing.
 */
public final class Curricula {

    private static final String READ = """
            MATCH (c:Curriculum) WHERE $id IS NULL OR c.id = $id
            OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course)
            OPTIONAL MATCH (k)-[a:ADDRESSES]->(t:Target)
            WITH c, k, a, t ORDER BY k.position, a.position
            WITH c, k, collect(CASE WHEN t IS NULL THEN null ELSE {target: t.id, depth: a.depth, evidence: a.evidence} END) AS mappings
            ORDER BY k.position
            WITH c, collect(CASE WHEN k IS NULL THEN null ELSE {course: k{.*}, mappings: mappings} END) AS courses
            RETURN c{.*} AS c, courses ORDER BY c.id""";

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    private static final Pattern LUCENE_OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");
    /** Long syllabi would exceed Lucene's clause limit once split into bigrams; the opening says what a course is about. */
    private static final int SYLLABUS_CHARS = 160;

    private final ReactiveNeo4jClient client;
    private final TransactionalOperator transactions;
    private final PublishedGraph graph;
    private Consumer<String> afterStep = step -> { };

    public Curricula(ReactiveNeo4jClient client, TransactionalOperator transactions, PublishedGraph graph) {
        this.client = client;
        this.transactions = transactions;
        this.graph = graph;
    }

    /** Lets a test fail a write after a named step, to prove that nothing is left behind. */
    void afterEachStep(Consumer<String> hook) {
        this.afterStep = hook;
    }

    /** {@return the curriculum with its courses and mappings; empty when unknown} */
    public Mono<Curriculum> find(CurriculumId id) {
        return read(id.value()).next();
    }

    /** {@return every curriculum, ordered by id; callers filter by visibility} */
    public Flux<Curriculum> all() {
        return read(null);
    }

    /** {@return the rejected suggestions of each course of a curriculum, by course code} */
    public Mono<Map<String, Set<TargetId>>> rejections(CurriculumId id) {
        return client.query("""
                        MATCH (:Curriculum {id: $id})-[:HAS_COURSE]->(k:Course)-[:REJECTED]->(t:Target)
                        RETURN k.code AS course, collect(DISTINCT t.id) AS targets""")
                .bind(id.value()).to("id").fetch().all()
                .collectMap(r -> (String) r.get("course"), r -> {
                    Set<TargetId> ids = new java.util.TreeSet<>();
                    ((List<?>) r.get("targets")).forEach(t -> ids.add(new TargetId((String) t)));
                    return ids;
                });
    }

    /** Stores a new curriculum with version 1, or answers {@link CurriculumWrite.Exists}. */
    public Mono<CurriculumWrite> create(Curriculum c) {
        Mono<CurriculumWrite> work = client.query("MATCH (c:Curriculum {id: $id}) RETURN count(c) AS n").bind(c.id().value()).to("id")
                .fetch().one().flatMap(r -> {
                    if (((Number) r.get("n")).longValue() > 0) {
                        return Mono.just(new CurriculumWrite.Exists());
                    }
                    Curriculum stored = new Curriculum(c.id(), c.institution(), c.name(), c.visibility(), 1, c.courses());
                    Map<String, Object> params = new HashMap<>();
                    params.put("props", CurriculumRows.header(stored, 1));
                    params.put("institution", c.institution().value());
                    return client.query("""
                                    MERGE (i:Institution {id: $institution})
                                    CREATE (c:Curriculum) SET c = $props
                                    CREATE (i)-[:OFFERS]->(c)""").bindAll(params).run()
                            .then(Mono.fromRunnable(() -> afterStep.accept("header")))
                            .then(writeCourses(stored))
                            .thenReturn((CurriculumWrite) new CurriculumWrite.Written(stored));
                });
        // Two creates racing for one id: the constraint stops the second.
        return transactions.transactional(work)
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(new CurriculumWrite.Exists()));
    }

    /**
     * Applies {@code change} to the stored curriculum and stores the result with the next version.
     *
     * @param expectedVersion the version the caller last saw; empty to skip the check
     * @param change a pure function from the stored curriculum to the wanted one; its id and institution are kept
     */
    public Mono<CurriculumWrite> update(CurriculumId id, OptionalLong expectedVersion, UnaryOperator<Curriculum> change) {
        Mono<CurriculumWrite> work = lock(id).flatMap(version -> {
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
                return Mono.just((CurriculumWrite) new CurriculumWrite.Stale(version));
            }
            return find(id).flatMap(current -> {
                Curriculum wanted = change.apply(current);
                Curriculum next = new Curriculum(current.id(), current.institution(), wanted.name(), wanted.visibility(),
                        current.version(), wanted.courses());
                if (next.equals(current)) {
                    return Mono.just((CurriculumWrite) new CurriculumWrite.Unchanged(current));
                }
                Curriculum stored = new Curriculum(next.id(), next.institution(), next.name(), next.visibility(), version + 1, next.courses());
                return client.query("MATCH (c:Curriculum {id: $id}) SET c += $props")
                        .bindAll(Map.of("id", id.value(), "props", CurriculumRows.header(stored, stored.version()))).run()
                        .then(Mono.fromRunnable(() -> afterStep.accept("header")))
                        .then(writeCourses(stored))
                        .thenReturn((CurriculumWrite) new CurriculumWrite.Written(stored));
            });
        }).defaultIfEmpty(new CurriculumWrite.Missing());
        return transactions.transactional(work);
    }

    /** Records that a course's suggested target was rejected, so it is not suggested again; bumps the version. */
    public Mono<CurriculumWrite> reject(CurriculumId id, OptionalLong expectedVersion, String course, TargetId target) {
        Mono<CurriculumWrite> work = lock(id).flatMap(version -> {
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
                return Mono.just((CurriculumWrite) new CurriculumWrite.Stale(version));
            }
            Map<String, Object> params = new HashMap<>();
            params.put("uid", CurriculumRows.uid(id, course));
            params.put("target", uidOf(target));
            params.put("id", id.value());
            return client.query("""
                            MATCH (k:Course {uid: $uid})
                            MATCH (t:Target {uid: $target})
                            WHERE NOT (k)-[:REJECTED]->(t)
                            CREATE (k)-[:REJECTED]->(t)
                            WITH k MATCH (c:Curriculum {id: $id}) SET c.version = c.version + 1
                            RETURN c.version AS version""").bindAll(params).fetch().one()
                    .flatMap(r -> find(id)).map(c -> (CurriculumWrite) new CurriculumWrite.Written(c))
                    .switchIfEmpty(find(id).map(CurriculumWrite.Unchanged::new));
        }).defaultIfEmpty(new CurriculumWrite.Missing());
        return transactions.transactional(work);
    }

    /** Deletes a curriculum, its courses and their mappings. */
    public Mono<CurriculumWrite> delete(CurriculumId id, OptionalLong expectedVersion) {
        Mono<CurriculumWrite> work = lock(id).flatMap(version -> {
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
                return Mono.just((CurriculumWrite) new CurriculumWrite.Stale(version));
            }
            return client.query("""
                            MATCH (c:Curriculum {id: $id})
                            OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course)
                            DETACH DELETE k, c""").bind(id.value()).to("id").run()
                    .thenReturn((CurriculumWrite) new CurriculumWrite.Deleted());
        }).defaultIfEmpty(new CurriculumWrite.Missing());
        return transactions.transactional(work);
    }

    /**
     * {@return for each course, the targets its title and syllabus most likely address, best first}
     * Targets the course already maps or has rejected are left out.
     *
     * @param versions the framework versions to search
     * @param limit at most this many per course
     */
    public Flux<Suggestion> suggest(Curriculum curriculum, List<FrameworkVersionId> versions, int limit) {
        List<String> versionIds = versions.stream().map(FrameworkVersionId::value).toList();
        return rejections(curriculum.id()).flatMapMany(rejected -> Flux.fromIterable(curriculum.courses()).concatMap(course -> {
            List<String> exclude = new ArrayList<>();
            course.mappings().forEach(m -> exclude.add(m.target().value()));
            rejected.getOrDefault(course.code(), Set.of()).forEach(t -> exclude.add(t.value()));
            String title = escape(course.title().joined());
            String syllabus = escape(course.syllabus().map(s -> s.length() > SYLLABUS_CHARS ? s.substring(0, SYLLABUS_CHARS) : s).orElse(""));
            StringBuilder q = new StringBuilder("nameJa:(" + title + ")^3 nameEn:(" + title + ")^3 descriptionJa:(" + title + ") descriptionEn:(" + title + ")");
            if (!syllabus.isBlank()) {
                q.append(" nameJa:(").append(syllabus).append(") nameEn:(").append(syllabus).append(")");
            }
            Map<String, Object> params = new HashMap<>();
            params.put("versions", versionIds);
            params.put("exclude", exclude);
            params.put("limit", limit);
            params.put("q", q.toString());
            return client.query("""
                            CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node, score
                            WHERE node:Target AND node.version IN $versions AND NOT node.id IN $exclude
                            RETURN node.id AS id, node.version AS version, node.nameJa AS ja, node.nameEn AS en, score
                            ORDER BY score DESC, node.id ASC LIMIT $limit""")
                    .bindAll(params).fetch().all()
                    // A syllabus the index cannot parse still deserves an answer; it just gets none.
                    .onErrorResume(e -> !DatabaseFailures.isUnavailable(e), e -> Flux.empty())
                    .map(r -> new Suggestion(course.code(), new TargetId((String) r.get("id")), FrameworkVersionId.of((String) r.get("version")),
                            new LocalizedText((String) r.get("ja"), (String) r.get("en")),
                            Math.round(((Number) r.get("score")).doubleValue() * 1000) / 1000.0));
        }));
    }

    private Flux<Curriculum> read(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return client.query(READ).bindAll(params).fetch().all().map(CurriculumRows::curriculum);
    }

    /** Takes the write lock on the curriculum node before reading it, so concurrent writers queue instead of losing updates. */
    private Mono<Long> lock(CurriculumId id) {
        return client.query("MATCH (c:Curriculum {id: $id}) SET c.locked = true REMOVE c.locked RETURN c.version AS version")
                .bind(id.value()).to("id").fetch().one().map(r -> ((Number) r.get("version")).longValue());
    }

    private Mono<Void> writeCourses(Curriculum c) {
        List<Map<String, Object>> courses = new ArrayList<>();
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (int i = 0; i < c.courses().size(); i++) {
            Course k = c.courses().get(i);
            courses.add(CurriculumRows.course(c.id(), k, i));
            for (int j = 0; j < k.mappings().size(); j++) {
                Mapping m = k.mappings().get(j);
                Map<String, Object> row = new HashMap<>();
                row.put("course", CurriculumRows.uid(c.id(), k.code()));
                row.put("target", uidOf(m.target()));
                row.put("depth", m.depth().code());
                row.put("evidence", m.evidence().orElse(null));
                row.put("position", j);
                mappings.add(row);
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id().value());
        params.put("codes", c.courses().stream().map(Course::code).toList());
        params.put("courses", courses);
        params.put("mappings", mappings);
        return client.query("""
                        MATCH (c:Curriculum {id: $id})-[:HAS_COURSE]->(k:Course) WHERE NOT k.code IN $codes
                        DETACH DELETE k""").bindAll(params).run()
                .then(client.query("""
                        MATCH (c:Curriculum {id: $id})
                        UNWIND $courses AS row
                        MERGE (k:Course {uid: row.uid})
                        SET k = row
                        MERGE (c)-[:HAS_COURSE]->(k)""").bindAll(params).run())
                .then(Mono.fromRunnable(() -> afterStep.accept("courses")))
                .then(client.query("""
                        MATCH (:Curriculum {id: $id})-[:HAS_COURSE]->(:Course)-[a:ADDRESSES]->()
                        DELETE a""").bindAll(params).run())
                .then(client.query("""
                        UNWIND $mappings AS m
                        MATCH (k:Course {uid: m.course})
                        MATCH (t:Target {uid: m.target})
                        CREATE (k)-[:ADDRESSES {depth: m.depth, evidence: m.evidence, position: m.position}]->(t)
                        WITH k, t
                        OPTIONAL MATCH (k)-[r:REJECTED]->(t)
                        DELETE r
                        RETURN count(*) AS n""").bindAll(params).fetch().one())
                .flatMap(r -> {
                    long written = ((Number) r.get("n")).longValue();
                    if (written != mappings.size()) {
                        // A target vanished (say, the dataset was reloaded meanwhile): fail so the transaction rolls back.
                        return Mono.error(new IllegalStateException("only " + written + " of " + mappings.size()
                                + " mappings of " + c.id() + " found their target"));
                    }
                    afterStep.accept("mappings");
                    return Mono.<Void>empty();
                });
    }

    /**
     * A mapping names a lineage id; it attaches to that id's node in its framework's current version, or, for an id
     * the current version no longer has, in the newest version that has it.
     */
    private String uidOf(TargetId id) {
        GraphSnapshot s = graph.snapshot();
        return s.graph().target(id).map(t -> GraphProperties.uid(t.version(), id))
                .or(() -> s.trees().values().stream().filter(t -> t.target(id).isPresent())
                        .max(Comparator.comparing((FrameworkTree t) -> t.version().effectiveDate().orElse(java.time.LocalDate.MIN))
                                .thenComparing(t -> t.version().id()))
                        .map(t -> GraphProperties.uid(t.version().id(), id)))
                .orElse("unknown/" + id.value());
    }

    /** The same escaping as the search endpoint: Lucene syntax in a syllabus is text, not query. */
    static String escape(String text) {
        String escaped = LUCENE_SPECIAL.matcher(text.replaceAll("[\\s\u3000]+", " ").strip()).replaceAll("\\\\$0");
        return LUCENE_OPERATOR.matcher(escaped).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }
}
