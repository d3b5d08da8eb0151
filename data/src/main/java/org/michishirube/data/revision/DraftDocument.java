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

import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.revision.Draft;
import org.michishirube.data.graph.GraphProperties;
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

    static String write(Draft draft) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("base", tree(draft.base()));
        doc.put("tree", tree(draft.tree()));
        doc.put("source", draft.provenance().source());
        doc.put("verification", draft.provenance().verification().code());
        return JSON.writeValueAsString(doc);
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
