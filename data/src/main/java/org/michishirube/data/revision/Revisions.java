package org.michishirube.data.revision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.michishirube.core.diff.Change;
import org.michishirube.core.diff.Changelog;
import org.michishirube.core.diff.FrameworkTrees;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.Verification;
import java.util.OptionalInt;
import org.michishirube.data.interop.ImportRequest;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.core.revision.Draft;
import org.michishirube.core.revision.EditOutcome;
import org.michishirube.core.revision.Operation;
import org.michishirube.core.revision.DraftEditor;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Drafts of framework revisions, their audit log and comments, and publishing. A draft is one {@code Draft} node
 * holding its content as a document ({@link DraftDocument}); every write locks that node, checks the caller's revision
 * and writes the content, the raised revision and the audit entry in one transaction. Publishing is {@link Publication}.
 *
 * <p>Each method is one unit of work of the {@link Database}: an edit runs the core draft editor between the read and the
 * write of one transaction.
 */
public final class Revisions {

    /** The {@code origin} of nodes that published revisions wrote; the reference dataset loader leaves them alone. */
    public static final String ORIGIN = "revision";

    private final Database database;
    private final PublishedGraph graph;
    private final Clock clock;
    private Consumer<String> afterStep = step -> { };

    public Revisions(Database database, PublishedGraph graph, Clock clock) {
        this.database = database;
        this.graph = graph;
        this.clock = clock;
    }

    /** Lets a test fail a publication or an import after a named step, to prove that nothing is left behind. */
    void afterEachStep(Consumer<String> hook) {
        this.afterStep = hook;
    }

    /** {@return the draft, in whatever state} */
    public Mono<DraftState> find(FrameworkVersionId id) {
        return database.read(tx -> tx.run("MATCH (d:Draft {id: $id}) RETURN properties(d) AS d", Map.of("id", id.value()))
                .list().stream().findFirst().map(r -> state(r.get("d").asMap())).orElse(null));
    }

    /** {@return every draft that is not published yet, newest first} */
    public Flux<DraftState> open() {
        return database.readMany(tx -> tx.run("""
                        MATCH (d:Draft) WHERE d.status <> 'published' RETURN properties(d) AS d ORDER BY d.createdAt DESC, d.id""")
                .list(r -> state(r.get("d").asMap())));
    }

    /** {@return the drafts of a framework, published ones included, newest first} */
    public Flux<DraftState> ofFramework(FrameworkId framework) {
        return database.readMany(tx -> tx.run("""
                        MATCH (d:Draft {framework: $f}) RETURN properties(d) AS d ORDER BY d.createdAt DESC, d.id""",
                Map.of("f", framework.value())).list(r -> state(r.get("d").asMap())));
    }

    /**
     * {@return a new draft of the framework's current version, or why not}
     *
     * @param framework the framework
     * @param label the new version label, e.g. {@code 2026}
     * @param name the new version's name; the current version's when empty
     * @param provenance the source and verification of what the draft creates
     * @param actor the token subject
     */
    public Mono<RevisionWrite> create(FrameworkId framework, String label, Optional<LocalizedText> name, Provenance provenance,
                                      String actor) {
        FrameworkVersionId id = FrameworkVersionId.of(framework, label);
        return database.write(tx -> {
            GraphSnapshot s = graph.snapshot();
            Optional<FrameworkTree> base = s.graph().currentVersion(framework).flatMap(s::tree);
            if (base.isEmpty()) {
                return (RevisionWrite) new RevisionWrite.NotFound();
            }
            FrameworkVersion version = new FrameworkVersion(id, name.orElse(base.get().version().name()), VersionStatus.DRAFT,
                    Optional.empty(), Optional.of(base.get().version().id()), provenance);
            Draft draft = Draft.start(base.get(), version, provenance);
            Instant now = clock.instant();
            DraftState state = new DraftState(id, DraftState.Status.DRAFT, 1, actor, now, now, Optional.empty(), draft, Optional.empty());
            boolean taken = tx.run("""
                    OPTIONAL MATCH (v:FrameworkVersion {id: $id}) OPTIONAL MATCH (d:Draft {id: $id})
                    RETURN v IS NOT NULL OR d IS NOT NULL AS taken""", Map.of("id", id.value())).single().get("taken").asBoolean();
            if (taken) {
                return versionTaken(id);
            }
            tx.run("CREATE (d:Draft) SET d = $p", Map.of("p", properties(state)));
            log(tx, state, actor, "create", null, List.of(), List.of());
            return new RevisionWrite.Done(state, List.of(), Optional.empty());
        }).onErrorResume(DatabaseFailures::isConstraintViolation, e -> Mono.just(versionTaken(id)));
    }

    /** Two writers raced for one version id, or it exists already. */
    private static RevisionWrite versionTaken(FrameworkVersionId id) {
        return new RevisionWrite.Refused("version-taken", "The version " + id + " exists already.", List.of(id.value()));
    }

    /**
     * {@return a draft made from an imported package, or why not} With a known framework it is the next version, based on
     * the current one, with lineage from the package; otherwise the first version of a new framework (and, when asked, a new
     * credential), both created only when the draft is published. Importing the same package again into the same draft
     * changes nothing ({@link RevisionWrite.Unchanged}).
     *
     * @param f the package as read
     * @param request where it goes
     * @param actor the token subject
     * @throws org.michishirube.interop.InvalidImportException when the package's content cannot become a version
     */
    public RevisionWrite importDraft(ImportedFramework f, ImportRequest request, String actor) {
        FrameworkId fw = request.framework();
        FrameworkVersionId id = FrameworkVersionId.of(fw, request.version());
        GraphSnapshot s = graph.snapshot();
        Optional<FrameworkTree> base = s.graph().currentVersion(fw).flatMap(s::tree);
        Provenance provenance = new Provenance(f.source().orElse(f.format() + " package " + f.documentIdentifier()), Verification.SECONDARY);
        Instant now = clock.instant();
        try {
            return database.writeBlocking(tx -> {
                List<String> notes = new ArrayList<>(f.notes());
                Optional<String> foreign = foreignOwner(tx, f, fw);
                if (foreign.isPresent()) {
                    return (RevisionWrite) new RevisionWrite.Refused("foreign-package", "The package " + f.documentIdentifier() + " belongs to "
                            + foreign.get() + ", not to " + fw + "; import it into " + foreign.get() + " or give it new identifiers.",
                            List.of(f.documentIdentifier(), foreign.get(), fw.value()));
                }
                boolean frameworkNode = tx.run("MATCH (x:Framework {id: $id}) RETURN x.id", Map.of("id", fw.value())).hasNext();
                if (base.isEmpty() && frameworkNode) {
                    return new RevisionWrite.Refused("framework-unpublished", fw + " exists but has no published version to base a draft on.",
                            List.of(fw.value()));
                }
                Map<String, TargetId> earlier = new HashMap<>();
                tx.run("MATCH (t:Target {framework: $f}) WHERE t.caseIdentifier IS NOT NULL RETURN t.caseIdentifier AS c, t.id AS id",
                        Map.of("f", fw.value())).list().forEach(r -> earlier.putIfAbsent(r.get("c").asString(), new TargetId(r.get("id").asString())));
                ImportMapping.Mapped mapped = ImportMapping.map(f, new ImportMapping.Placement(id, base, earlier, provenance, now));
                Optional<Framework> newFramework = Optional.empty();
                Optional<Credential> newCredential = Optional.empty();
                if (base.isEmpty()) {
                    CredentialId credentialId = request.credential().orElse(new CredentialId(fw.value()));
                    boolean credentialExists = tx.run("MATCH (c:Credential {id: $id}) RETURN c.id", Map.of("id", credentialId.value())).hasNext();
                    if (!credentialExists) {
                        LocalizedText name = request.credentialName().orElse(f.title());
                        if (request.credentialName().isEmpty()) {
                            notes.add("the new credential " + credentialId + " is named after the package title");
                        }
                        String issuer = f.creator().orElse(f.title().in("en"));
                        newCredential = Optional.of(new Credential(credentialId, name, Optional.empty(), Optional.empty(), LocalizedText.of(issuer, issuer),
                                OptionalInt.empty(), request.credentialKind().orElse(CredentialKind.PRIVATE), Optional.empty(), Optional.of(fw),
                                List.of(), provenance));
                    } else if (request.credentialName().isPresent()) {
                        notes.add("credential " + credentialId + " exists; the credential name given was not used");
                    }
                    newFramework = Optional.of(new Framework(fw, credentialId, f.title(), OptionalInt.empty()));
                } else if (request.credential().isPresent() || request.credentialName().isPresent()) {
                    notes.add("framework " + fw + " exists; the package became its next version and the credential given was not used");
                }
                Draft draft = base.map(b -> new Draft(b, FrameworkTrees.canonical(mapped.tree()), provenance))
                        .orElseGet(() -> Draft.first(mapped.tree(), provenance));
                ImportOrigin origin = new ImportOrigin(f.format(), actor, now, newFramework, newCredential, mapped.marks(), mapped.mapped(),
                        concat(f.skipped(), mapped.skipped()), notes);
                List<Record> existing = tx.run("MATCH (d:Draft {id: $id}) RETURN properties(d) AS d", Map.of("id", id.value())).list();
                if (!existing.isEmpty()) {
                    DraftState there = state(existing.get(0).get("d").asMap());
                    // The same package again: nothing to change, so the draft and its ETag stay as they are.
                    if (there.imported().isPresent() && there.draft().tree().equals(draft.tree())
                            && there.imported().get().document().equals(origin.document())) {
                        return new RevisionWrite.Unchanged(there);
                    }
                    return versionTaken(id);
                }
                if (tx.run("MATCH (v:FrameworkVersion {id: $id}) RETURN v.id", Map.of("id", id.value())).hasNext()) {
                    return versionTaken(id);
                }
                DraftState state = new DraftState(id, DraftState.Status.DRAFT, 1, actor, now, now, Optional.empty(), draft, Optional.of(origin));
                tx.run("CREATE (d:Draft) SET d = $p", Map.of("p", properties(state)));
                log(tx, state, actor, "import", null, List.of(), List.of(f.format() + " " + f.documentIdentifier() + ": "
                        + draft.tree().targets().size() + " target(s)"));
                afterStep.accept("logged");
                return new RevisionWrite.Done(state, List.of(), Optional.empty());
            });
        } catch (RuntimeException e) {
            if (DatabaseFailures.isConstraintViolation(e)) {
                return versionTaken(id);
            }
            throw e;
        }
    }

    /** {@return the framework that already owns the package's document or items, when it is another one} */
    private static Optional<String> foreignOwner(TransactionContext tx, ImportedFramework f, FrameworkId fw) {
        List<String> items = f.items().stream().map(ImportedFramework.Item::identifier).toList();
        return tx.run("""
                CALL {
                  MATCH (v:FrameworkVersion {caseIdentifier: $doc}) WHERE v.framework <> $fw RETURN v.framework AS owner
                  UNION
                  MATCH (d:Draft {sourceDocument: $doc}) WHERE d.framework <> $fw AND d.status <> 'published' RETURN d.framework AS owner
                  UNION
                  MATCH (t:Target) WHERE t.caseIdentifier IN $items AND t.framework <> $fw RETURN t.framework AS owner
                }
                RETURN owner ORDER BY owner LIMIT 1""", Map.of("doc", f.documentIdentifier(), "fw", fw.value(), "items", items))
                .list().stream().findFirst().map(r -> r.get("owner").asString());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * {@return the draft with one operation applied, or why not; a refused operation changes nothing}
     *
     * @param id the draft
     * @param expected the revision the caller read
     * @param actor the token subject
     * @param operation the edit
     * @param asReceived the operation as the API received it, for the audit log
     */
    public Mono<RevisionWrite> apply(FrameworkVersionId id, long expected, String actor, Operation operation, String asReceived) {
        return update(id, expected, actor, state -> {
            if (state.status() != DraftState.Status.DRAFT) {
                return new RevisionWrite.Refused("not-editable", "Only a draft can be edited; " + id + " is " + state.status().code()
                        + ". Reopen it first.", List.of(state.status().code()));
            }
            GraphSnapshot s = graph.snapshot();
            EditOutcome outcome = DraftEditor.validating(s.graph()::contains).apply(state.draft(), operation);
            if (outcome instanceof EditOutcome.Rejected r) {
                return new RevisionWrite.Rejected(r);
            }
            EditOutcome.Applied applied = (EditOutcome.Applied) outcome;
            Set<TargetId> affected = affected(applied.changes());
            DraftState next = state.next(state.status(), state.revision() + 1, clock.instant(), Optional.empty(), applied.draft());
            return new Save(next, "operation", asReceived, summaries(state.draft().tree(), affected),
                    summaries(applied.draft().tree(), affected),
                    applied.changes().stream().map(c -> Changelog.line(c).en()).toList());
        });
    }

    /** {@return the draft sent for review: it can no longer be edited until reopened} */
    public Mono<RevisionWrite> submit(FrameworkVersionId id, long expected, String actor) {
        return update(id, expected, actor, state -> state.status() != DraftState.Status.DRAFT
                ? new RevisionWrite.Refused("not-a-draft", id + " is " + state.status().code() + ", not a draft.", List.of(state.status().code()))
                : transition(state, DraftState.Status.IN_REVIEW, Optional.empty(), "submit"));
    }

    /** {@return the draft back in editing; an approval is withdrawn} */
    public Mono<RevisionWrite> reopen(FrameworkVersionId id, long expected, String actor) {
        return update(id, expected, actor, state -> state.status() != DraftState.Status.IN_REVIEW
                ? new RevisionWrite.Refused("not-in-review", id + " is " + state.status().code() + ", not in review.", List.of(state.status().code()))
                : transition(state, DraftState.Status.DRAFT, Optional.empty(), "reopen"));
    }

    /** {@return the draft approved by a steward other than its author (four eyes)} */
    public Mono<RevisionWrite> approve(FrameworkVersionId id, long expected, String actor) {
        return update(id, expected, actor, state -> {
            if (state.status() != DraftState.Status.IN_REVIEW) {
                return new RevisionWrite.Refused("not-in-review", id + " is " + state.status().code() + ", not in review.",
                        List.of(state.status().code()));
            }
            if (state.author().equals(actor)) {
                return new RevisionWrite.Refused("same-steward", "The author of a draft cannot approve it; another steward must.",
                        List.of(actor));
            }
            return transition(state, DraftState.Status.IN_REVIEW, Optional.of(actor), "approve");
        });
    }

    /**
     * {@return the approved draft published as the framework's current version, in one transaction, and the snapshot rebuilt}
     *
     * @param id the draft
     * @param expected the revision the caller read
     * @param actor the token subject
     * @param effective the effective date of the new version
     * @param migrateCurricula whether course mappings follow the crosswalk to the new version
     * @param migratePlans whether saved-plan references follow the crosswalk to the new version
     */
    public Mono<RevisionWrite> publish(FrameworkVersionId id, long expected, String actor, LocalDate effective,
                                       boolean migrateCurricula, boolean migratePlans) {
        Mono<RevisionWrite> written = database.write(onDraft(id, expected, (tx, state) -> {
            if (state.status() != DraftState.Status.IN_REVIEW || state.approvedBy().isEmpty()) {
                return new RevisionWrite.Refused("not-approved", id + " must be in review and approved by a steward other than "
                        + "its author before it is published.", List.of(state.status().code()));
            }
            Publication p = new Publication(tx, graph.snapshot(), state, effective, afterStep);
            Publication.Outcome outcome = p.run(migrateCurricula, migratePlans);
            if (outcome instanceof Publication.Outcome.Refused r) {
                return r.refusal();
            }
            PublishReport report = ((Publication.Outcome.Published) outcome).report();
            DraftState next = state.next(DraftState.Status.PUBLISHED, state.revision() + 1, clock.instant(), state.approvedBy(),
                    state.draft());
            save(tx, next);
            log(tx, next, actor, "publish", null, List.of("current: " + report.retired()),
                    List.of("current: " + report.published(), "effective: " + effective,
                            "role needs moved: " + report.roleNeedsMoved() + ", dropped: " + report.roleNeedsDropped().size(),
                            "curriculum mappings moved: " + report.curriculumMappingsMoved() + ", left: " + report.curriculumMappingsLeft().size(),
                            "plan references moved: " + report.planReferencesMoved() + ", left: " + report.planReferencesLeft().size()));
            afterStep.accept("logged");
            return new RevisionWrite.Done(next, List.of(), Optional.of(report));
        }));
        // Still on the database's thread: the snapshot is rebuilt before the caller hears of the new version.
        return written.doOnNext(w -> {
            if (w instanceof RevisionWrite.Done) {
                graph.refresh();
            }
        });
    }

    /** {@return the comment added to the draft; empty when there is no such draft} */
    public Mono<DraftComment> comment(FrameworkVersionId id, String author, String text) {
        return database.write(tx -> {
            Instant at = clock.instant();
            var r = tx.run("""
                    MATCH (d:Draft {id: $id})
                    SET d.comments = coalesce(d.comments, 0) + 1
                    CREATE (d)-[:HAS_COMMENT]->(c:DraftComment {draft: $id, sequence: d.comments, at: $at, author: $author, text: $text})
                    RETURN c.sequence AS sequence""", Map.of("id", id.value(), "at", zoned(at), "author", author, "text", text)).list();
            return r.isEmpty() ? null : new DraftComment(id.value(), r.get(0).get("sequence").asLong(), at, author, text);
        });
    }

    /** {@return the draft's comments, oldest first} */
    public Flux<DraftComment> comments(FrameworkVersionId id) {
        return database.readMany(tx -> tx.run("""
                MATCH (:Draft {id: $id})-[:HAS_COMMENT]->(c:DraftComment) RETURN properties(c) AS c ORDER BY c.sequence""",
                Map.of("id", id.value())).list(r -> {
                    Map<String, Object> c = r.get("c").asMap();
                    return new DraftComment((String) c.get("draft"), ((Number) c.get("sequence")).longValue(), instant(c.get("at")),
                            (String) c.get("author"), (String) c.get("text"));
                }));
    }

    /** {@return the draft's audit log, oldest first} */
    public Flux<AuditEntry> audit(FrameworkVersionId id) {
        return database.readMany(tx -> AuditLog.DRAFTS.entries(tx, id.value()));
    }

    // --- the write path -------------------------------------------------------------------------------------------

    /** A change to save: the next state and its audit entry. */
    private record Save(DraftState next, String action, String operation, List<String> before, List<String> after,
                        List<String> changes) {
    }

    private Save transition(DraftState state, DraftState.Status to, Optional<String> approvedBy, String action) {
        DraftState next = state.next(to, state.revision() + 1, clock.instant(), approvedBy, state.draft());
        return new Save(next, action, null, List.of("status: " + state.status().code() + state.approvedBy().map(a -> ", approved by " + a).orElse("")),
                List.of("status: " + to.code() + approvedBy.map(a -> ", approved by " + a).orElse("")), List.of());
    }

    private Mono<RevisionWrite> update(FrameworkVersionId id, long expected, String actor, Function<DraftState, Object> step) {
        return database.write(onDraft(id, expected, (tx, state) -> {
            Object result = step.apply(state);
            if (result instanceof Save s) {
                save(tx, s.next());
                log(tx, s.next(), actor, s.action(), s.operation(), s.before(), s.after());
                return new RevisionWrite.Done(s.next(), s.changes(), Optional.empty());
            }
            return (RevisionWrite) result;
        }));
    }

    private interface Step {
        RevisionWrite apply(TransactionContext tx, DraftState state);
    }

    /** {@return a unit of work that locks the draft, checks the caller's revision and then runs {@code step}} */
    private static Function<TransactionContext, RevisionWrite> onDraft(FrameworkVersionId id, long expected, Step step) {
        return tx -> {
            // Taking the node's write lock first makes concurrent writers queue, so the second one sees the raised revision.
            tx.run("MATCH (d:Draft {id: $id}) SET d.locked = true REMOVE d.locked", Map.of("id", id.value())).consume();
            List<Record> found = tx.run("MATCH (d:Draft {id: $id}) RETURN properties(d) AS d", Map.of("id", id.value())).list();
            if (found.isEmpty()) {
                return new RevisionWrite.NotFound();
            }
            DraftState state = state(found.get(0).get("d").asMap());
            if (state.revision() != expected) {
                return new RevisionWrite.Stale(state.revision());
            }
            return step.apply(tx, state);
        };
    }

    private static void save(TransactionContext tx, DraftState state) {
        tx.run("MATCH (d:Draft {id: $id}) SET d += $p", Map.of("id", state.id().value(), "p", properties(state)));
    }

    private void log(TransactionContext tx, DraftState state, String actor, String action, String operation, List<String> before,
                     List<String> after) {
        AuditLog.DRAFTS.append(tx, state.id().value(), clock.instant(), actor, action, operation, before, after, state.revision());
    }

    private static Map<String, Object> properties(DraftState s) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id().value());
        p.put("framework", s.framework().value());
        p.put("base", s.base().map(FrameworkVersionId::value).orElse(null));
        p.put("sourceDocument", s.imported().map(ImportOrigin::document).orElse(null));
        p.put("status", s.status().code());
        p.put("revision", s.revision());
        p.put("author", s.author());
        p.put("createdAt", zoned(s.createdAt()));
        p.put("updatedAt", zoned(s.updatedAt()));
        p.put("approvedBy", s.approvedBy().orElse(null));
        p.put("document", DraftDocument.write(s.draft(), s.imported()));
        return p;
    }

    private static DraftState state(Map<String, Object> p) {
        return new DraftState(FrameworkVersionId.of((String) p.get("id")), DraftState.Status.fromCode((String) p.get("status")),
                ((Number) p.get("revision")).longValue(), (String) p.get("author"), instant(p.get("createdAt")), instant(p.get("updatedAt")),
                Optional.ofNullable((String) p.get("approvedBy")), DraftDocument.read((String) p.get("document")),
                DraftDocument.imported((String) p.get("document")));
    }

    private static ZonedDateTime zoned(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }

    private static Instant instant(Object o) {
        return o instanceof ZonedDateTime z ? z.toInstant() : o instanceof java.time.OffsetDateTime x ? x.toInstant() : Instant.EPOCH;
    }

    /** {@return the targets a list of changes concerns} */
    static Set<TargetId> affected(List<Change> changes) {
        Set<TargetId> ids = new TreeSet<>();
        for (Change c : changes) {
            if (c instanceof Change.Added a) {
                ids.add(a.target().id());
            } else if (c instanceof Change.Retired r) {
                ids.add(r.target().id());
            } else if (c instanceof Change.Replaced r) {
                ids.add(r.before().id());
                ids.add(r.after().id());
            } else if (c instanceof Change.Split s) {
                ids.add(s.before().id());
                s.into().forEach(t -> ids.add(t.id()));
            } else if (c instanceof Change.Merged m) {
                m.from().forEach(t -> ids.add(t.id()));
                ids.add(m.into().id());
            } else if (c instanceof Change.Moved m) {
                ids.add(m.id());
            } else if (c instanceof Change.Modified m) {
                ids.add(m.id());
            } else if (c instanceof Change.Relinked r) {
                ids.add(r.target());
            }
        }
        return ids;
    }

    /** One line per affected target that the tree has, for the audit log's before and after. */
    static List<String> summaries(FrameworkTree tree, Set<TargetId> ids) {
        List<String> lines = new ArrayList<>();
        for (TargetId id : ids) {
            tree.target(id).ifPresent(t -> lines.add(summary(t, tree.prerequisites().getOrDefault(id, Set.of()))));
        }
        return lines;
    }

    private static String summary(Target t, Set<TargetId> prerequisites) {
        return t.id() + " [" + t.kind().code() + "] 「" + t.name().ja() + "」 “" + t.name().en() + "” in " + t.domain()
                + " under " + t.parent().map(TargetId::value).orElse("—")
                + (t.effortHours().isPresent() ? ", " + t.effortHours().getAsInt() + " h" : "")
                + (prerequisites.isEmpty() ? "" : "; prerequisites: " + prerequisites.stream().map(TargetId::value).collect(Collectors.joining(", ")));
    }
}
