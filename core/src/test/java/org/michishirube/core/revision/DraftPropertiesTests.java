package org.michishirube.core.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.michishirube.core.diff.Change;
import org.michishirube.core.diff.ChangeKind;
import org.michishirube.core.diff.FrameworkTrees;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.testing.RandomTrees;

/**
 * Properties of drafts under random sequences of operations, valid and invalid. Seeds are fixed; a failure
 * names its seed and the step.
 */
class DraftPropertiesTests {

    static final int STEPS = 30;

    final DraftEditor editor = DraftEditor.validating();

    static Draft start(FrameworkTree base) {
        return Draft.start(base, RandomTrees.version("v2", Optional.of(base.version().id())),
                new Provenance("draft", Verification.INFERRED));
    }

    @Test
    void everyAppliedOperationKeepsTheDraftValidAndItsLineageAccountable() {
        Map<String, Integer> tally = new TreeMap<>();
        qt().withFixedSeed(20260502L).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            FrameworkTree base = RandomTrees.tree(random);
            Draft draft = start(base);
            for (int step = 0; step < STEPS; step++) {
                Operation op = RandomOperations.next(random, draft);
                Draft before = draft;
                EditOutcome outcome = editor.apply(draft, op);
                String where = "seed " + seed + " step " + step + " " + op;
                tally.merge(op.getClass().getSimpleName() + (outcome instanceof EditOutcome.Applied ? " applied" : " rejected"), 1, Integer::sum);
                if (outcome instanceof EditOutcome.Rejected r) {
                    assertThat(r.reasons()).as(where).isNotEmpty();
                    assertThat(before).as(where).isEqualTo(draft);
                    continue;
                }
                EditOutcome.Applied a = (EditOutcome.Applied) outcome;
                assertThat(a.changes()).as(where).contains(a.change());
                draft = a.draft();
                FrameworkTree tree = draft.tree();
                assertThat(tree.problems(Optional.of(base))).as(where).isEmpty();
                assertThat(Lineages.brokenRules(base, tree)).as(where).isEmpty();
                assertThat(tree).as(where).isEqualTo(FrameworkTrees.canonical(tree));
            }
            Draft last = draft;
            VersionDiff diff = FrameworkDiff.lineageAware().diff(base, last.tree());
            assertThat(diff.crosswalk().covers(base.targetsById().keySet())).as("seed %d", seed).isTrue();
            assertThat(diff.applyTo(base)).as("seed %d", seed).isEqualTo(FrameworkTrees.canonical(last.tree()));
            // The diff reads the draft's history as recorded: added and retired exactly where the lineage says so.
            assertThat(ids(diff, ChangeKind.ADDED)).as("seed %d", seed).isEqualTo(linked(last, LineageKind.ADDED));
            assertThat(ids(diff, ChangeKind.RETIRED)).as("seed %d", seed).isEqualTo(linked(last, LineageKind.RETIRED));
            diff.crosswalk().entries().forEach(e -> assertThat(last.tree().targetsById().keySet()).as("seed %d", seed)
                    .containsAll(e.to()));
        });
        System.out.println("draft operations over 150 seeds × " + STEPS + " steps: " + tally);
        assertThat(tally.keySet()).as("every kind of operation was both applied and rejected").contains(
                "Add applied", "Add rejected", "Split applied", "Merge applied", "Retire applied", "Retire rejected",
                "Move applied", "LinkPrerequisite rejected", "LinkPrerequisite applied", "Replace applied");
    }

    private static Set<String> ids(VersionDiff diff, ChangeKind kind) {
        return diff.changes(kind).stream().map(Change::subject).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> linked(Draft draft, LineageKind kind) {
        return draft.tree().lineage().stream().filter(l -> l.kind() == kind)
                .flatMap(l -> (kind == LineageKind.ADDED ? l.to() : l.from()).stream()).map(TargetId::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Random operations on a draft: mostly on its targets, some with faults. */
    static final class RandomOperations {
        static Operation next(Random random, Draft draft) {
            List<Target> targets = draft.tree().targets();
            List<Domain> domains = draft.tree().domains();
            if (targets.isEmpty()) {
                return add(random, draft, Optional.empty(), domains.get(0));
            }
            Target t = targets.get(random.nextInt(targets.size()));
            Target u = targets.get(random.nextInt(targets.size()));
            switch (random.nextInt(11)) {
                case 0:
                case 1:
                    return add(random, draft, random.nextBoolean() ? Optional.of(t.id()) : Optional.empty(),
                            random.nextInt(8) == 0 ? domains.get(random.nextInt(domains.size())) : domainOf(draft, t));
                case 2:
                    return new Operation.Reword(t.id(), Optional.of(text(random)), Optional.empty());
                case 3:
                    return new Operation.Adjust(t.id(), Optional.of(TargetKind.values()[random.nextInt(3)]),
                            OptionalInt.of(random.nextInt(12) - 1), Optional.empty());
                case 4: {
                    Domain d = domains.get(random.nextInt(domains.size()));
                    boolean top = random.nextBoolean();
                    return new Operation.Move(t.id(), top ? Optional.empty() : Optional.of(u.id()), top ? d.id() : u.domain());
                }
                case 5:
                    return new Operation.Split(t.id(), List.of(part(random), part(random)), Optional.of("split " + t.id()));
                case 6:
                    return new Operation.Replace(t.id(), part(random), Optional.empty());
                case 7:
                    return new Operation.Merge(List.of(t.id(), u.id()), part(random), Optional.of("merge"));
                case 8:
                    return new Operation.Retire(t.id(), Optional.of("retire"));
                case 9:
                    return new Operation.LinkPrerequisite(t.id(), random.nextInt(10) == 0 ? TargetId.of("g.elsewhere") : u.id());
                default: {
                    Set<TargetId> pres = draft.tree().prerequisites().getOrDefault(t.id(), Set.of());
                    TargetId p = pres.isEmpty() ? u.id() : new ArrayList<>(pres).get(random.nextInt(pres.size()));
                    return new Operation.UnlinkPrerequisite(t.id(), p);
                }
            }
        }

        static Domain domainOf(Draft draft, Target t) {
            return draft.tree().domains().stream().filter(d -> d.id().equals(t.domain())).findFirst().orElseThrow();
        }

        static Operation add(Random random, Draft draft, Optional<TargetId> parent, Domain domain) {
            return new Operation.Add(id(random, draft), parent, domain.id(), TargetKind.SBO, text(random), Optional.empty(),
                    OptionalInt.of(random.nextInt(10)), Set.of(), Optional.of("add"));
        }

        static Operation.Part part(Random random) {
            return new Operation.Part(id(random, null), text(random), Optional.empty(), OptionalInt.empty());
        }

        static String id(Random random, Draft draft) {
            int roll = random.nextInt(12);
            if (roll == 0) {
                return "F X";
            }
            if (roll == 1) {
                return "g.wrong-framework";
            }
            if (roll == 2 && draft != null && !draft.base().targets().isEmpty()) {
                return draft.base().targets().get(random.nextInt(draft.base().targets().size())).id().value();
            }
            return "f.x" + random.nextInt(100_000);
        }

        static DraftText text(Random random) {
            int n = random.nextInt(1000);
            return random.nextInt(15) == 0 ? new DraftText("名称" + n, null) : new DraftText("名称" + n, "name " + n);
        }
    }
}
