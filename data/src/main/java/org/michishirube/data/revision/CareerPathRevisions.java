package org.michishirube.data.revision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerPathId;
import org.michishirube.core.model.CareerStage;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts of model career paths and their publication, with the workflow and audit log of framework drafts: a path is
 * part of the periodic redefinition, so no path changes in public until a second steward approved it. A draft is one
 * {@code CareerPathDraft} node holding the proposed and the base path as a document, out of every public query.
 *
 * <p>Publishing writes the path's node with origin {@value Revisions#ORIGIN}, which a reload of the reference dataset
 * leaves alone, so a steward's revision outlives the seed it revised; a retired path keeps a node marked retired for
 * the same reason.
 */
public final class CareerPathRevisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;
    private final PublishedGraph graph;
    private final Clock clock;

    public CareerPathRevisions(Database database, PublishedGraph graph, Clock clock) {
        this.database = database;
        this.graph = graph;
        this.clock = clock;
    }

    /** {@return the draft, in whatever state} */
    public Mono<CareerPathDraft> find(String id) {
        return database.read(tx -> tx.run("MATCH (d:CareerPathDraft {id: $id}) RETURN properties(d) AS d", Map.of("id", id))
                .list().stream().findFirst().map(r -> state(r.get("d").asMap())).orElse(null));
    }

    /** {@return every draft, open ones first, newest first within each} */
    public Flux<CareerPathDraft> all() {
        return database.readMany(tx -> tx.run("""
                        MATCH (d:CareerPathDraft) RETURN properties(d) AS d
                        ORDER BY CASE d.status WHEN 'published' THEN 1 ELSE 0 END, d.createdAt DESC, d.id""")
                .list(r -> state(r.get("d").asMap())));
    }

    /**
     * {@return the created draft, or why not} A path with an open draft gets no second one; retiring needs a published path.
     *
     * @param path the path the draft is about
     * @param proposed the path as it should be published (checked against the graph by the caller); empty to retire it
     * @param actor the token subject
     */
    public Mono<Outcome> create(CareerPathId path, Optional<CareerPath> proposed, String actor) {
        return database.write(tx -> {
            Optional<CareerPath> base = graph.snapshot().careerPath(path.value());
            if (proposed.isEmpty() && base.isEmpty()) {
                return (Outcome) new Outcome.Refused("no-such-path", "There is no published path " + path + " to retire.", List.of(path.value()));
            }
            List<Record> open = tx.run("""
                    MATCH (d:CareerPathDraft {path: $p}) WHERE d.status <> 'published' RETURN d.id AS id""", Map.of("p", path.value())).list();
            if (!open.isEmpty()) {
                String other = open.get(0).get("id").asString();
                return new Outcome.Refused("draft-open", "The path " + path + " has an open draft, " + other + "; edit that one.", List.of(other));
            }
            long n = tx.run("MATCH (d:CareerPathDraft {path: $p}) RETURN count(d) AS n", Map.of("p", path.value())).single().get("n").asLong() + 1;
            Instant now = clock.instant();
            CareerPathDraft draft = new CareerPathDraft(CareerPathDraft.idOf(path, n), DraftState.Status.DRAFT, 1, actor, now, now,
                    Optional.empty(), proposed, base);
            tx.run("CREATE (d:CareerPathDraft) SET d = $p", Map.of("p", properties(draft)));
            log(tx, draft, actor, "create", base.map(CareerPathRevisions::lines).orElse(List.of()),
                    proposed.map(CareerPathRevisions::lines).orElse(List.of("retired")));
            return new Outcome.Done(draft);
        }).onErrorResume(DatabaseFailures::isConstraintViolation, e -> Mono.just(new Outcome.Refused("draft-open",
                "Another steward created a draft of " + path + " at the same moment; edit that one.", List.of(path.value()))));
    }

    /** {@return the draft with its proposed path replaced; only a draft in editing can be} */
    public Mono<Outcome> replace(String id, long expected, String actor, Optional<CareerPath> proposed) {
        return update(id, expected, tx -> state -> {
            if (state.status() != DraftState.Status.DRAFT) {
                return new Outcome.Refused("not-editable", "Only a draft can be edited; " + id + " is " + state.status().code()
                        + ". Reopen it first.", List.of(state.status().code()));
            }
            if (proposed.isEmpty() && state.base().isEmpty()) {
                return new Outcome.Refused("no-such-path", "A new path cannot be retired before it is published.", List.of(id));
            }
            if (proposed.equals(state.proposed())) {
                return new Outcome.Refused("no-change", "The draft already proposes this path.", List.of(id));
            }
            return save(tx, state, state.next(state.status(), clock.instant(), Optional.empty(), proposed), actor, "edit",
                    state.proposed().map(CareerPathRevisions::lines).orElse(List.of("retired")),
                    proposed.map(CareerPathRevisions::lines).orElse(List.of("retired")));
        });
    }

    /** {@return the draft sent for review} */
    public Mono<Outcome> submit(String id, long expected, String actor) {
        return update(id, expected, tx -> state -> state.status() != DraftState.Status.DRAFT
                ? new Outcome.Refused("not-a-draft", id + " is " + state.status().code() + ", not a draft.", List.of(state.status().code()))
                : transition(tx, state, DraftState.Status.IN_REVIEW, Optional.empty(), actor, "submit"));
    }

    /** {@return the draft back in editing; an approval is withdrawn} */
    public Mono<Outcome> reopen(String id, long expected, String actor) {
        return update(id, expected, tx -> state -> state.status() != DraftState.Status.IN_REVIEW
                ? new Outcome.Refused("not-in-review", id + " is " + state.status().code() + ", not in review.", List.of(state.status().code()))
                : transition(tx, state, DraftState.Status.DRAFT, Optional.empty(), actor, "reopen"));
    }

    /** {@return the draft approved by a steward other than its author (four eyes)} */
    public Mono<Outcome> approve(String id, long expected, String actor) {
        return update(id, expected, tx -> state -> {
            if (state.status() != DraftState.Status.IN_REVIEW) {
                return new Outcome.Refused("not-in-review", id + " is " + state.status().code() + ", not in review.", List.of(state.status().code()));
            }
            if (state.author().equals(actor)) {
                return new Outcome.Refused("same-steward", "The author of a draft cannot approve it; another steward must.", List.of(actor));
            }
            return transition(tx, state, DraftState.Status.IN_REVIEW, Optional.of(actor), actor, "approve");
        });
    }

    /**
     * {@return the approved draft published: the path's node written (or marked retired), the graph revision raised and the
     * snapshot rebuilt, all of it or nothing}
     */
    public Mono<Outcome> publish(String id, long expected, String actor) {
        Mono<Outcome> written = database.write(locked(id, expected, tx -> state -> {
            if (state.status() != DraftState.Status.IN_REVIEW || state.approvedBy().isEmpty()) {
                return new Outcome.Refused("not-approved", id + " must be in review and approved by a steward other than its author "
                        + "before it is published.", List.of(state.status().code()));
            }
            Optional<CareerPath> live = graph.snapshot().careerPath(state.path().value());
            Map<String, Object> node;
            if (state.proposed().isPresent()) {
                node = GraphProperties.of(state.proposed().get());
            } else {
                node = new HashMap<>();
                node.put("id", state.path().value());
                node.put("refKey", "CareerPath:" + state.path().value());
                node.put("retired", true);
            }
            node.put("origin", Revisions.ORIGIN);
            node.put("publishedBy", state.id());
            tx.run("MERGE (p:CareerPath {id: $id}) SET p = $p", Map.of("id", state.path().value(), "p", node));
            GraphRevision.increment(tx);
            return save(tx, state, state.next(DraftState.Status.PUBLISHED, clock.instant(), state.approvedBy(), state.proposed()), actor,
                    "publish", live.map(CareerPathRevisions::lines).orElse(List.of()),
                    state.proposed().map(CareerPathRevisions::lines).orElse(List.of("retired")));
        }));
        // Still on the database's thread: the snapshot is rebuilt before the caller hears of the published path.
        return written.doOnNext(o -> {
            if (o instanceof Outcome.Done) {
                graph.refresh();
            }
        });
    }

    /** {@return the draft's audit log, oldest first} */
    public Flux<AuditEntry> audit(String id) {
        return database.readMany(tx -> AuditLog.CAREER_PATH_DRAFTS.entries(tx, id));
    }

    /** What a write to a career-path draft came to; only {@link Done} changed anything. */
    public sealed interface Outcome {

        /** @param draft the draft after the write */
        record Done(CareerPathDraft draft) implements Outcome {
        }

        /** No draft has that id. */
        record NotFound() implements Outcome {
        }

        /** @param current the draft's revision now, newer than the one the caller read */
        record Stale(long current) implements Outcome {
        }

        /**
         * The workflow does not allow the write now; nothing changed.
         *
         * @param code a stable code, e.g. {@code same-steward}
         * @param detail a sentence in English
         * @param evidence the ids involved
         */
        record Refused(String code, String detail, List<String> evidence) implements Outcome {
            public Refused {
                evidence = List.copyOf(evidence);
            }
        }
    }

    // --- the write path -------------------------------------------------------------------------------------------

    private Outcome transition(TransactionContext tx, CareerPathDraft state, DraftState.Status to, Optional<String> approvedBy, String actor,
                               String action) {
        return save(tx, state, state.next(to, clock.instant(), approvedBy, state.proposed()), actor, action,
                List.of("status: " + state.status().code() + state.approvedBy().map(a -> ", approved by " + a).orElse("")),
                List.of("status: " + to.code() + approvedBy.map(a -> ", approved by " + a).orElse("")));
    }

    private Outcome save(TransactionContext tx, CareerPathDraft before, CareerPathDraft next, String actor, String action, List<String> linesBefore,
                         List<String> linesAfter) {
        tx.run("MATCH (d:CareerPathDraft {id: $id}) SET d += $p", Map.of("id", next.id(), "p", properties(next)));
        log(tx, next, actor, action, linesBefore, linesAfter);
        return new Outcome.Done(next);
    }

    private Mono<Outcome> update(String id, long expected, Function<TransactionContext, Function<CareerPathDraft, Outcome>> step) {
        return database.write(locked(id, expected, step));
    }

    /** {@return a unit of work that locks the draft, checks the caller's revision and then runs the step} */
    private static Function<TransactionContext, Outcome> locked(String id, long expected,
                                                                Function<TransactionContext, Function<CareerPathDraft, Outcome>> step) {
        return tx -> {
            // Taking the node's write lock first makes concurrent writers queue, so the second one sees the raised revision.
            tx.run("MATCH (d:CareerPathDraft {id: $id}) SET d.locked = true REMOVE d.locked", Map.of("id", id)).consume();
            List<Record> found = tx.run("MATCH (d:CareerPathDraft {id: $id}) RETURN properties(d) AS d", Map.of("id", id)).list();
            if (found.isEmpty()) {
                return new Outcome.NotFound();
            }
            CareerPathDraft state = state(found.get(0).get("d").asMap());
            if (state.revision() != expected) {
                return new Outcome.Stale(state.revision());
            }
            return step.apply(tx).apply(state);
        };
    }

    private void log(TransactionContext tx, CareerPathDraft state, String actor, String action, List<String> before, List<String> after) {
        AuditLog.CAREER_PATH_DRAFTS.append(tx, state.id(), clock.instant(), actor, action, null, before, after, state.revision());
    }

    /** One line per stage, for the audit log's before and after. */
    private static List<String> lines(CareerPath path) {
        List<String> lines = new ArrayList<>();
        lines.add(path.id() + " 「" + path.name().ja() + "」 “" + path.name().en() + "” [" + path.provenance().verification().code() + "]");
        int i = 1;
        for (CareerStage s : path.stages()) {
            lines.add((i++) + ". " + s.summary());
        }
        return lines;
    }

    private static Map<String, Object> properties(CareerPathDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id());
        p.put("path", d.path().value());
        p.put("status", d.status().code());
        p.put("revision", d.revision());
        p.put("author", d.author());
        p.put("createdAt", d.createdAt().atZone(ZoneOffset.UTC));
        p.put("updatedAt", d.updatedAt().atZone(ZoneOffset.UTC));
        p.put("approvedBy", d.approvedBy().orElse(null));
        Map<String, Object> doc = new HashMap<>();
        d.proposed().ifPresent(x -> doc.put("proposed", GraphProperties.of(x)));
        d.base().ifPresent(x -> doc.put("base", GraphProperties.of(x)));
        p.put("document", JSON.writeValueAsString(doc));
        return p;
    }

    private static CareerPathDraft state(Map<String, Object> p) {
        Map<String, Object> doc = JSON.readValue((String) p.get("document"), new TypeReference<Map<String, Object>>() { });
        return new CareerPathDraft((String) p.get("id"), DraftState.Status.fromCode((String) p.get("status")),
                ((Number) p.get("revision")).longValue(), (String) p.get("author"), instant(p.get("createdAt")), instant(p.get("updatedAt")),
                Optional.ofNullable((String) p.get("approvedBy")), path(doc.get("proposed")), path(doc.get("base")));
    }

    @SuppressWarnings("unchecked")
    private static Optional<CareerPath> path(Object o) {
        return o == null ? Optional.empty() : Optional.of(GraphProperties.careerPath((Map<String, Object>) o));
    }

    private static Instant instant(Object o) {
        return o instanceof ZonedDateTime z ? z.toInstant() : o instanceof java.time.OffsetDateTime x ? x.toInstant() : Instant.EPOCH;
    }
}
