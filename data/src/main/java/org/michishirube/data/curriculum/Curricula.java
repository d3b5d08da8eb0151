package org.michishirube.data.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Suggestion;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.search.Search;
import org.michishirube.dataset.SearchVocabulary;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
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

    /** The opening of a syllabus says what a course is about; the rest would only add noise. */
    private static final int SYLLABUS_CHARS = 160;

    private final Database database;
    private final PublishedGraph graph;
    private final Search search;
    private Consumer<String> afterStep = step -> { };

    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    public Curricula(Database database, PublishedGraph graph, Search search) {
        this.database = database;
        this.graph = graph;
        this.search = search;
    }

    /** A store whose suggestions use the shipped labels and synonyms (tests, tools). */
    public Curricula(Database database, PublishedGraph graph) {
        this(database, graph, new Search(graph, SearchVocabulary.shipped()));
    }

    /** Lets a test fail a write after a named step, to prove that nothing is left behind. */
    void afterEachStep(Consumer<String> hook) {
        this.afterStep = hook;
    }

    /** {@return the curriculum with its courses and mappings; empty when unknown} */
    public Mono<Curriculum> find(CurriculumId id) {
        return database.read(tx -> read(tx, id).orElse(null));
    }

    /** {@return every curriculum, ordered by id; callers filter by visibility} */
    public Flux<Curriculum> all() {
        return database.readMany(tx -> read(tx, Optional.empty()));
    }

    /** {@return the rejected suggestions of each course of a curriculum, by course code} */
    public Mono<Map<String, Set<TargetId>>> rejections(CurriculumId id) {
        return database.read(tx -> {
            Map<String, Set<TargetId>> rejected = new HashMap<>();
            tx.run("""
                    MATCH (:Curriculum {id: $id})-[:HAS_COURSE]->(k:Course)-[:REJECTED]->(t:Target)
                    RETURN k.code AS course, collect(DISTINCT t.id) AS targets""", Map.of("id", id.value())).list().forEach(r -> {
                Set<TargetId> ids = new TreeSet<>();
                r.get("targets").asList(Value::asString).forEach(t -> ids.add(new TargetId(t)));
                rejected.put(r.get("course").asString(), ids);
            });
            return rejected;
        });
    }

    /** Stores a new curriculum with version 1, or answers {@link CurriculumWrite.Exists}. */
    public Mono<CurriculumWrite> create(Curriculum c) {
        return counted(database.write(tx -> {
            if (tx.run("MATCH (c:Curriculum {id: $id}) RETURN c.id", Map.of("id", c.id().value())).hasNext()) {
                return (CurriculumWrite) new CurriculumWrite.Exists();
            }
            Curriculum stored = new Curriculum(c.id(), c.institution(), c.name(), c.visibility(), 1, c.courses());
            tx.run("""
                    MERGE (i:Institution {id: $institution})
                    CREATE (c:Curriculum) SET c = $props
                    CREATE (i)-[:OFFERS]->(c)""", Map.of("props", CurriculumRows.header(stored, 1), "institution", c.institution().value()))
                    .consume();
            afterStep.accept("header");
            writeCourses(tx, stored);
            return new CurriculumWrite.Written(stored);
        })
                // Two creates racing for one id: the constraint stops the second.
                .onErrorResume(DatabaseFailures::isConstraintViolation, e -> Mono.just(new CurriculumWrite.Exists())));
    }

    /**
     * {@return how many writes this instance has made to curricula}; what reads curricula for other answers (the courses a
     * plan's steps list) rebuilds when it changes. Another instance's writes are not counted here.
     */
    public long writes() {
        return writes.get();
    }

    private Mono<CurriculumWrite> counted(Mono<CurriculumWrite> write) {
        return write.doOnNext(w -> writes.incrementAndGet());
    }

    /**
     * Applies {@code change} to the stored curriculum and stores the result with the next version.
     *
     * @param expectedVersion the version the caller last saw; empty to skip the check
     * @param change a pure function from the stored curriculum to the wanted one; its id and institution are kept
     */
    public Mono<CurriculumWrite> update(CurriculumId id, OptionalLong expectedVersion, UnaryOperator<Curriculum> change) {
        return counted(database.write(onCurriculum(id, expectedVersion, (tx, version) -> {
            Curriculum current = read(tx, id).orElseThrow();
            Curriculum wanted = change.apply(current);
            Curriculum next = new Curriculum(current.id(), current.institution(), wanted.name(), wanted.visibility(),
                    current.version(), wanted.courses());
            if (next.equals(current)) {
                return new CurriculumWrite.Unchanged(current);
            }
            Curriculum stored = new Curriculum(next.id(), next.institution(), next.name(), next.visibility(), version + 1, next.courses());
            tx.run("MATCH (c:Curriculum {id: $id}) SET c += $props",
                    Map.of("id", id.value(), "props", CurriculumRows.header(stored, stored.version()))).consume();
            afterStep.accept("header");
            writeCourses(tx, stored);
            return new CurriculumWrite.Written(stored);
        })));
    }

    /** Records that a course's suggested target was rejected, so it is not suggested again; bumps the version. */
    public Mono<CurriculumWrite> reject(CurriculumId id, OptionalLong expectedVersion, String course, TargetId target) {
        return counted(database.write(onCurriculum(id, expectedVersion, (tx, version) -> {
            Map<String, Object> params = new HashMap<>();
            params.put("uid", CurriculumRows.uid(id, course));
            params.put("target", uidOf(target));
            params.put("id", id.value());
            boolean rejected = tx.run("""
                    MATCH (k:Course {uid: $uid})
                    MATCH (t:Target {uid: $target})
                    WHERE NOT (k)-[:REJECTED]->(t)
                    CREATE (k)-[:REJECTED]->(t)
                    WITH k MATCH (c:Curriculum {id: $id}) SET c.version = c.version + 1
                    RETURN c.version AS version""", params).list().size() == 1;
            Curriculum now = read(tx, id).orElseThrow();
            return rejected ? new CurriculumWrite.Written(now) : new CurriculumWrite.Unchanged(now);
        })));
    }

    /** Deletes a curriculum, its courses and their mappings. */
    public Mono<CurriculumWrite> delete(CurriculumId id, OptionalLong expectedVersion) {
        return counted(database.write(onCurriculum(id, expectedVersion, (tx, version) -> {
            tx.run("""
                    MATCH (c:Curriculum {id: $id})
                    OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course)
                    DETACH DELETE k, c""", Map.of("id", id.value())).consume();
            return new CurriculumWrite.Deleted();
        })));
    }

    /**
     * {@return for each course, the targets its title and syllabus most likely address, best first}
     * Targets the course already maps or has rejected are left out.
     *
     * @param versions the framework versions to search
     * @param limit at most this many per course
     */
    public Flux<Suggestion> suggest(Curriculum curriculum, List<FrameworkVersionId> versions, int limit) {
        return rejections(curriculum.id()).flatMapMany(rejected -> Flux.fromIterable(curriculum.courses()).concatMapIterable(course -> {
            Set<String> exclude = new TreeSet<>();
            course.mappings().forEach(m -> exclude.add(m.target().value()));
            rejected.getOrDefault(course.code(), Set.of()).forEach(t -> exclude.add(t.value()));
            String syllabus = course.syllabus().map(s -> s.length() > SYLLABUS_CHARS ? s.substring(0, SYLLABUS_CHARS) : s).orElse("");
            // From the in-memory search index: the same analyzers, labels and synonyms as /search, no query to the database.
            return search.suggest(course.title().joined(), syllabus, versions, exclude, limit).stream()
                    .map(s -> new Suggestion(course.code(), s.target(), s.version(), s.name(), s.score())).toList();
        }));
    }

    /** {@return the curriculum as the transaction sees it} */
    private static Optional<Curriculum> read(TransactionContext tx, CurriculumId id) {
        return read(tx, Optional.of(id)).stream().findFirst();
    }

    /** {@return the curriculum {@code id}, or every curriculum when it is empty, as the transaction sees them} */
    private static List<Curriculum> read(TransactionContext tx, Optional<CurriculumId> id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id.map(CurriculumId::value).orElse(null));
        return tx.run(READ, params).list(r -> CurriculumRows.curriculum(r.asMap()));
    }

    /** A change to a stored curriculum, given the version it is at. */
    private interface Change {
        CurriculumWrite apply(TransactionContext tx, long version);
    }

    /**
     * {@return a unit of work that takes the write lock on the curriculum, checks the caller's version and then makes the change}
     * The lock comes before the read, so concurrent writers queue instead of losing updates.
     */
    private static Function<TransactionContext, CurriculumWrite> onCurriculum(CurriculumId id, OptionalLong expectedVersion, Change change) {
        return tx -> {
            List<Long> locked = tx.run("MATCH (c:Curriculum {id: $id}) SET c.locked = true REMOVE c.locked RETURN c.version AS version",
                    Map.of("id", id.value())).list(r -> r.get("version").asLong());
            if (locked.isEmpty()) {
                return new CurriculumWrite.Missing();
            }
            long version = locked.get(0);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
                return new CurriculumWrite.Stale(version);
            }
            return change.apply(tx, version);
        };
    }

    private void writeCourses(TransactionContext tx, Curriculum c) {
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
        tx.run("""
                MATCH (c:Curriculum {id: $id})-[:HAS_COURSE]->(k:Course) WHERE NOT k.code IN $codes
                DETACH DELETE k""", params).consume();
        tx.run("""
                MATCH (c:Curriculum {id: $id})
                UNWIND $courses AS row
                MERGE (k:Course {uid: row.uid})
                SET k = row
                MERGE (c)-[:HAS_COURSE]->(k)""", params).consume();
        afterStep.accept("courses");
        tx.run("""
                MATCH (:Curriculum {id: $id})-[:HAS_COURSE]->(:Course)-[a:ADDRESSES]->()
                DELETE a""", params).consume();
        long written = tx.run("""
                UNWIND $mappings AS m
                MATCH (k:Course {uid: m.course})
                MATCH (t:Target {uid: m.target})
                CREATE (k)-[:ADDRESSES {depth: m.depth, evidence: m.evidence, position: m.position}]->(t)
                WITH k, t
                OPTIONAL MATCH (k)-[r:REJECTED]->(t)
                DELETE r
                RETURN count(*) AS n""", params).single().get("n").asLong();
        if (written != mappings.size()) {
            // A target vanished (say, the dataset was reloaded meanwhile): fail so the transaction rolls back.
            throw new IllegalStateException("only " + written + " of " + mappings.size() + " mappings of " + c.id() + " found their target");
        }
        afterStep.accept("mappings");
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

}
