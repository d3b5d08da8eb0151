package org.michishirube.data.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import java.time.Instant;

import org.michishirube.core.model.Credential;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.revision.Draft;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft as one JSON document on its {@code Draft} node: the base tree and the draft tree in the property layout of
 * {@link GraphProperties}. A document keeps the draft out of every query that reads targets, so the public never sees it.
 */
final class DraftDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DraftDocument() {
    }

    static String write(Draft draft, Optional<ImportOrigin> imported) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("base", tree(draft.base()));
        doc.put("tree", tree(draft.tree()));
        doc.put("source", draft.provenance().source());
        doc.put("verification", draft.provenance().verification().code());
        imported.ifPresent(i -> doc.put("import", origin(i)));
        return JSON.writeValueAsString(doc);
    }

    static Optional<ImportOrigin> imported(String json) {
        Map<String, Object> doc = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        return doc.get("import") == null ? Optional.empty() : Optional.of(origin(map(doc.get("import"))));
    }

    private static Map<String, Object> origin(ImportOrigin i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", i.format());
        m.put("importedBy", i.importedBy());
        m.put("importedAt", i.importedAt().toString());
        i.newFramework().ifPresent(f -> m.put("newFramework", GraphProperties.of(f)));
        // An imported credential has no eligibility rules, so its node properties say all there is of it.
        i.newCredential().ifPresent(c -> m.put("newCredential", GraphProperties.of(c, Map.of())));
        CaseMarks marks = i.marks();
        Map<String, Object> mk = new LinkedHashMap<>();
        mk.put("document", marks.document().orElse(null));
        mk.put("items", keyed(marks.items()));
        Map<String, Object> exact = new TreeMap<>();
        marks.exactMatches().forEach((t, links) -> exact.put(t.value(), links.stream()
                .map(l -> Map.of("identifier", l.identifier(), "uri", l.uri(), "title", l.title())).toList()));
        mk.put("exactMatches", exact);
        mk.put("syntheticDomains", marks.syntheticDomains().stream().map(DomainId::value).sorted().toList());
        mk.put("format", marks.format().orElse(null));
        mk.put("packageFields", marks.packageFields());
        mk.put("itemFields", keyed(marks.itemFields()));
        m.put("marks", mk);
        m.put("mapped", i.mapped().stream().map(x -> List.of(x.identifier(), x.as(), x.id(), x.label())).toList());
        m.put("skipped", i.skipped().stream().map(x -> List.of(x.what(), x.reason())).toList());
        m.put("notes", i.notes());
        return m;
    }

    private static ImportOrigin origin(Map<String, Object> m) {
        Map<String, Object> mk = map(m.get("marks"));
        Map<TargetId, List<CaseMarks.ExternalLink>> exact = new HashMap<>();
        map(mk.get("exactMatches")).forEach((t, v) -> exact.put(new TargetId(t), ((List<?>) v).stream().map(o -> {
            Map<String, Object> l = map(o);
            return new CaseMarks.ExternalLink((String) l.get("identifier"), (String) l.get("uri"), (String) l.get("title"));
        }).toList()));
        Instant at = Instant.parse((String) m.get("importedAt"));
        CaseMarks marks = new CaseMarks(Optional.ofNullable((String) mk.get("document")), targets(mk.get("items")), exact,
                ((List<?>) mk.get("syntheticDomains")).stream().map(d -> new DomainId((String) d)).collect(java.util.stream.Collectors.toSet()),
                Optional.of(at), Optional.ofNullable((String) mk.get("format")), (String) mk.get("packageFields"), targets(mk.get("itemFields")));
        Optional<Framework> fw = Optional.ofNullable(m.get("newFramework")).map(f -> GraphProperties.framework(map(f)));
        Optional<Credential> credential = Optional.ofNullable(m.get("newCredential"))
                .map(c -> GraphProperties.credential(map(c), List.of(), fw.map(f -> f.id().value())));
        List<ImportMapping.MappedItem> mapped = ((List<?>) m.get("mapped")).stream().map(o -> {
            List<?> x = (List<?>) o;
            return new ImportMapping.MappedItem((String) x.get(0), (String) x.get(1), (String) x.get(2), (String) x.get(3));
        }).toList();
        List<ImportedFramework.Skipped> skipped = ((List<?>) m.get("skipped")).stream().map(o -> {
            List<?> x = (List<?>) o;
            return new ImportedFramework.Skipped((String) x.get(0), (String) x.get(1));
        }).toList();
        return new ImportOrigin((String) m.get("format"), (String) m.get("importedBy"), at, fw, credential, marks, mapped, skipped,
                ((List<?>) m.get("notes")).stream().map(Object::toString).toList());
    }

    private static Map<String, String> keyed(Map<TargetId, String> byTarget) {
        Map<String, String> out = new TreeMap<>();
        byTarget.forEach((k, v) -> out.put(k.value(), v));
        return out;
    }

    private static Map<TargetId, String> targets(Object o) {
        Map<TargetId, String> out = new HashMap<>();
        if (o != null) {
            map(o).forEach((k, v) -> out.put(new TargetId(k), (String) v));
        }
        return out;
    }

    static Draft read(String json) {
        Map<String, Object> doc = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        return new Draft(tree(map(doc.get("base"))), tree(map(doc.get("tree"))),
                new Provenance((String) doc.get("source"), Verification.fromCode((String) doc.get("verification"))));
    }

    private static Map<String, Object> tree(FrameworkTree t) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> version = GraphProperties.of(t.version());
        t.version().effectiveDate().ifPresent(d -> version.put("effectiveDate", d.toString()));
        m.put("version", version);
        m.put("domains", t.domains().stream().map(GraphProperties::of).toList());
        m.put("targets", t.targets().stream().map(GraphProperties::of).toList());
        m.put("prerequisites", edges(t.prerequisites()));
        m.put("related", edges(t.related()));
        List<Map<String, Object>> lineage = new ArrayList<>();
        for (LineageLink l : t.lineage()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("kind", l.kind().code());
            link.put("from", l.from().stream().map(TargetId::value).toList());
            link.put("to", l.to().stream().map(TargetId::value).toList());
            l.note().ifPresent(n -> link.put("note", n));
            link.put("verification", l.verification().code());
            lineage.add(link);
        }
        m.put("lineage", lineage);
        return m;
    }

    private static FrameworkTree tree(Map<String, Object> m) {
        Map<String, Object> version = new HashMap<>(map(m.get("version")));
        if (version.get("effectiveDate") instanceof String d) {
            version.put("effectiveDate", LocalDate.parse(d));
        }
        List<LineageLink> lineage = new ArrayList<>();
        for (Object o : (List<?>) m.get("lineage")) {
            Map<String, Object> l = map(o);
            lineage.add(new LineageLink(LineageKind.fromCode((String) l.get("kind")), ids(l.get("from")), ids(l.get("to")),
                    Optional.ofNullable((String) l.get("note")), Verification.fromCode((String) l.get("verification"))));
        }
        return new FrameworkTree(GraphProperties.version(version),
                ((List<?>) m.get("domains")).stream().map(d -> GraphProperties.domain(map(d))).toList(),
                ((List<?>) m.get("targets")).stream().map(t -> GraphProperties.target(map(t))).toList(),
                edges(m.get("prerequisites")), edges(m.get("related")), lineage);
    }

    private static Map<String, List<String>> edges(Map<TargetId, Set<TargetId>> edges) {
        Map<String, List<String>> out = new TreeMap<>();
        edges.forEach((k, v) -> out.put(k.value(), v.stream().map(TargetId::value).toList()));
        return out;
    }

    private static Map<TargetId, Set<TargetId>> edges(Object o) {
        Map<TargetId, Set<TargetId>> out = new TreeMap<>();
        map(o).forEach((k, v) -> out.put(new TargetId(k), new TreeSet<>(ids(v))));
        return out;
    }

    private static List<TargetId> ids(Object o) {
        return ((List<?>) o).stream().map(x -> new TargetId((String) x)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
