package org.michishirube.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.michishirube.core.testing.SampleTrees.ids;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.testing.SampleTrees;

/** Diffs of hand-built version pairs, with expectations worked out from {@link SampleTrees}. */
class LineageAwareDiffTests {

    final FrameworkDiff differ = FrameworkDiff.lineageAware();

    @Test
    void theHitRevisionAddsTheDataAnalysisAreaAndAi() {
        FrameworkTree older = SampleTrees.hitPre2020();
        FrameworkTree newer = SampleTrees.hit2020();
        VersionDiff diff = differ.diff(older, newer);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "hit.it.analysis"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "hit.it.analysis.stats"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "hit.it.emerging.ai"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.RELINKED, "hit.it.analysis.stats"));
        assertThat(((Change.Added) diff.changes().get(2)).note()).contains("AI entered with the FY2020 revision (inferred)");
        Change.Relinked relinked = (Change.Relinked) diff.changes().get(3);
        assertThat(relinked.added()).containsExactly(TargetId.of("hit.it.db.sql"));
        assertThat(relinked.removed()).isEmpty();

        assertThat(diff.crosswalk().entries()).hasSize(4).allSatisfy(e -> {
            assertThat(e.mapping()).isEqualTo(Crosswalk.Mapping.UNCHANGED);
            assertThat(e.to()).containsExactly(e.from());
        });
        assertThat(diff.counts().byKind()).containsExactly(Map.entry(ChangeKind.ADDED, 3), Map.entry(ChangeKind.RELINKED, 1));
        assertThat(diff.counts().byDomain()).containsOnlyKeys(DomainId.of("hit.it"));
        assertThat(diff.counts().total()).isEqualTo(4);
        assertThat(diff.applyTo(older)).isEqualTo(FrameworkTrees.canonical(newer));
    }

    @Test
    void theSeniorRevisionSplitsReplacesAndMergesAsItsLinksSay() {
        FrameworkTree older = SampleTrees.seniorPre2017();
        FrameworkTree newer = SampleTrees.senior11();
        VersionDiff diff = differ.diff(older, newer);

        assertThat(diff.counts().byKind()).containsExactly(Map.entry(ChangeKind.ADDED, 1), Map.entry(ChangeKind.REPLACED, 4),
                Map.entry(ChangeKind.SPLIT, 1), Map.entry(ChangeKind.MERGED, 1), Map.entry(ChangeKind.RELINKED, 1));
        // The edge of the replaced requirements item goes with it; only the new item's edge is a change.
        Change.Split split = (Change.Split) diff.changes(ChangeKind.SPLIT).get(0);
        assertThat(split.before().id()).isEqualTo(TargetId.of("senior-hit.introduction"));
        assertThat(split.into()).extracting(Target::id).containsExactlyElementsOf(ids("senior-hit.gio1", "senior-hit.gio3", "senior-hit.gio4"));
        assertThat(split.note()).contains("era change");
        Change.Merged merged = (Change.Merged) diff.changes(ChangeKind.MERGED).get(0);
        assertThat(merged.from()).extracting(Target::id)
                .containsExactlyElementsOf(ids("senior-hit.operation.security", "senior-hit.operation.structure"));

        Crosswalk walk = diff.crosswalk();
        assertThat(walk.entries()).hasSize(7);
        assertThat(walk.covers(older.targetsById().keySet())).isTrue();
        assertThat(walk.entry(TargetId.of("senior-hit.introduction")).orElseThrow().mapping()).isEqualTo(Crosswalk.Mapping.SPLIT);
        assertThat(walk.successors(TargetId.of("senior-hit.operation.structure"))).containsExactlyElementsOf(ids("senior-hit.gio5.governance"));
        assertThat(walk.successors(TargetId.of("senior-hit.coordination"))).containsExactlyElementsOf(ids("senior-hit.gio2"));
        assertThat(walk.predecessors(TargetId.of("senior-hit.gio5.governance")))
                .containsExactlyElementsOf(ids("senior-hit.operation.security", "senior-hit.operation.structure"));
        assertThat(walk.entry(TargetId.of("senior-hit.introduction.planning")).orElseThrow().note()).contains("planning becomes IT planning");
        assertThat(diff.applyTo(older)).isEqualTo(FrameworkTrees.canonical(newer));
    }

    @Test
    void aTargetThatKeepsItsIdIsMovedAndModifiedNeverRetired() {
        FrameworkTree older = SampleTrees.hitPre2020();
        Target sql = older.target(TargetId.of("hit.it.db.sql")).orElseThrow();
        Target changed = new Target(sql.id(), sql.version(), DomainId.of("hit.med"), Optional.of(TargetId.of("hit.med.ethics")),
                TargetKind.TOPIC, LocalizedText.of("SQL言語", "SQL"), sql.description(), sql.provenance(), OptionalInt.of(9), Set.of("ai"));
        List<Target> targets = older.targets().stream().map(t -> t.id().equals(sql.id()) ? changed : t).toList();
        // A careless link that names a target present in both versions is ignored: id identity wins.
        FrameworkTree newer = new FrameworkTree(older.version(), older.domains(), targets, Map.of(), Map.of(),
                List.of(new LineageLink(LineageKind.RETIRED, List.of(sql.id()), List.of(), Optional.empty(), Verification.INFERRED)));

        VersionDiff diff = differ.diff(older, newer);

        assertThat(diff.changes()).hasSize(2);
        Change.Moved moved = (Change.Moved) diff.changes().get(0);
        assertThat(moved.fromParent()).contains(TargetId.of("hit.it.db"));
        assertThat(moved.toParent()).contains(TargetId.of("hit.med.ethics"));
        assertThat(moved.fromDomain()).isEqualTo(DomainId.of("hit.it"));
        assertThat(moved.toDomain()).isEqualTo(DomainId.of("hit.med"));
        Change.Modified modified = (Change.Modified) diff.changes().get(1);
        assertThat(modified.fields()).containsExactly(Change.Field.NAME_JA, Change.Field.KIND, Change.Field.EFFORT, Change.Field.TAGS);
        assertThat(diff.crosswalk().entry(sql.id()).orElseThrow().mapping()).isEqualTo(Crosswalk.Mapping.MOVED);
        assertThat(diff.counts().byDomain().get(DomainId.of("hit.med"))).containsOnlyKeys(ChangeKind.MOVED, ChangeKind.MODIFIED);
        assertThat(diff.applyTo(older)).isEqualTo(FrameworkTrees.canonical(newer));
    }

    @Test
    void aTargetMissingFromTheNewVersionWithoutALinkIsRetiredAndAnUnlinkedNewOneIsAdded() {
        FrameworkTree older = SampleTrees.hitPre2020();
        FrameworkTree newer = new FrameworkTree(older.version(), older.domains(),
                older.targets().stream().filter(t -> !t.id().value().equals("hit.med.ethics")).toList(), Map.of(), Map.of(), List.of());
        VersionDiff diff = differ.diff(older, newer);
        assertThat(diff.changes()).singleElement().isInstanceOf(Change.Retired.class);
        assertThat(diff.crosswalk().successors(TargetId.of("hit.med.ethics"))).isEmpty();
        assertThat(diff.crosswalk().entry(TargetId.of("hit.med.ethics")).orElseThrow().mapping()).isEqualTo(Crosswalk.Mapping.RETIRED);

        VersionDiff back = differ.diff(newer, older);
        assertThat(back.changes()).singleElement().isInstanceOf(Change.Added.class);
    }

    @Test
    void aVersionAgainstItselfHasNoChanges() {
        for (FrameworkTree tree : List.of(SampleTrees.hit2020(), SampleTrees.senior11())) {
            VersionDiff diff = differ.diff(tree, tree);
            assertThat(diff.isEmpty()).isTrue();
            assertThat(diff.counts().total()).isZero();
            assertThat(diff.changelog().lines("en")).isEmpty();
            assertThat(diff.changelog().markdown("en")).contains("No changes.");
            assertThat(diff.changelog().markdown("ja")).contains("変更はありません。");
        }
    }

    @Test
    void theChangelogReadsInBothLanguagesAndAsMarkdown() {
        Changelog log = differ.diff(SampleTrees.seniorPre2017(), SampleTrees.senior11()).changelog();
        assertThat(log.lines("en")).contains(
                "Split senior-hit.introduction “System introduction” into senior-hit.gio1 “Understanding facility management”, "
                        + "senior-hit.gio3 “Strategy and IT”, senior-hit.gio4 “Procurement” — era change",
                "Added senior-hit.gio5.bcp “Business continuity planning” (under senior-hit.gio5)");
        assertThat(log.lines("ja")).contains("置換: senior-hit.coordination「導入時の調整」 → senior-hit.gio2「チームのマネジメント」");
        String md = log.markdown("en");
        assertThat(md).startsWith("## Changes from senior-hit@pre-2017 to senior-hit@1.1\n")
                .contains("### Replaced (4)\n").contains("### Merged (1)\n")
                .contains("- Merged senior-hit.operation.security “Security management”, senior-hit.operation.structure");
        assertThat(md.indexOf("### Added")).isLessThan(md.indexOf("### Replaced"));
        assertThat(log.markdown("ja")).contains("### 分割 (1)").contains("### 統合 (1)");
    }

    @Test
    void applyingToAnotherVersionIsRefused() {
        VersionDiff diff = differ.diff(SampleTrees.hitPre2020(), SampleTrees.hit2020());
        assertThatThrownBy(() -> diff.applyTo(SampleTrees.hit2020())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts from hit@pre-fy2020");
    }

    @Test
    void modifiedChangesCheckTheirFields() {
        Target t = SampleTrees.hitPre2020().targets().get(0);
        assertThatThrownBy(() -> new Change.Modified(t, t)).isInstanceOf(IllegalArgumentException.class);
        Target renamed = new Target(t.id(), t.version(), t.domain(), t.parent(), t.kind(), LocalizedText.of("DB", t.name().en()),
                t.description(), t.provenance(), t.effortHours(), t.tags());
        assertThatThrownBy(() -> new Change.Modified(t.id(), Set.of(Change.Field.EFFORT), t, renamed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NAME_JA");
    }
}
