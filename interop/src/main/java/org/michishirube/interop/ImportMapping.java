package org.michishirube.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.GraphProblem;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.VersionStatus;

/**
 * Turns a framework read from an outside format into the content of a draft version: Michishirube ids for its items, the
 * tree, and, for the next version of a known framework, the lineage from the current version. Pure: the caller supplies
 * what the graph knows.
 */
public final class ImportMapping {

    private ImportMapping() {
    }

    /**
     * Where the package goes and what the graph already knows.
     *
     * @param version the draft version to create
     * @param base the framework's current version, for the next version of a known framework; empty for a new framework
     * @param earlierIds source identifiers that targets of this framework came with before → their target ids
     * @param provenance the source and verification of what the import creates
     * @param importedAt when the import happens
     */
    public record Placement(FrameworkVersionId version, Optional<FrameworkTree> base, Map<String, TargetId> earlierIds,
                            Provenance provenance, Instant importedAt) {
        public Placement {
            earlierIds = Map.copyOf(earlierIds);
        }

        FrameworkId framework() {
            return version.framework();
        }
    }

    /**
     * What the import becomes.
     *
     * @param tree the draft version's tree: status draft, superseding the base when there is one, with lineage from it
     * @param marks what an export of the version needs to give the package back
     * @param mapped each source item and what it became
     * @param skipped what the mapping left out, beyond what the reader did, with the reason
     * @param precedes prerequisite links kept
     * @param related related links kept
     * @param exactMatches external exact matches kept
     */
    public record Mapped(FrameworkTree tree, CaseMarks marks, List<MappedItem> mapped, List<ImportedFramework.Skipped> skipped,
                        int precedes, int related, int exactMatches) {
        public Mapped {
            mapped = List.copyOf(mapped);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * One source item and what it became.
     *
     * @param identifier the source's identifier
     * @param as {@code target} or {@code domain}
     * @param id the Michishirube id
     * @param label how a person knows the item: its code, else the first words of its statement
     */
    public record MappedItem(String identifier, String as, String id, String label) {
    }

    /**
     * {@return the draft content of an imported framework}
     *
     * @throws InvalidImportException when the package holds no items, or its content breaks the graph's rules (each fault
     *                                names the item by its code or statement)
     */
    public static Mapped map(ImportedFramework f, Placement p) {
        if (f.items().stream().noneMatch(i -> !i.domain())) {
            throw new InvalidImportException("The package holds no items to import; nothing was imported.",
                    List.of(ImportFault.of("/", "mapping.package-holds-no-items", "the package holds no items ({0} {1})", f.format(), f.documentIdentifier())));
        }
        FrameworkId fw = p.framework();
        FrameworkVersionId versionId = p.version();
        Map<String, ImportedFramework.Item> byIdentifier = new LinkedHashMap<>();
        f.items().forEach(i -> byIdentifier.put(i.identifier(), i));
        Set<TargetId> baseIds = p.base().map(b -> b.targetsById().keySet()).orElse(Set.of());

        // Ids: the same source identifier keeps its target; an exact match of a current target takes that target's id;
        // else our own export's id, else the publisher's code, else a slug of the statement.
        Map<String, TargetId> earlier = new HashMap<>(p.earlierIds());
        p.base().ifPresent(b -> b.targets().forEach(t -> earlier.putIfAbsent(CaseIds.item(b.version().id(), t.id()), t.id())));
        Map<String, TargetId> exactly = new HashMap<>();
        for (ImportedFramework.Succession s : f.successions()) {
            resolve(s.earlier(), earlier).filter(baseIds::contains).filter(x -> s.exact()).ifPresent(x -> exactly.putIfAbsent(s.later(), x));
        }
        Set<String> taken = new HashSet<>();
        Map<String, String> idOf = new LinkedHashMap<>();
        List<MappedItem> mapped = new ArrayList<>();
        Map<String, Domain> domains = new LinkedHashMap<>();
        boolean needsSynthetic = f.items().stream().anyMatch(i -> !i.domain() && topDomain(i, byIdentifier).isEmpty());
        DomainId synthetic = new DomainId(fw.value() + ".imported");
        if (needsSynthetic) {
            domains.put("", new Domain(synthetic, fw, f.title()));
            taken.add(synthetic.value());
        }
        for (ImportedFramework.Item i : f.items()) {
            String wanted = Optional.ofNullable(earlier.get(i.identifier())).or(() -> Optional.ofNullable(exactly.get(i.identifier())))
                    .map(TargetId::value).filter(id -> id.startsWith(fw.value() + ".")).orElseGet(() -> proposal(fw, i));
            String id = unique(wanted, taken);
            idOf.put(i.identifier(), id);
            if (i.domain()) {
                domains.put(i.identifier(), new Domain(new DomainId(id), fw, i.name()));
            }
            mapped.add(new MappedItem(i.identifier(), i.domain() ? "domain" : "target", id, label(i)));
        }
        List<Target> targets = new ArrayList<>();
        for (ImportedFramework.Item i : f.items()) {
            if (i.domain()) {
                continue;
            }
            Optional<String> parent = i.parent().filter(x -> !byIdentifier.get(x).domain());
            DomainId domain = topDomain(i, byIdentifier).map(d -> domains.get(d).id()).orElse(synthetic);
            int depth = depth(i, byIdentifier);
            TargetKind kind = i.kind().orElse(depth == 1 ? TargetKind.GIO : depth == 2 ? TargetKind.SBO : TargetKind.TOPIC);
            targets.add(new Target(new TargetId(idOf.get(i.identifier())), versionId, domain, parent.map(x -> new TargetId(idOf.get(x))), kind,
                    i.name(), i.description(), provenance(i, p.provenance()), i.effortHours(), i.tags()));
        }
        List<ImportedFramework.Skipped> skipped = new ArrayList<>();
        Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
        int precedes = 0;
        for (ImportedFramework.Edge e : f.precedes()) {
            if (targetOnly(e, byIdentifier)) {
                precedes += prerequisites.computeIfAbsent(new TargetId(idOf.get(e.to())), k -> new TreeSet<>()).add(new TargetId(idOf.get(e.from()))) ? 1 : 0;
            } else {
                skipped.add(new ImportedFramework.Skipped("precedes " + label(byIdentifier.get(e.from())) + " → " + label(byIdentifier.get(e.to())),
                        "a domain cannot be a prerequisite"));
            }
        }
        Map<TargetId, Set<TargetId>> related = new TreeMap<>();
        int relatedCount = 0;
        for (ImportedFramework.Edge e : f.related()) {
            if (targetOnly(e, byIdentifier)) {
                relatedCount += related.computeIfAbsent(new TargetId(idOf.get(e.from())), k -> new TreeSet<>()).add(new TargetId(idOf.get(e.to()))) ? 1 : 0;
            }
        }
        Set<TargetId> newIds = new LinkedHashSet<>();
        targets.forEach(t -> newIds.add(t.id()));
        // A package holds one framework, so it cannot carry links into another (MIIS → HIT): a target that lives on keeps the
        // ones the current version has, rather than losing them to a round trip through a file.
        p.base().ifPresent(b -> {
            carryOver(b.prerequisites(), b, newIds, prerequisites);
            carryOver(b.related(), b, newIds, related);
        });
        List<LineageLink> lineage = p.base().isEmpty() ? List.of()
                : lineage(f, p, earlier, idOf, baseIds, newIds, skipped, byIdentifier);
        FrameworkVersion version = new FrameworkVersion(versionId, f.title(), VersionStatus.DRAFT, Optional.empty(),
                p.base().map(b -> b.version().id()), p.provenance());
        FrameworkTree tree = new FrameworkTree(version, List.copyOf(domains.values()), targets, prerequisites, related, lineage);
        List<GraphProblem> problems = tree.problems(p.base());
        if (!problems.isEmpty()) {
            Map<String, String> labels = new HashMap<>();
            f.items().forEach(i -> labels.put(idOf.get(i.identifier()), label(i)));
            throw new InvalidImportException(problems.size() + " fault(s) in the framework the package describes; nothing was imported.",
                    problems.stream().map(x -> ImportFault.of(labels.getOrDefault(x.subject(), x.subject()), "mapping.graph-fault", "{0}", named(x.fault(), labels))).toList());
        }

        Map<TargetId, String> items = new HashMap<>();
        Map<TargetId, List<CaseMarks.ExternalLink>> exact = new HashMap<>();
        Map<TargetId, String> fields = new HashMap<>();
        int exactCount = 0;
        for (ImportedFramework.Item i : f.items()) {
            if (i.domain()) {
                continue;
            }
            TargetId id = new TargetId(idOf.get(i.identifier()));
            items.put(id, i.identifier());
            if (!"{}".equals(i.fields())) {
                fields.put(id, i.fields());
            }
            List<CaseMarks.ExternalLink> links = f.exactMatches().getOrDefault(i.identifier(), List.of());
            if (!links.isEmpty()) {
                exact.put(id, links);
                exactCount += links.size();
            }
        }
        CaseMarks marks = new CaseMarks(Optional.of(f.documentIdentifier()), items, exact, needsSynthetic ? Set.of(synthetic) : Set.of(),
                Optional.of(p.importedAt()), Optional.of(f.format()), f.packageFields(), fields);
        return new Mapped(tree, marks, mapped, skipped, precedes, relatedCount, exactCount);
    }

    /** Lineage from the current version: successions become replaced/split/merged, the rest of the old is retired, the rest of the new added. */
    private static List<LineageLink> lineage(ImportedFramework f, Placement p, Map<String, TargetId> earlier, Map<String, String> idOf,
                                             Set<TargetId> baseIds, Set<TargetId> newIds, List<ImportedFramework.Skipped> skipped,
                                             Map<String, ImportedFramework.Item> items) {
        Map<TargetId, Set<TargetId>> successors = new TreeMap<>();
        for (ImportedFramework.Succession s : f.successions()) {
            Optional<TargetId> from = resolve(s.earlier(), earlier).filter(baseIds::contains);
            String laterId = idOf.get(s.later());
            if (from.isEmpty() || laterId == null || !items.containsKey(s.later()) || items.get(s.later()).domain()) {
                if (s.exact()) {
                    continue; // an exact match of something outside the framework is kept as a match, not lost
                }
                skipped.add(new ImportedFramework.Skipped((s.exact() ? "exact match " : "replacement ") + s.earlier() + " → " + s.later(),
                        "its earlier end is not a target of " + p.base().get().version().id()));
                continue;
            }
            TargetId to = new TargetId(laterId);
            if (newIds.contains(from.get())) {
                continue; // the earlier target lives on under its own id: nothing was replaced
            }
            successors.computeIfAbsent(from.get(), k -> new TreeSet<>()).add(to);
        }
        Map<TargetId, Set<TargetId>> predecessors = new TreeMap<>();
        successors.forEach((from, tos) -> tos.forEach(t -> predecessors.computeIfAbsent(t, k -> new TreeSet<>()).add(from)));
        List<LineageLink> links = new ArrayList<>();
        Set<TargetId> linkedFrom = new HashSet<>();
        Set<TargetId> linkedTo = new HashSet<>();
        predecessors.forEach((to, froms) -> {
            if (froms.size() >= 2 && froms.stream().allMatch(x -> successors.get(x).size() == 1) && !newIds.isEmpty()) {
                links.add(new LineageLink(LineageKind.MERGED_INTO, List.copyOf(froms), List.of(to), Optional.empty(), p.provenance().verification()));
                linkedFrom.addAll(froms);
                linkedTo.add(to);
            }
        });
        successors.forEach((from, tos) -> {
            if (linkedFrom.contains(from)) {
                return;
            }
            List<TargetId> fresh = tos.stream().filter(t -> !linkedTo.contains(t)).toList();
            if (fresh.isEmpty()) {
                return;
            }
            links.add(new LineageLink(fresh.size() == 1 ? LineageKind.REPLACED_BY : LineageKind.SPLIT_INTO, List.of(from), fresh,
                    Optional.empty(), p.provenance().verification()));
            linkedFrom.add(from);
            linkedTo.addAll(fresh);
        });
        List<TargetId> retired = baseIds.stream().filter(x -> !newIds.contains(x) && !linkedFrom.contains(x)).sorted().toList();
        if (!retired.isEmpty()) {
            links.add(new LineageLink(LineageKind.RETIRED, retired, List.of(), Optional.empty(), p.provenance().verification()));
        }
        List<TargetId> added = newIds.stream().filter(x -> !baseIds.contains(x) && !linkedTo.contains(x)).sorted().toList();
        if (!added.isEmpty()) {
            links.add(new LineageLink(LineageKind.ADDED, List.of(), added, Optional.empty(), p.provenance().verification()));
        }
        return links;
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** {@return the source and verification the item states for itself (a spreadsheet row, our own export), else the package's} */
    static Provenance provenance(ImportedFramework.Item i, Provenance fallback) {
        if (!i.fields().contains("\"michishirube\"")) {
            return fallback;
        }
        var ours = JSON.readTree(i.fields()).path("extensions").path("michishirube");
        String source = ours.path("source").isString() && !ours.path("source").asString().isBlank() ? ours.path("source").asString() : fallback.source();
        org.michishirube.core.model.Verification verification = fallback.verification();
        if (ours.path("verification").isString()) {
            try {
                verification = org.michishirube.core.model.Verification.fromCode(ours.path("verification").asString());
            } catch (IllegalArgumentException e) {
                // the reader refuses unknown values; keep the package's level for anything else
            }
        }
        return new Provenance(source, verification);
    }

    private static void carryOver(Map<TargetId, Set<TargetId>> from, FrameworkTree base, Set<TargetId> kept, Map<TargetId, Set<TargetId>> into) {
        from.forEach((target, others) -> {
            if (!kept.contains(target)) {
                return;
            }
            others.stream().filter(o -> !base.ownsId(o)).forEach(o -> into.computeIfAbsent(target, k -> new TreeSet<>()).add(o));
        });
    }

    /** An identifier as given, or the last segment of a URI that names it. */
    private static Optional<TargetId> resolve(String earlier, Map<String, TargetId> known) {
        TargetId direct = known.get(earlier);
        if (direct != null) {
            return Optional.of(direct);
        }
        int slash = earlier.lastIndexOf('/');
        return slash >= 0 ? Optional.ofNullable(known.get(earlier.substring(slash + 1))) : Optional.empty();
    }

    /** {@return how a person knows an item: its code, else the first words of its statement} */
    public static String label(ImportedFramework.Item i) {
        if (i == null) {
            return "?";
        }
        if (i.code().filter(c -> !c.isBlank()).isPresent()) {
            return i.code().get();
        }
        String text = i.name().in(i.name().ja().isEmpty() ? "en" : "ja").strip();
        return "「" + (text.codePointCount(0, text.length()) > 30 ? text.substring(0, text.offsetByCodePoints(0, 30)) + "…" : text) + "」";
    }

    /** Replaces our ids in a fault with the labels people know the items by. */
    private static String named(String fault, Map<String, String> labels) {
        String out = fault;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getKey() != null && out.contains(e.getKey())) {
                out = out.replaceAll("(?<![\\w.-])" + java.util.regex.Pattern.quote(e.getKey()) + "(?![\\w-]|\\.[\\w])",
                        java.util.regex.Matcher.quoteReplacement(e.getValue()));
            }
        }
        return out;
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
        String rest = i.ourId().filter(id -> id.contains(".")).map(id -> id.substring(id.indexOf('.') + 1)).map(ImportMapping::slug)
                .or(() -> i.code().map(ImportMapping::slug))
                .filter(s -> !s.isEmpty())
                .orElseGet(() -> words(i.name().en().isEmpty() ? i.name().ja() : i.name().en()));
        // A code that already names this framework (miis.dicom.x) is our id as it is, not a code to put under it again.
        if (rest.startsWith(fw.value() + ".")) {
            return rest;
        }
        return fw.value() + "." + (rest.isEmpty() ? "item" : rest);
    }

    /** Lowercase segments of letters and digits joined by '-', kept apart by '.' as the code had them. */
    static String slug(String code) {
        List<String> segments = new ArrayList<>();
        for (String part : code.toLowerCase(Locale.ROOT).split("\\.")) {
            String s = part.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return String.join(".", segments);
    }

    private static String words(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
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
}
