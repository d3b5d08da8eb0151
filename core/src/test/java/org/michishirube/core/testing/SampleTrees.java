package org.michishirube.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * Small hand-built version pairs modelled on the reference dataset, for tests whose expectations are worked
 * out by hand.
 * <pre>
 * hit@pre-fy2020                          hit@fy2020 (adds the data-analysis area and AI, as the dataset does)
 *   hit.it       hit.it.db  GIO             same, plus
 *                  hit.it.db.sql SBO 6h       hit.it.analysis GIO        ┐ added (verified)
 *                hit.it.emerging GIO          hit.it.analysis.stats SBO 8h ┘ needs hit.it.db.sql
 *   hit.med      hit.med.ethics GIO           hit.it.emerging.ai SBO 3h  added (inferred)
 *
 * senior-hit@pre-2017                     senior-hit@1.1
 *   introduction GIO ─ .planning, .requirements      split into gio1, gio3, gio4
 *   operation GIO ─ .structure, .security            replaced by gio5; .structure + .security merged into gio5.governance
 *   coordination GIO                                 replaced by gio2; gio5.bcp added
 * </pre>
 */
public final class SampleTrees {

    public static final Provenance SOURCE = new Provenance("test", Verification.INFERRED);

    private SampleTrees() {
    }

    public static FrameworkTree hitPre2020() {
        FrameworkVersion v = version("hit", "pre-fy2020", VersionStatus.RETIRED, Optional.empty());
        List<Target> ts = new ArrayList<>();
        ts.add(target(v, "hit.it", "hit.it.db", null, TargetKind.GIO, "データベース", "Databases", null));
        ts.add(target(v, "hit.it", "hit.it.db.sql", "hit.it.db", TargetKind.SBO, "SQL", "SQL", 6));
        ts.add(target(v, "hit.it", "hit.it.emerging", null, TargetKind.GIO, "新しい技術", "New technologies", null));
        ts.add(target(v, "hit.med", "hit.med.ethics", null, TargetKind.GIO, "医の倫理", "Medical ethics", null));
        return new FrameworkTree(v, hitDomains(), ts, Map.of(), Map.of(), List.of());
    }

    public static FrameworkTree hit2020() {
        FrameworkVersion v = version("hit", "fy2020", VersionStatus.PUBLISHED, Optional.of(FrameworkVersionId.of("hit@pre-fy2020")));
        List<Target> ts = new ArrayList<>();
        for (Target t : hitPre2020().targets()) {
            ts.add(new Target(t.id(), v.id(), t.domain(), t.parent(), t.kind(), t.name(), t.description(), t.provenance(),
                    t.effortHours(), t.tags()));
        }
        ts.add(target(v, "hit.it", "hit.it.analysis", null, TargetKind.GIO, "医療情報のデータ解析", "Healthcare data analysis", null, "data-analysis"));
        ts.add(target(v, "hit.it", "hit.it.analysis.stats", "hit.it.analysis", TargetKind.SBO, "統計の基礎", "Basic statistics", 8, "data-analysis"));
        ts.add(target(v, "hit.it", "hit.it.emerging.ai", "hit.it.emerging", TargetKind.SBO, "人工知能", "Artificial intelligence", 3, "ai"));
        Map<TargetId, Set<TargetId>> pre = new TreeMap<>();
        pre.put(TargetId.of("hit.it.analysis.stats"), new TreeSet<>(Set.of(TargetId.of("hit.it.db.sql"))));
        List<LineageLink> lineage = List.of(
                new LineageLink(LineageKind.ADDED, List.of(), ids("hit.it.analysis", "hit.it.analysis.stats"),
                        Optional.of("FY2020 revision added healthcare data analysis"), Verification.CORROBORATED),
                new LineageLink(LineageKind.ADDED, List.of(), ids("hit.it.emerging.ai"),
                        Optional.of("AI entered with the FY2020 revision (inferred)"), Verification.INFERRED));
        return new FrameworkTree(v, hitDomains(), ts, pre, Map.of(), lineage);
    }

    public static FrameworkTree seniorPre2017() {
        FrameworkVersion v = version("senior-hit", "pre-2017", VersionStatus.RETIRED, Optional.empty());
        String d = "senior-hit.mgmt";
        List<Target> ts = List.of(
                target(v, d, "senior-hit.introduction", null, TargetKind.GIO, "システム導入", "System introduction", null),
                target(v, d, "senior-hit.introduction.planning", "senior-hit.introduction", TargetKind.SBO, "導入計画", "Introduction planning", 10),
                target(v, d, "senior-hit.introduction.requirements", "senior-hit.introduction", TargetKind.SBO, "仕様の取りまとめ", "Gathering specifications", 8),
                target(v, d, "senior-hit.operation", null, TargetKind.GIO, "運用と安全管理", "Operation and safety management", null),
                target(v, d, "senior-hit.operation.structure", "senior-hit.operation", TargetKind.SBO, "運用体制の構築", "Setting up operations", 6),
                target(v, d, "senior-hit.operation.security", "senior-hit.operation", TargetKind.SBO, "セキュリティ管理", "Security management", 6, "security"),
                target(v, d, "senior-hit.coordination", null, TargetKind.GIO, "導入時の調整", "Coordination during introduction", null));
        return new FrameworkTree(v, seniorDomains(), ts, Map.of(TargetId.of("senior-hit.introduction.requirements"),
                Set.of(TargetId.of("senior-hit.introduction.planning"))), Map.of(), List.of());
    }

    public static FrameworkTree senior11() {
        FrameworkVersion v = version("senior-hit", "1.1", VersionStatus.PUBLISHED, Optional.of(FrameworkVersionId.of("senior-hit@pre-2017")));
        String d = "senior-hit.mgmt";
        List<Target> ts = List.of(
                target(v, d, "senior-hit.gio1", null, TargetKind.GIO, "施設経営の理解", "Understanding facility management", null),
                target(v, d, "senior-hit.gio1.requirements", "senior-hit.gio1", TargetKind.SBO, "要求の把握", "Eliciting requirements", 8),
                target(v, d, "senior-hit.gio2", null, TargetKind.GIO, "チームのマネジメント", "Managing teams", null),
                target(v, d, "senior-hit.gio3", null, TargetKind.GIO, "経営戦略とIT", "Strategy and IT", null),
                target(v, d, "senior-hit.gio3.it-plan", "senior-hit.gio3", TargetKind.SBO, "IT計画", "IT planning", 10),
                target(v, d, "senior-hit.gio4", null, TargetKind.GIO, "調達", "Procurement", null),
                target(v, d, "senior-hit.gio5", null, TargetKind.GIO, "セキュリティガバナンス", "Security governance", null),
                target(v, d, "senior-hit.gio5.governance", "senior-hit.gio5", TargetKind.SBO, "情報セキュリティガバナンス", "Information security governance", 12, "security"),
                target(v, d, "senior-hit.gio5.bcp", "senior-hit.gio5", TargetKind.SBO, "事業継続計画", "Business continuity planning", 6, "security"));
        List<LineageLink> lineage = List.of(
                link(LineageKind.SPLIT_INTO, ids("senior-hit.introduction"), ids("senior-hit.gio1", "senior-hit.gio3", "senior-hit.gio4"), "era change"),
                link(LineageKind.REPLACED_BY, ids("senior-hit.introduction.planning"), ids("senior-hit.gio3.it-plan"), "planning becomes IT planning"),
                link(LineageKind.REPLACED_BY, ids("senior-hit.introduction.requirements"), ids("senior-hit.gio1.requirements"), null),
                link(LineageKind.REPLACED_BY, ids("senior-hit.operation"), ids("senior-hit.gio5"), null),
                link(LineageKind.MERGED_INTO, ids("senior-hit.operation.structure", "senior-hit.operation.security"), ids("senior-hit.gio5.governance"), "organisation-wide governance"),
                link(LineageKind.REPLACED_BY, ids("senior-hit.coordination"), ids("senior-hit.gio2"), null),
                link(LineageKind.ADDED, List.of(), ids("senior-hit.gio5.bcp"), null));
        return new FrameworkTree(v, seniorDomains(), ts, Map.of(TargetId.of("senior-hit.gio1.requirements"),
                Set.of(TargetId.of("senior-hit.gio3.it-plan"))), Map.of(), lineage);
    }

    public static List<Domain> hitDomains() {
        return List.of(new Domain(DomainId.of("hit.it"), FrameworkId.of("hit"), LocalizedText.of("情報処理技術系", "Information technology")),
                new Domain(DomainId.of("hit.med"), FrameworkId.of("hit"), LocalizedText.of("医学・医療系", "Medicine and healthcare")));
    }

    static List<Domain> seniorDomains() {
        return List.of(new Domain(DomainId.of("senior-hit.mgmt"), FrameworkId.of("senior-hit"), LocalizedText.of("経営", "Management")));
    }

    public static FrameworkVersion version(String framework, String label, VersionStatus status, Optional<FrameworkVersionId> supersedes) {
        FrameworkVersionId id = FrameworkVersionId.of(FrameworkId.of(framework), label);
        return new FrameworkVersion(id, LocalizedText.of(id.value(), id.value()), status, Optional.empty(), supersedes, SOURCE);
    }

    public static List<TargetId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(TargetId::of).toList();
    }

    static LineageLink link(LineageKind kind, List<TargetId> from, List<TargetId> to, String note) {
        return new LineageLink(kind, from, to, Optional.ofNullable(note), Verification.INFERRED);
    }

    public static Target target(FrameworkVersion v, String domain, String id, String parent, TargetKind kind, String ja,
                                String en, Integer effort, String... tags) {
        return new Target(TargetId.of(id), v.id(), DomainId.of(domain), Optional.ofNullable(parent).map(TargetId::of), kind,
                LocalizedText.of(ja, en), Optional.empty(), SOURCE, effort == null ? OptionalInt.empty() : OptionalInt.of(effort),
                Set.of(tags));
    }
}
