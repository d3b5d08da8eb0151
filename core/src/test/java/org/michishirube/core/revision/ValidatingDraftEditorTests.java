package org.michishirube.core.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.core.testing.SampleTrees.ids;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.diff.Change;
import org.michishirube.core.diff.ChangeKind;
import org.michishirube.core.diff.Crosswalk;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.core.revision.EditOutcome.Reason;
import org.michishirube.core.testing.SampleTrees;

/** Operations on a draft of HIT, starting from {@link SampleTrees#hit2020()}. */
class ValidatingDraftEditorTests {

    static final TargetId SQL = TargetId.of("hit.it.db.sql");
    static final TargetId STATS = TargetId.of("hit.it.analysis.stats");
    static final TargetId DB = TargetId.of("hit.it.db");
    static final DomainId IT = DomainId.of("hit.it");
    static final DomainId MED = DomainId.of("hit.med");

    final DraftEditor editor = DraftEditor.validating();
    final FrameworkTree base = SampleTrees.hit2020();
    final Draft start = Draft.start(base, SampleTrees.version("hit", "fy2026", VersionStatus.DRAFT,
            Optional.of(FrameworkVersionId.of("hit@fy2020"))), new Provenance("draft fy2026", Verification.INFERRED));

    static Operation.Add add(String id, Optional<TargetId> parent, DomainId domain, DraftText name) {
        return new Operation.Add(id, parent, domain, TargetKind.SBO, name, Optional.empty(), OptionalInt.of(4), Set.of(),
                Optional.of("why " + id));
    }

    static DraftText text(String ja, String en) {
        return new DraftText(ja, en);
    }

    Draft applied(Draft draft, Operation op) {
        EditOutcome outcome = editor.apply(draft, op);
        assertThat(outcome).as("%s", outcome).isInstanceOf(EditOutcome.Applied.class);
        Draft next = ((EditOutcome.Applied) outcome).draft();
        assertThat(next.tree().problems(Optional.of(base))).isEmpty();
        assertThat(Lineages.brokenRules(base, next.tree())).isEmpty();
        return next;
    }

    EditOutcome.Rejected rejected(Draft draft, Operation op) {
        EditOutcome outcome = editor.apply(draft, op);
        assertThat(outcome).as("%s", outcome).isInstanceOf(EditOutcome.Rejected.class);
        return (EditOutcome.Rejected) outcome;
    }

    @Test
    void addingATargetRecordsAnAddedLink() {
        EditOutcome outcome = editor.apply(start, add("hit.it.db.nosql", Optional.of(DB), IT, text("NoSQL", "NoSQL")));
        EditOutcome.Applied a = (EditOutcome.Applied) outcome;
        assertThat(a.change()).isInstanceOf(Change.Added.class);
        assertThat(a.changes()).containsExactly(a.change());
        assertThat(a.draft().tree().lineage()).containsExactly(new LineageLink(LineageKind.ADDED, List.of(),
                ids("hit.it.db.nosql"), Optional.of("why hit.it.db.nosql"), Verification.INFERRED));
        assertThat(a.draft().tree().target(TargetId.of("hit.it.db.nosql")).orElseThrow().provenance().source()).isEqualTo("draft fy2026");
    }

    @Test
    void aBadAddIsRejectedWithEveryReasonAndItsEvidence() {
        EditOutcome.Rejected r = rejected(start, add("hit.it.db", Optional.of(TargetId.of("hit.nope")), DomainId.of("hit.sys"),
                text("重複", " ")));
        assertThat(r.reasons()).extracting(EditOutcome.Rejection::reason)
                .containsExactly(Reason.DUPLICATE_ID, Reason.MISSING_TEXT, Reason.UNKNOWN_DOMAIN, Reason.UNKNOWN_TARGET);
        assertThat(r.reasons().get(1).evidence()).containsExactly("en");
        assertThat(r.reasons().get(3).evidence()).containsExactly("hit.nope");

        assertThat(rejected(start, add("Hit.New", Optional.empty(), IT, text("a", "a"))).reasons())
                .extracting(EditOutcome.Rejection::reason).containsExactly(Reason.MALFORMED_ID);
        assertThat(rejected(start, add("miis.new", Optional.empty(), IT, text("a", "a"))).reasons().get(0).message())
                .contains("must start with 'hit.'");
        assertThat(rejected(start, add("hit.x", Optional.of(DB), MED, text("a", "a"))).reasons())
                .extracting(EditOutcome.Rejection::reason).containsExactly(Reason.DOMAIN_MISMATCH);
    }

    @Test
    void anIdOfTheBaseIsNeverReused() {
        Draft retired = applied(start, new Operation.Retire(TargetId.of("hit.it.emerging.ai"), Optional.empty()));
        EditOutcome.Rejected r = rejected(retired, add("hit.it.emerging.ai", Optional.empty(), IT, text("AI", "AI")));
        assertThat(r.reasons().get(0).reason()).isEqualTo(Reason.DUPLICATE_ID);
        assertThat(r.reasons().get(0).message()).contains("never reused");
    }

    @Test
    void aPrerequisiteCycleIsRejectedWithTheCycle() {
        // stats needs sql already; sql needing stats closes the cycle.
        EditOutcome.Rejected r = rejected(start, new Operation.LinkPrerequisite(SQL, STATS));
        assertThat(r.reasons()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(Reason.PREREQUISITE_CYCLE);
            assertThat(x.evidence()).containsExactly("hit.it.analysis.stats", "hit.it.db.sql", "hit.it.analysis.stats");
            assertThat(x.message()).contains("hit.it.analysis.stats → hit.it.db.sql → hit.it.analysis.stats");
        });
        assertThat(rejected(start, new Operation.LinkPrerequisite(SQL, SQL)).has(Reason.PREREQUISITE_CYCLE)).isTrue();
        assertThat(rejected(start, new Operation.LinkPrerequisite(STATS, SQL)).has(Reason.ALREADY_LINKED)).isTrue();
        assertThat(rejected(start, new Operation.UnlinkPrerequisite(SQL, STATS)).has(Reason.NOT_LINKED)).isTrue();
    }

    @Test
    void prerequisitesInOtherFrameworksMustBeKnown() {
        TargetId qr = TargetId.of("miis.dicom.qr");
        assertThat(rejected(start, new Operation.LinkPrerequisite(SQL, qr)).has(Reason.UNKNOWN_TARGET)).isTrue();
        EditOutcome outcome = DraftEditor.validating(qr::equals).apply(start, new Operation.LinkPrerequisite(SQL, qr));
        Change.Relinked change = (Change.Relinked) ((EditOutcome.Applied) outcome).change();
        assertThat(change.added()).containsExactly(qr);
        Draft unlinked = applied(((EditOutcome.Applied) outcome).draft(), new Operation.UnlinkPrerequisite(SQL, qr));
        assertThat(unlinked.tree().prerequisites()).doesNotContainKey(SQL);
    }

    @Test
    void retiringAReferencedTargetIsRejectedAndAnAreaRetiresWithItsItems() {
        EditOutcome.Rejected r = rejected(start, new Operation.Retire(SQL, Optional.empty()));
        assertThat(r.reasons()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(Reason.STILL_REFERENCED);
            assertThat(x.evidence()).containsExactly("hit.it.analysis.stats needs hit.it.db.sql");
        });
        Draft d = applied(start, new Operation.Retire(TargetId.of("hit.it.analysis"), Optional.of("folded into statistics")));
        assertThat(d.tree().targetsById()).doesNotContainKeys(TargetId.of("hit.it.analysis"), STATS);
        assertThat(d.tree().lineage()).containsExactly(new LineageLink(LineageKind.RETIRED,
                ids("hit.it.analysis", "hit.it.analysis.stats"), List.of(), Optional.of("folded into statistics"), Verification.INFERRED));
        assertThat(applied(d, new Operation.Retire(SQL, Optional.empty())).tree().lineage()).hasSize(2);
    }

    @Test
    void aSplitCarriesEdgesToEveryPartAndRecordsSplitInto() {
        Operation split = new Operation.Split(SQL, List.of(Operation.Part.of("hit.it.db.sql-query", "SQLの問合せ", "SQL queries"),
                Operation.Part.of("hit.it.db.sql-ddl", "データ定義", "Data definition")), Optional.of("too broad"));
        EditOutcome.Applied a = (EditOutcome.Applied) editor.apply(start, split);
        Draft d = a.draft();
        assertThat(a.change()).isInstanceOf(Change.Split.class);
        assertThat(a.changes()).extracting(Change::kind).containsExactly(ChangeKind.SPLIT, ChangeKind.RELINKED);
        assertThat(d.tree().prerequisites().get(STATS)).containsExactlyElementsOf(ids("hit.it.db.sql-ddl", "hit.it.db.sql-query"));
        assertThat(d.tree().target(TargetId.of("hit.it.db.sql-ddl")).orElseThrow().parent()).contains(DB);
        assertThat(d.tree().lineage()).containsExactly(new LineageLink(LineageKind.SPLIT_INTO, ids("hit.it.db.sql"),
                ids("hit.it.db.sql-ddl", "hit.it.db.sql-query"), Optional.of("too broad"), Verification.INFERRED));
        assertThat(rejected(start, new Operation.Split(SQL, List.of(Operation.Part.of("hit.a", "a", "a")), Optional.empty()))
                .has(Reason.TOO_FEW_TARGETS)).isTrue();

        // Retiring one part leaves a one-to-one mapping: the lineage now says replaced-by, keeping the note.
        Draft d2 = applied(applied(d, new Operation.UnlinkPrerequisite(STATS, TargetId.of("hit.it.db.sql-ddl"))),
                new Operation.Retire(TargetId.of("hit.it.db.sql-ddl"), Optional.empty()));
        assertThat(d2.tree().lineage()).containsExactly(new LineageLink(LineageKind.REPLACED_BY, ids("hit.it.db.sql"),
                ids("hit.it.db.sql-query"), Optional.of("too broad"), Verification.INFERRED));
    }

    @Test
    void aMergeThenASplitIsRecordedAsTwoSplits() {
        Operation merge = new Operation.Merge(List.of(TargetId.of("hit.it.emerging.ai"), STATS),
                Operation.Part.of("hit.it.analysis.ai-stats", "AIと統計", "AI and statistics"), Optional.of("overlap"));
        EditOutcome.Applied a = (EditOutcome.Applied) editor.apply(start, merge);
        Draft merged = a.draft();
        Change.Merged change = (Change.Merged) a.change();
        assertThat(change.into().effortHours()).hasValue(11);
        assertThat(change.into().tags()).containsExactlyInAnyOrder("ai", "data-analysis");
        assertThat(change.into().parent()).contains(TargetId.of("hit.it.emerging"));
        assertThat(merged.tree().prerequisites().get(TargetId.of("hit.it.analysis.ai-stats"))).containsExactly(SQL);
        assertThat(merged.tree().lineage()).singleElement().satisfies(l -> assertThat(l.kind()).isEqualTo(LineageKind.MERGED_INTO));
        assertThat(Lineages.brokenRules(base, merged.tree())).isEmpty();

        Draft split = applied(merged, new Operation.Split(TargetId.of("hit.it.analysis.ai-stats"),
                List.of(Operation.Part.of("hit.it.analysis.ml", "機械学習", "Machine learning"),
                        Operation.Part.of("hit.it.analysis.inference", "推測統計", "Inferential statistics")), Optional.empty()));
        assertThat(split.tree().lineage()).extracting(LineageLink::kind).containsExactly(LineageKind.SPLIT_INTO, LineageKind.SPLIT_INTO);
        assertThat(split.tree().lineage()).allSatisfy(l -> assertThat(l.note()).contains("overlap"));

        assertThat(rejected(start, new Operation.Merge(List.of(DB, SQL), Operation.Part.of("hit.it.x", "x", "x"), Optional.empty()))
                .has(Reason.NESTED_TARGETS)).isTrue();
        assertThat(rejected(start, new Operation.Merge(List.of(SQL, SQL), Operation.Part.of("hit.it.x", "x", "x"), Optional.empty()))
                .has(Reason.TOO_FEW_TARGETS)).isTrue();
    }

    @Test
    void aMergeThatClosesACycleIsRejected() {
        // sql ← stats; merging sql with a target that needs stats would make the merged target need itself through stats.
        Draft d = applied(start, new Operation.LinkPrerequisite(TargetId.of("hit.med.ethics"), STATS));
        EditOutcome.Rejected r = rejected(d, new Operation.Merge(List.of(SQL, TargetId.of("hit.med.ethics")),
                Operation.Part.of("hit.it.db.sql-ethics", "x", "x"), Optional.empty()));
        assertThat(r.has(Reason.PREREQUISITE_CYCLE)).isTrue();
        assertThat(r.reasons().get(0).evidence()).contains("hit.it.db.sql-ethics", "hit.it.analysis.stats");
    }

    @Test
    void splittingAnAddedTargetAddsItsParts() {
        Draft d = applied(start, add("hit.it.db.nosql", Optional.of(DB), IT, text("NoSQL", "NoSQL")));
        Draft s = applied(d, new Operation.Split(TargetId.of("hit.it.db.nosql"), List.of(Operation.Part.of("hit.it.db.kv", "KVS", "Key-value stores"),
                Operation.Part.of("hit.it.db.doc", "文書DB", "Document stores")), Optional.empty()));
        assertThat(s.tree().lineage()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineageKind.ADDED);
            assertThat(l.to()).containsExactlyElementsOf(ids("hit.it.db.doc", "hit.it.db.kv"));
            assertThat(l.note()).contains("why hit.it.db.nosql");
        });
        Draft r = applied(applied(s, new Operation.Retire(TargetId.of("hit.it.db.kv"), Optional.empty())),
                new Operation.Retire(TargetId.of("hit.it.db.doc"), Optional.empty()));
        assertThat(r.tree().lineage()).isEmpty();
    }

    @Test
    void movesKeepTheTreeATreeAndCarryDescendantsIntoTheDomain() {
        EditOutcome.Rejected r = rejected(start, new Operation.Move(DB, Optional.of(SQL), IT));
        assertThat(r.reasons()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(Reason.TREE_CYCLE);
            assertThat(x.evidence()).containsExactly("hit.it.db.sql", "hit.it.db");
        });
        EditOutcome.Applied a = (EditOutcome.Applied) editor.apply(start, new Operation.Move(DB, Optional.empty(), MED));
        assertThat(a.change()).isInstanceOf(Change.Moved.class);
        assertThat(a.changes()).extracting(Change::subject).containsExactly("hit.it.db", "hit.it.db.sql");
        assertThat(a.draft().tree().target(SQL).orElseThrow().domain()).isEqualTo(MED);
        assertThat(rejected(a.draft(), new Operation.Move(DB, Optional.empty(), MED)).has(Reason.NO_CHANGE)).isTrue();
    }

    @Test
    void rewordAndAdjustChangeOnlyWhatTheyName() {
        EditOutcome.Applied a = (EditOutcome.Applied) editor.apply(start,
                new Operation.Reword(SQL, Optional.of(text("SQL入門", "SQL")), Optional.empty()));
        assertThat(((Change.Modified) a.change()).fields()).containsExactly(Change.Field.NAME_JA);
        assertThat(rejected(a.draft(), new Operation.Reword(SQL, Optional.of(text("SQL入門", "SQL")), Optional.empty()))
                .has(Reason.NO_CHANGE)).isTrue();
        assertThat(rejected(start, new Operation.Reword(SQL, Optional.of(text("", "SQL")), Optional.empty())).has(Reason.MISSING_TEXT)).isTrue();
        EditOutcome.Applied b = (EditOutcome.Applied) editor.apply(start,
                new Operation.Adjust(SQL, Optional.of(TargetKind.TOPIC), OptionalInt.of(10), Optional.empty()));
        assertThat(((Change.Modified) b.change()).fields()).containsExactly(Change.Field.KIND, Change.Field.EFFORT);
        assertThat(rejected(start, new Operation.Adjust(SQL, Optional.empty(), OptionalInt.of(-1), Optional.empty()))
                .has(Reason.NEGATIVE_EFFORT)).isTrue();
    }

    @Test
    void rewordSetsWordingSourceAndLevelInOneStep() {
        String official = "https://example.org/official/hit-sbo.pdf#p3";
        EditOutcome.Applied a = (EditOutcome.Applied) editor.apply(start, new Operation.Reword(SQL,
                Optional.of(text("SQLを用いてデータを問い合わせできる", "Can query data with SQL")), Optional.empty(),
                Optional.of(official), Optional.of(Verification.SECONDARY)));
        assertThat(((Change.Modified) a.change()).fields())
                .containsExactlyInAnyOrder(Change.Field.NAME_JA, Change.Field.NAME_EN, Change.Field.PROVENANCE);
        assertThat(a.draft().tree().target(SQL).orElseThrow().provenance()).isEqualTo(new Provenance(official, Verification.SECONDARY));
        // Provenance alone is a change too; the same provenance again is none; a blank source is refused.
        Draft d = a.draft();
        assertThat(rejected(d, new Operation.Reword(SQL, Optional.empty(), Optional.empty(), Optional.of(official),
                Optional.of(Verification.SECONDARY))).has(Reason.NO_CHANGE)).isTrue();
        assertThat(rejected(start, new Operation.Reword(SQL, Optional.empty(), Optional.empty(), Optional.of(" "),
                Optional.empty())).has(Reason.MISSING_TEXT)).isTrue();
        EditOutcome.Applied levelOnly = (EditOutcome.Applied) editor.apply(d, new Operation.Reword(SQL, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Verification.INFERRED)));
        assertThat(((Change.Modified) levelOnly.change()).fields()).containsExactly(Change.Field.PROVENANCE);
        assertThat(levelOnly.draft().tree().target(SQL).orElseThrow().provenance().source()).isEqualTo(official);
    }

    @Test
    void aPublishedDraftCarriesItsHistoryIntoTheDiff() {
        Draft d = applied(start, new Operation.Split(SQL, List.of(Operation.Part.of("hit.it.db.sql-query", "問合せ", "Queries"),
                Operation.Part.of("hit.it.db.sql-ddl", "データ定義", "Data definition")), Optional.empty()));
        d = applied(d, new Operation.Merge(List.of(TargetId.of("hit.it.emerging.ai"), TargetId.of("hit.med.ethics")),
                Operation.Part.of("hit.it.emerging.ai-ethics", "AI倫理", "AI ethics"), Optional.of("AI ethics")));
        d = applied(d, add("hit.it.db.nosql", Optional.of(DB), IT, text("NoSQL", "NoSQL")));
        d = applied(d, new Operation.Replace(TargetId.of("hit.it.db"), Operation.Part.of("hit.it.data", "データ管理", "Data management"),
                Optional.of("renamed area")));
        FrameworkTree published = d.published(LocalDate.of(2026, 4, 1));
        assertThat(published.version().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.version().effectiveDate()).contains(LocalDate.of(2026, 4, 1));

        VersionDiff diff = FrameworkDiff.lineageAware().diff(base, published);
        assertThat(diff.counts().count(ChangeKind.SPLIT)).isEqualTo(1);
        assertThat(diff.counts().count(ChangeKind.MERGED)).isEqualTo(1);
        assertThat(diff.counts().count(ChangeKind.REPLACED)).isEqualTo(1);
        assertThat(diff.counts().count(ChangeKind.ADDED)).isEqualTo(1);
        assertThat(diff.counts().count(ChangeKind.RETIRED)).isZero();
        assertThat(diff.crosswalk().entry(TargetId.of("hit.med.ethics")).orElseThrow().mapping()).isEqualTo(Crosswalk.Mapping.MERGED);
        assertThat(diff.crosswalk().successors(TargetId.of("hit.it.db"))).containsExactlyElementsOf(ids("hit.it.data"));
        assertThat(published.target(TargetId.of("hit.it.db.sql-query")).orElseThrow().parent()).contains(TargetId.of("hit.it.data"));
        assertThat(diff.applyTo(base)).isEqualTo(org.michishirube.core.diff.FrameworkTrees.canonical(published));
    }
}
