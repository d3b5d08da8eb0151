package org.michishirube.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;

/**
 * Seeded generator of framework trees and of revisions of them, for diff and draft properties. A tree has
 * one or two domains {@code f.d0}, GIO → SBO → topic targets ({@code f.d0.g1.s0.t1}), acyclic prerequisites
 * (from a target to earlier ones), a few related links and names drawn from a small vocabulary, so that
 * names repeat. A revision drops, rewords, moves and adds targets and records random lineage, not always
 * consistent, so that the diff is tested on what a careless steward might publish too.
 */
public final class RandomTrees {

    public static final Provenance SOURCE = new Provenance("generated", Verification.INFERRED);
    static final String[] JA = {"医療", "情報", "システム", "安全", "管理", "画像", "通信", "倫理", "データ", "解析", "標準", "連携"};
    static final String[] EN = {"medical", "information", "systems", "safety", "management", "imaging", "networks",
        "ethics", "data", "analysis", "standards", "sharing"};
    static final String[] TAGS = {"ai", "security", "data-analysis", "regional-sharing", "non-radiology-imaging"};

    private RandomTrees() {
    }

    /** {@return a version id of framework {@code f}} */
    public static FrameworkVersion version(String label, Optional<FrameworkVersionId> supersedes) {
        FrameworkVersionId id = FrameworkVersionId.of(FrameworkId.of("f"), label);
        return new FrameworkVersion(id, LocalizedText.of(id.value(), id.value()), VersionStatus.PUBLISHED, Optional.empty(),
                supersedes, SOURCE);
    }

    /** {@return a random tree of framework {@code f}, version {@code f@v1}} */
    public static FrameworkTree tree(Random random) {
        FrameworkVersion version = version("v1", Optional.empty());
        List<Domain> domains = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        int nd = 1 + random.nextInt(2);
        for (int d = 0; d < nd; d++) {
            DomainId did = DomainId.of("f.d" + d);
            domains.add(new Domain(did, FrameworkId.of("f"), LocalizedText.of("領域" + d, "domain " + d)));
            int gios = 1 + random.nextInt(3);
            for (int g = 0; g < gios; g++) {
                Target gio = target(random, version.id(), did, Optional.empty(), TargetKind.GIO, did.value() + ".g" + g);
                targets.add(gio);
                int sbos = random.nextInt(4);
                for (int s = 0; s < sbos; s++) {
                    Target sbo = target(random, version.id(), did, Optional.of(gio.id()), TargetKind.SBO, gio.id().value() + ".s" + s);
                    targets.add(sbo);
                    int topics = random.nextInt(3);
                    for (int t = 0; t < topics; t++) {
                        targets.add(target(random, version.id(), did, Optional.of(sbo.id()), TargetKind.TOPIC, sbo.id().value() + ".t" + t));
                    }
                }
            }
        }
        Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
        Map<TargetId, Set<TargetId>> related = new TreeMap<>();
        for (int j = 1; j < targets.size(); j++) {
            int edges = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
            for (int e = 0; e < edges; e++) {
                prerequisites.computeIfAbsent(targets.get(j).id(), k -> new TreeSet<>()).add(targets.get(random.nextInt(j)).id());
            }
            if (random.nextInt(8) == 0) {
                related.computeIfAbsent(targets.get(j).id(), k -> new TreeSet<>()).add(targets.get(random.nextInt(j)).id());
            }
        }
        return new FrameworkTree(version, domains, targets, prerequisites, related, List.of());
    }

    /** {@return a random revision of {@code older} as {@code f@v2}, with random lineage} */
    public static FrameworkTree revise(Random random, FrameworkTree older) {
        FrameworkVersion version = version("v2", Optional.of(older.version().id()));
        List<Domain> domains = new ArrayList<>(older.domains());
        if (random.nextInt(5) == 0) {
            Domain d = domains.get(0);
            domains.set(0, new Domain(d.id(), d.framework(), LocalizedText.of(d.name().ja() + "改", d.name().en() + " revised")));
        }
        if (random.nextInt(6) == 0) {
            domains.add(new Domain(DomainId.of("f.d9"), FrameworkId.of("f"), LocalizedText.of("新領域", "new domain")));
        }
        Map<TargetId, Target> kept = new TreeMap<>();
        List<TargetId> dropped = new ArrayList<>();
        for (Target t : older.targets()) {
            int roll = random.nextInt(20);
            if (roll < 3) {
                dropped.add(t.id());
                continue;
            }
            Target n = new Target(t.id(), version.id(), t.domain(), t.parent(), t.kind(), t.name(), t.description(),
                    t.provenance(), t.effortHours(), t.tags());
            if (roll == 3 || roll == 4) {
                n = reword(random, n);
            }
            if (roll == 5) {
                Domain d = domains.get(random.nextInt(domains.size()));
                n = new Target(n.id(), n.version(), d.id(), Optional.empty(), n.kind(), n.name(), n.description(),
                        n.provenance(), n.effortHours(), n.tags());
            }
            if (roll == 6) {
                n = new Target(n.id(), n.version(), n.domain(), n.parent(), TargetKind.values()[random.nextInt(3)], n.name(),
                        n.description(), new Provenance("revised", Verification.CORROBORATED), OptionalInt.of(random.nextInt(9)),
                        Set.of(TAGS[random.nextInt(TAGS.length)]));
            }
            kept.put(n.id(), n);
        }
        List<TargetId> fresh = new ArrayList<>();
        int news = random.nextInt(5);
        for (int i = 0; i < news; i++) {
            List<TargetId> parents = new ArrayList<>(kept.keySet());
            Optional<TargetId> parent = parents.isEmpty() || random.nextBoolean() ? Optional.empty()
                    : Optional.of(parents.get(random.nextInt(parents.size())));
            DomainId domain = parent.map(p -> kept.get(p).domain()).orElse(domains.get(0).id());
            Target n = target(random, version.id(), domain, parent, TargetKind.SBO, "f.n" + i);
            kept.put(n.id(), n);
            fresh.add(n.id());
        }
        List<LineageLink> lineage = new ArrayList<>();
        List<TargetId> spare = new ArrayList<>(fresh);
        for (int i = 0; i < dropped.size(); i++) {
            TargetId f = dropped.get(i);
            int roll = random.nextInt(6);
            if (roll == 0) {
                lineage.add(link(LineageKind.RETIRED, List.of(f), List.of()));
            } else if (roll == 1 && !spare.isEmpty()) {
                lineage.add(link(LineageKind.REPLACED_BY, List.of(f), List.of(spare.remove(0))));
            } else if (roll == 2 && spare.size() >= 2) {
                lineage.add(link(LineageKind.SPLIT_INTO, List.of(f), List.of(spare.remove(0), spare.remove(0))));
            } else if (roll == 3 && i + 1 < dropped.size() && !fresh.isEmpty()) {
                lineage.add(link(LineageKind.MERGED_INTO, List.of(f, dropped.get(++i)), List.of(fresh.get(random.nextInt(fresh.size())))));
            } else if (roll == 4 && !kept.isEmpty()) {
                // Inconsistent on purpose: a link to a target that was there before.
                lineage.add(link(LineageKind.REPLACED_BY, List.of(f), List.of(kept.keySet().iterator().next())));
            }
        }
        if (!spare.isEmpty() && random.nextBoolean()) {
            lineage.add(new LineageLink(LineageKind.ADDED, List.of(), List.of(spare.get(0)), Optional.of("new"), Verification.CORROBORATED));
        }
        Map<TargetId, Set<TargetId>> prerequisites = edges(random, older.prerequisites(), kept);
        Map<TargetId, Set<TargetId>> related = edges(random, older.related(), kept);
        return new FrameworkTree(version, domains, List.copyOf(kept.values()), prerequisites, related, lineage);
    }

    private static Map<TargetId, Set<TargetId>> edges(Random random, Map<TargetId, Set<TargetId>> old, Map<TargetId, Target> kept) {
        Map<TargetId, Set<TargetId>> edges = new TreeMap<>();
        old.forEach((k, vs) -> vs.forEach(v -> {
            if (kept.containsKey(k) && kept.containsKey(v) && random.nextInt(10) > 0) {
                edges.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
            }
        }));
        List<TargetId> ids = new ArrayList<>(kept.keySet());
        if (ids.size() >= 2 && random.nextBoolean()) {
            // Only from a larger id to a smaller one, so the edges stay acyclic.
            int i = random.nextInt(ids.size() - 1);
            int j = i + 1 + random.nextInt(ids.size() - i - 1);
            edges.computeIfAbsent(ids.get(j), x -> new TreeSet<>()).add(ids.get(i));
        }
        return edges;
    }

    private static LineageLink link(LineageKind kind, List<TargetId> from, List<TargetId> to) {
        return new LineageLink(kind, from, to, Optional.of(kind.code() + " " + from), Verification.INFERRED);
    }

    static Target reword(Random random, Target t) {
        LocalizedText name = random.nextBoolean() ? LocalizedText.of(t.name().ja() + "・改", t.name().en())
                : LocalizedText.of(t.name().ja(), t.name().en() + " (revised)");
        return new Target(t.id(), t.version(), t.domain(), t.parent(), t.kind(), name,
                random.nextBoolean() ? Optional.of(LocalizedText.of("説明", "description")) : t.description(),
                t.provenance(), t.effortHours(), t.tags());
    }

    static Target target(Random random, FrameworkVersionId version, DomainId domain, Optional<TargetId> parent,
                         TargetKind kind, String id) {
        int a = random.nextInt(JA.length);
        int b = random.nextInt(JA.length);
        LocalizedText name = LocalizedText.of(JA[a] + JA[b], EN[a] + " " + EN[b]);
        OptionalInt effort = kind == TargetKind.GIO || random.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(12));
        Set<String> tags = random.nextInt(5) == 0 ? Set.of(TAGS[random.nextInt(TAGS.length)]) : Set.of();
        return new Target(TargetId.of(id), version, domain, parent, kind, name, Optional.empty(), SOURCE, effort, tags);
    }
}
