package org.michishirube.data.interop;

import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;

import org.michishirube.data.graph.Sessions;
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

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Stores imported frameworks as draft versions, in one write transaction each, and reads drafts back for stewards.
 * Imported nodes carry {@code origin: 'import'}, so reloading the reference dataset leaves them alone, and the public
 * snapshot does not see them until a version is published.
 */
public final class FrameworkImports {

    /** The origin of nodes that an import created. */
    public static final String IMPORTED = "import";

    private final Sessions sessions;
    private java.util.function.Consumer<String> afterStep = step -> { };

    public FrameworkImports(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Lets a test fail an import after a named step, to prove that nothing is left behind. */
    void afterEachStep(java.util.function.Consumer<String> hook) {
        this.afterStep = hook;
    }

    /**
     * {@return what the import created} Everything is written in one transaction: on any failure nothing is.
     *
     * @throws ImportConflictException when the version (or a new framework's credential) cannot be created as asked
     */
    public ImportReport store(ImportedFramework f, ImportRequest request, String importedBy) {
        try (var session = sessions.open()) {
            return session.executeWrite(tx -> write(tx, f, request, importedBy));
        }
    }

    private ImportReport write(TransactionContext tx, ImportedFramework f, ImportRequest request, String importedBy) {
        FrameworkId fw = request.framework();
        FrameworkVersionId versionId = FrameworkVersionId.of(fw, request.version());
        List<String> notes = new ArrayList<>(f.notes());
        if (tx.run("MATCH (v:FrameworkVersion {id: $id}) RETURN v.id", Map.of("id", versionId.value())).hasNext()) {
            throw new ImportConflictException("Version " + versionId + " exists already; choose another version label.");
        }
        Optional<Map<String, Object>> existing = tx.run("MATCH (f:Framework {id: $id}) RETURN properties(f) AS f", Map.of("id", fw.value()))
                .list().stream().findFirst().map(r -> r.get("f").asMap());
        boolean newFramework = existing.isEmpty();
        boolean newCredential = false;
        CredentialId credentialId;
        Provenance provenance = new Provenance(f.source().orElse(f.format() + " package " + f.documentIdentifier()), Verification.SECONDARY);
        if (newFramework) {
            credentialId = request.credential().orElse(new CredentialId(fw.value()));
            boolean credentialExists = tx.run("MATCH (c:Credential {id: $id}) RETURN c.id", Map.of("id", credentialId.value())).hasNext();
            if (!credentialExists) {
                LocalizedText name = request.credentialName().orElse(f.title());
                if (request.credentialName().isEmpty() && f.title().ja().equals(f.title().en())) {
                    notes.add("the new credential " + credentialId + " is named after the package title, in one language for both ja and en");
                }
                String issuer = f.creator().orElse(f.title().en());
                Credential c = new Credential(credentialId, name, Optional.empty(), Optional.empty(), LocalizedText.of(issuer, issuer),
                        OptionalInt.empty(), request.credentialKind().orElse(CredentialKind.PRIVATE), Optional.empty(), Optional.of(fw), List.of(),
                        provenance);
                Map<String, Object> props = imported(GraphProperties.of(c, Map.of()), importedBy);
                tx.run("CREATE (c:Credential) SET c = $p", Map.of("p", props));
                newCredential = true;
            } else if (request.credentialName().isPresent()) {
                notes.add("credential " + credentialId + " exists; the credential name given was not used");
            }
            Framework framework = new Framework(fw, credentialId, f.title(), OptionalInt.empty());
            Map<String, Object> props = imported(GraphProperties.of(framework), importedBy);
            tx.run("CREATE (f:Framework) SET f = $p WITH f MATCH (c:Credential {id: $c}) CREATE (c)-[:HAS_FRAMEWORK]->(f)",
                    Map.of("p", props, "c", credentialId.value()));
        } else {
            credentialId = new CredentialId((String) existing.get().get("credential"));
            if (request.credential().isPresent() || request.credentialName().isPresent()) {
                notes.add("framework " + fw + " exists; the package became a new draft version of it and the credential given was not used");
            }
        }
        Optional<FrameworkVersionId> current = tx.run("MATCH (v:FrameworkVersion {framework: $f, status: 'published'}) RETURN v.id AS id",
                Map.of("f", fw.value())).list().stream().findFirst().map(r -> FrameworkVersionId.of(r.get("id").asString()));

        // Ids: a target keeps the id it had in an earlier version of this framework with the same CASE identifier;
        // else our own export's id, else the publisher's code, else a slug of its statement.
        Map<String, String> earlier = new HashMap<>();
        tx.run("MATCH (t:Target {framework: $f}) WHERE t.caseIdentifier IS NOT NULL RETURN t.caseIdentifier AS c, t.id AS id",
                Map.of("f", fw.value())).list().forEach(r -> earlier.putIfAbsent(r.get("c").asString(), r.get("id").asString()));
        Set<String> taken = new HashSet<>();
        Map<String, ImportedFramework.Item> byIdentifier = new LinkedHashMap<>();
        f.items().forEach(i -> byIdentifier.put(i.identifier(), i));
        Map<String, String> idOf = new LinkedHashMap<>();
        List<ImportReport.Mapped> mapped = new ArrayList<>();
        Map<String, Domain> domains = new LinkedHashMap<>();
        boolean needsSynthetic = f.items().stream().anyMatch(i -> !i.domain() && topDomain(i, byIdentifier).isEmpty());
        DomainId synthetic = new DomainId(fw.value() + ".imported");
        if (needsSynthetic) {
            domains.put("", new Domain(synthetic, fw, f.title()));
            taken.add(synthetic.value());
        }
        for (ImportedFramework.Item i : f.items()) {
            String id = unique(earlier.getOrDefault(i.identifier(), proposal(fw, i)), taken);
            idOf.put(i.identifier(), id);
            if (i.domain()) {
                domains.put(i.identifier(), new Domain(new DomainId(id), fw, i.name()));
            }
            mapped.add(new ImportReport.Mapped(i.identifier(), i.domain() ? "domain" : "target", id));
        }
        List<Target> targets = new ArrayList<>();
        for (ImportedFramework.Item i : f.items()) {
            if (i.domain()) {
                continue;
            }
            Optional<String> parent = i.parent().filter(p -> !byIdentifier.get(p).domain());
            DomainId domain = topDomain(i, byIdentifier).map(d -> domains.get(d).id()).orElse(synthetic);
            int depth = depth(i, byIdentifier);
            TargetKind kind = i.kind().orElse(depth == 1 ? TargetKind.GIO : depth == 2 ? TargetKind.SBO : TargetKind.TOPIC);
            targets.add(new Target(new TargetId(idOf.get(i.identifier())), versionId, domain, parent.map(p -> new TargetId(idOf.get(p))), kind,
                    i.name(), i.description(), provenance, i.effortHours(), i.tags()));
        }
        Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
        int precedes = 0;
        for (ImportedFramework.Edge e : f.precedes()) {
            if (targetOnly(e, byIdentifier)) {
                precedes += prerequisites.computeIfAbsent(new TargetId(idOf.get(e.to())), k -> new TreeSet<>()).add(new TargetId(idOf.get(e.from()))) ? 1 : 0;
            }
        }
        Map<TargetId, Set<TargetId>> related = new TreeMap<>();
        int relatedCount = 0;
        for (ImportedFramework.Edge e : f.related()) {
            if (targetOnly(e, byIdentifier)) {
                relatedCount += related.computeIfAbsent(new TargetId(idOf.get(e.from())), k -> new TreeSet<>()).add(new TargetId(idOf.get(e.to()))) ? 1 : 0;
            }
        }
        List<ImportedFramework.Skipped> skipped = new ArrayList<>(f.skipped());
        f.precedes().stream().filter(e -> !targetOnly(e, byIdentifier))
                .forEach(e -> skipped.add(new ImportedFramework.Skipped("precedes " + e.from() + " → " + e.to(), "a domain cannot be a prerequisite")));
        FrameworkVersion version = new FrameworkVersion(versionId, f.title(), VersionStatus.DRAFT, Optional.empty(), current, provenance);
        FrameworkTree tree = new FrameworkTree(version, List.copyOf(domains.values()), targets, prerequisites, related, List.of());
        List<GraphProblem> problems = tree.problems(Optional.empty());
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems.size() + " fault(s) in the framework the package describes; nothing was imported.",
                    problems.stream().map(p -> new ImportFault(p.subject(), p.fault())).toList());
        }

        Instant now = Instant.now();
        Map<String, Object> v = imported(GraphProperties.of(version), importedBy);
        v.put("caseIdentifier", f.documentIdentifier());
        v.put("sourceFormat", f.format());
        v.put("importedAt", ZonedDateTime.ofInstant(now, ZoneOffset.UTC));
        v.put("domains", domains.values().stream().map(d -> d.id().value()).toList());
        tx.run("""
                CREATE (v:FrameworkVersion) SET v = $p
                WITH v MATCH (f:Framework {id: $f}) CREATE (f)-[:HAS_VERSION]->(v)
                WITH v OPTIONAL MATCH (s:FrameworkVersion {id: v.supersedes})
                FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (v)-[:SUPERSEDES]->(s))""",
                Map.of("p", v, "f", fw.value()));
        afterStep.accept("version");
        List<Map<String, Object>> domainRows = new ArrayList<>();
        for (Domain d : domains.values()) {
            Map<String, Object> p = imported(GraphProperties.of(d), importedBy);
            p.put("versions", List.of(versionId.value()));
            if (d.id().equals(synthetic)) {
                p.put("synthetic", true);
            }
            domainRows.add(p);
        }
        // A domain id that exists already (a reference domain, say) is shared, not rewritten: the draft lists it in `domains`.
        tx.run("""
                UNWIND $rows AS row
                MERGE (d:Domain {id: row.id}) ON CREATE SET d = row
                WITH d MATCH (f:Framework {id: d.framework}) MERGE (f)-[:HAS_DOMAIN]->(d)""", Map.of("rows", domainRows));
        Map<TargetId, String> caseIds = new HashMap<>();
        idOf.forEach((identifier, id) -> {
            if (!byIdentifier.get(identifier).domain()) {
                caseIds.put(new TargetId(id), identifier);
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        int exact = 0;
        for (Target t : targets) {
            Map<String, Object> p = imported(GraphProperties.of(t), importedBy);
            p.put("seq", rows.size());
            String identifier = caseIds.get(t.id());
            p.put("caseIdentifier", identifier);
            List<CaseMarks.ExternalLink> links = f.exactMatches().getOrDefault(identifier, List.of());
            if (!links.isEmpty()) {
                p.put("caseExactIds", links.stream().map(CaseMarks.ExternalLink::identifier).toList());
                p.put("caseExactUris", links.stream().map(CaseMarks.ExternalLink::uri).toList());
                p.put("caseExactTitles", links.stream().map(CaseMarks.ExternalLink::title).toList());
                exact += links.size();
            }
            rows.add(p);
        }
        tx.run("""
                UNWIND $rows AS row
                CREATE (t:Target) SET t = row
                WITH t MATCH (v:FrameworkVersion {id: t.version}) CREATE (v)-[:CONTAINS]->(t)
                WITH t
                OPTIONAL MATCH (p:Target {uid: t.version + '/' + t.parent})
                OPTIONAL MATCH (d:Domain {id: t.domain})
                WITH t, coalesce(p, d) AS up
                CREATE (t)-[:PART_OF]->(up)""", Map.of("rows", rows));
        List<Map<String, Object>> pre = new ArrayList<>();
        prerequisites.forEach((t, ps) -> ps.forEach(p -> pre.add(Map.of("from", GraphProperties.uid(versionId, p), "to", GraphProperties.uid(versionId, t)))));
        tx.run("UNWIND $rows AS row MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to}) CREATE (a)-[:PRECEDES]->(b)", Map.of("rows", pre));
        List<Map<String, Object>> rel = new ArrayList<>();
        related.forEach((a, bs) -> bs.forEach(b -> rel.add(Map.of("from", GraphProperties.uid(versionId, a), "to", GraphProperties.uid(versionId, b)))));
        tx.run("UNWIND $rows AS row MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to}) CREATE (a)-[:RELATED_TO]->(b)", Map.of("rows", rel));
        afterStep.accept("links");
        GraphRevision.increment(tx);
        return new ImportReport(f.format(), versionId.value(), fw.value(), credentialId.value(), newFramework, newCredential, targets.size(),
                domains.size(), precedes, relatedCount, exact, mapped, skipped, notes);
    }

    private static boolean targetOnly(ImportedFramework.Edge e, Map<String, ImportedFramework.Item> items) {
        return !items.get(e.from()).domain() && !items.get(e.to()).domain();
    }

    private static Optional<String> topDomain(ImportedFramework.Item item, Map<String, ImportedFramework.Item> items) {
        ImportedFramework.Item i = item;
        int guard = 0;
        while (i.parent().isPresent() && guard++ < items.size()) {
            i = items.get(i.parent().get());
        }
        return i.domain() && i != item ? Optional.of(i.identifier()) : Optional.empty();
    }

    private static int depth(ImportedFramework.Item item, Map<String, ImportedFramework.Item> items) {
        int depth = 1;
        ImportedFramework.Item i = item;
        while (i.parent().isPresent() && !items.get(i.parent().get()).domain() && depth <= items.size()) {
            i = items.get(i.parent().get());
            depth++;
        }
        return depth;
    }

    /** {@return a readable id: our own export's id under this framework, the publisher's code, or a slug of the statement} */
    static String proposal(FrameworkId fw, ImportedFramework.Item i) {
        String rest = i.ourId().filter(id -> id.contains(".")).map(id -> id.substring(id.indexOf('.') + 1)).map(FrameworkImports::slug)
                .or(() -> i.code().map(FrameworkImports::slug))
                .filter(s -> !s.isEmpty())
                .orElseGet(() -> words(i.name().en()));
        return fw.value() + "." + (rest.isEmpty() ? "item" : rest);
    }

    /** Lowercase segments of letters and digits joined by '-', kept apart by '.' as the code had them. */
    static String slug(String code) {
        List<String> segments = new ArrayList<>();
        for (String part : code.toLowerCase(java.util.Locale.ROOT).split("\\.")) {
            String s = part.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return String.join(".", segments);
    }

    private static String words(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" +")) {
            if (w.isEmpty() || out.length() + w.length() > 40) {
                break;
            }
            out.append(out.length() == 0 ? "" : "-").append(w);
        }
        return out.toString();
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static Map<String, Object> imported(Map<String, Object> props, String importedBy) {
        Map<String, Object> p = new HashMap<>(props);
        p.put("origin", IMPORTED);
        p.put("importedBy", importedBy);
        return p;
    }

    /**
     * A draft version with what a CASE export of it needs.
     *
     * @param framework its framework
     * @param credential the framework's credential
     * @param tree its content
     * @param marks the CASE identifiers it came with
     * @param importedBy who imported it
     * @param format the format it came in
     */
    public record Draft(Framework framework, Credential credential, FrameworkTree tree, CaseMarks marks, String importedBy, String format) {
    }

    /** {@return every version that is not public (draft or in review), newest import first} */
    public List<Draft> drafts() {
        try (var session = sessions.open()) {
            return session.executeRead(tx -> {
                List<String> ids = tx.run("""
                        MATCH (v:FrameworkVersion) WHERE NOT v.status IN ['published', 'retired']
                        RETURN v.id AS id ORDER BY v.importedAt DESC, v.id""").list(r -> r.get("id").asString());
                List<Draft> out = new ArrayList<>();
                for (String id : ids) {
                    read(tx, FrameworkVersionId.of(id)).ifPresent(out::add);
                }
                return out;
            });
        }
    }

    /** {@return a version that is not public, with its content} */
    public Optional<Draft> draft(FrameworkVersionId id) {
        try (var session = sessions.open()) {
            return session.executeRead(tx -> read(tx, id));
        }
    }

    private Optional<Draft> read(TransactionContext tx, FrameworkVersionId id) {
        List<Record> found = tx.run("""
                MATCH (f:Framework)-[:HAS_VERSION]->(v:FrameworkVersion {id: $id}) WHERE NOT v.status IN ['published', 'retired']
                MATCH (c:Credential {id: f.credential})
                OPTIONAL MATCH (c)-[:REQUIRES]->(req:Credential)
                RETURN properties(v) AS v, properties(f) AS f, properties(c) AS c, collect(req.id) AS requires""", Map.of("id", id.value())).list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Record r = found.get(0);
        Map<String, Object> vp = r.get("v").asMap();
        FrameworkVersion version = GraphProperties.version(vp);
        Framework framework = GraphProperties.framework(r.get("f").asMap());
        Credential credential = GraphProperties.credential(r.get("c").asMap(), r.get("requires").asList(Value::asString), Optional.of(framework.id().value()));
        List<String> domainIds = vp.get("domains") instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of();
        List<Domain> domains = tx.run("MATCH (d:Domain) WHERE d.id IN $ids RETURN properties(d) AS d ORDER BY d.id", Map.of("ids", domainIds))
                .list(x -> GraphProperties.domain(x.get("d").asMap()));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < domainIds.size(); i++) {
            position.put(domainIds.get(i), i);
        }
        domains = domains.stream().sorted(java.util.Comparator.comparingInt(d -> position.getOrDefault(d.id().value(), 0))).toList();
        List<Record> targetRows = tx.run("""
                MATCH (:FrameworkVersion {id: $id})-[:CONTAINS]->(t:Target) RETURN properties(t) AS t ORDER BY t.seq, t.uid""",
                Map.of("id", id.value())).list();
        List<Target> targets = targetRows.stream().map(x -> GraphProperties.target(x.get("t").asMap())).toList();
        Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
        tx.run("MATCH (p:Target)-[:PRECEDES]->(t:Target {version: $id}) RETURN t.id AS t, p.id AS p", Map.of("id", id.value())).list()
                .forEach(x -> prerequisites.computeIfAbsent(new TargetId(x.get("t").asString()), k -> new TreeSet<>()).add(new TargetId(x.get("p").asString())));
        Map<TargetId, Set<TargetId>> related = new TreeMap<>();
        tx.run("MATCH (a:Target {version: $id})-[:RELATED_TO]->(b:Target) RETURN a.id AS a, b.id AS b", Map.of("id", id.value())).list()
                .forEach(x -> related.computeIfAbsent(new TargetId(x.get("a").asString()), k -> new TreeSet<>()).add(new TargetId(x.get("b").asString())));
        FrameworkTree tree = new FrameworkTree(version, domains, parentsFirst(targets), prerequisites, related, List.of());
        CaseMarks marks = marks(vp, targetRows.stream().map(x -> x.get("t").asMap()).toList(), syntheticDomains(tx));
        return Optional.of(new Draft(framework, credential, tree, marks, String.valueOf(vp.getOrDefault("importedBy", "")),
                String.valueOf(vp.getOrDefault("sourceFormat", ""))));
    }

    /** {@return the CASE identifiers stored with these versions; versions without any are left out} */
    public Map<FrameworkVersionId, CaseMarks> marks(Collection<FrameworkVersionId> versions) {
        try (var session = sessions.open()) {
            return session.executeRead(tx -> {
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
    }

    /** {@return when the loaded reference dataset was released, from its version YEAR.MONTH.PATCH; the epoch if unknown} */
    public Instant datasetRelease() {
        try (var session = sessions.open()) {
            return session.executeRead(tx -> tx.run("MATCH (d:DatasetRelease {id: 'reference'}) RETURN d.version AS v").list().stream()
                    .findFirst().map(r -> r.get("v").asString()).map(FrameworkImports::releaseDate).orElse(Instant.EPOCH));
        }
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

    /** Orders targets so that every parent comes before its children, keeping the given order otherwise. */
    private static List<Target> parentsFirst(List<Target> targets) {
        Map<TargetId, List<Target>> children = new LinkedHashMap<>();
        List<Target> roots = new ArrayList<>();
        Set<TargetId> ids = new HashSet<>();
        targets.forEach(t -> ids.add(t.id()));
        for (Target t : targets) {
            if (t.parent().filter(ids::contains).isPresent()) {
                children.computeIfAbsent(t.parent().get(), k -> new ArrayList<>()).add(t);
            } else {
                roots.add(t);
            }
        }
        List<Target> out = new ArrayList<>();
        java.util.ArrayDeque<Target> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Target t = stack.pop();
            out.add(t);
            List<Target> kids = children.getOrDefault(t.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }
}
