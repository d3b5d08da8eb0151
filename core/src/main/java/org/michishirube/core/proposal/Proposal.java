package org.michishirube.core.proposal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.revision.Operation;

/**
 * One proposal to redefine a framework, with the figures it rests on, a score to rank it among proposals of
 * its kind, and the draft operation that would act on it. The operation is a starting point: the editor may
 * change it, and the draft editor validates it like any other.
 */
public sealed interface Proposal {

    /** Orders proposals by kind, then score (highest first), then subject. */
    Comparator<Proposal> ORDER = Comparator.comparing(Proposal::kind)
            .thenComparing(Comparator.comparingDouble(Proposal::score).reversed())
            .thenComparing(Proposal::subject);

    /** {@return the kind of proposal} */
    ProposalKind kind();

    /** {@return what the proposal is about: a target id, a pair of ids, or a tag} */
    String subject();

    /** {@return the ranking score within the kind; its formula is given by each kind} */
    double score();

    /** {@return the evidence as a sentence in ja and en} */
    LocalizedText evidence();

    /** {@return the draft operation that would act on the proposal} */
    Operation suggestedOperation();

    /**
     * A target of another framework that roles need and this framework does not cover (has neither it nor a
     * target related to it). Score: the sum of the importance of the roles' needs for it.
     *
     * @param target the needed target
     * @param name its name
     * @param roles the roles needing it, ordered by id
     * @param demand the number of those roles
     * @param importanceSum the sum of their importance for it
     * @param score equals {@code importanceSum}
     * @param suggestedOperation an {@code Add} of a copy into this framework
     */
    record AddCandidate(TargetId target, LocalizedText name, List<RoleId> roles, int demand, double importanceSum,
                        double score, Operation suggestedOperation) implements Proposal {
        public AddCandidate {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(suggestedOperation, "suggestedOperation");
            roles = roles.stream().sorted().toList();
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.ADD_CANDIDATE;
        }

        @Override
        public String subject() {
            return target.value();
        }

        @Override
        public LocalizedText evidence() {
            return LocalizedText.of(
                    target + "「" + name.ja() + "」は " + demand + " 職種が必要とする(重要度合計 " + fmt(importanceSum) + ")が、この枠組みにない",
                    target + " “" + name.en() + "” is needed by " + demand + " role(s) (importance sum " + fmt(importanceSum)
                            + ") but this framework does not cover it");
        }
    }

    /**
     * An emerging area with fewer targets here than the threshold, while other frameworks have targets on it
     * or roles need such targets. Score: (importance sum of role needs on tagged targets + number of other
     * frameworks with such targets) / (1 + targets here).
     *
     * @param tag the area
     * @param targetsHere targets of this framework with the tag
     * @param targetsElsewhere targets of other frameworks with the tag
     * @param frameworksElsewhere the other frameworks with such targets, ordered by id
     * @param roleNeeds needs, of roles in scope, on targets with the tag
     * @param importanceSum the sum of the importance of those needs
     * @param score as above
     * @param suggestedOperation an {@code Add} of a new area named after the tag
     */
    record EmergingArea(EmergingTag tag, int targetsHere, int targetsElsewhere, List<FrameworkId> frameworksElsewhere,
                        int roleNeeds, double importanceSum, double score, Operation suggestedOperation) implements Proposal {
        public EmergingArea {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(suggestedOperation, "suggestedOperation");
            frameworksElsewhere = frameworksElsewhere.stream().sorted().toList();
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.EMERGING_AREA;
        }

        @Override
        public String subject() {
            return tag.code();
        }

        @Override
        public LocalizedText evidence() {
            return LocalizedText.of(
                    "新しい領域「" + tag.label().ja() + "」: この枠組みに " + targetsHere + " 件、他の枠組みに " + targetsElsewhere
                            + " 件、職種の必要 " + roleNeeds + " 件(重要度合計 " + fmt(importanceSum) + ")",
                    "Emerging area “" + tag.label().en() + "”: " + targetsHere + " target(s) here, " + targetsElsewhere
                            + " in other frameworks, " + roleNeeds + " role need(s) (importance sum " + fmt(importanceSum) + ")");
        }
    }

    /**
     * Two targets whose names are nearly the same in both languages; neither contains the other. Score: the
     * mean of the two similarities.
     *
     * @param first the smaller id
     * @param second the larger id
     * @param jaSimilarity character-bigram Jaccard of the Japanese names
     * @param enSimilarity word Jaccard of the English names
     * @param score the mean of the two
     * @param suggestedOperation a {@code Merge} of the two
     */
    record NearDuplicate(TargetId first, TargetId second, double jaSimilarity, double enSimilarity, double score,
                         Operation suggestedOperation) implements Proposal {
        public NearDuplicate {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(suggestedOperation, "suggestedOperation");
            if (first.compareTo(second) >= 0) {
                throw new IllegalArgumentException("a near-duplicate pair is ordered: " + first + " < " + second);
            }
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.NEAR_DUPLICATE;
        }

        @Override
        public String subject() {
            return first + " " + second;
        }

        @Override
        public LocalizedText evidence() {
            return LocalizedText.of(first + " と " + second + " の名称が近い(日本語 " + fmt(jaSimilarity) + "、英語 " + fmt(enSimilarity) + ")",
                    first + " and " + second + " have near-identical names (ja " + fmt(jaSimilarity) + ", en " + fmt(enSimilarity) + ")");
        }
    }

    /**
     * A target that no role needs and no curriculum addresses, neither directly, nor through an area that
     * contains it, nor as a prerequisite of a target in use, nor through any of its items; listed once for
     * the largest such subtree. Score: the study hours of the subtree.
     *
     * @param target the root of the unused subtree
     * @param name its name
     * @param subtreeSize the number of targets in the subtree
     * @param subtreeHours their study hours, where known
     * @param score equals {@code subtreeHours}
     * @param suggestedOperation a {@code Retire} of the subtree
     */
    record Unused(TargetId target, LocalizedText name, int subtreeSize, int subtreeHours, double score,
                  Operation suggestedOperation) implements Proposal {
        public Unused {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(suggestedOperation, "suggestedOperation");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.UNUSED;
        }

        @Override
        public String subject() {
            return target.value();
        }

        @Override
        public LocalizedText evidence() {
            return LocalizedText.of(target + "「" + name.ja() + "」(" + subtreeSize + " 件、" + subtreeHours + " 時間)を必要とする職種もカリキュラムもない",
                    "No role needs and no curriculum addresses " + target + " “" + name.en() + "” (" + subtreeSize
                            + " target(s), " + subtreeHours + " h)");
        }
    }

    /**
     * A leaf target that fewer curricula address than the threshold share; a curriculum addressing an
     * ancestor addresses the leaf. Score: (1 − share / threshold) × (1 + importance sum), so that needed
     * targets that few curricula teach come first.
     *
     * @param target the leaf
     * @param name its name
     * @param curricula the curricula addressing it
     * @param curriculaTotal the curricula looked at
     * @param share {@code curricula / curriculaTotal}
     * @param demand the roles in scope needing it
     * @param importanceSum the sum of their importance for it
     * @param score as above
     * @param suggestedOperation a {@code Retire}; when roles need it, promoting it to curricula may be the better remedy
     */
    record RarelyTaught(TargetId target, LocalizedText name, int curricula, int curriculaTotal, double share, int demand,
                        double importanceSum, double score, Operation suggestedOperation) implements Proposal {
        public RarelyTaught {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(suggestedOperation, "suggestedOperation");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.RARELY_TAUGHT;
        }

        @Override
        public String subject() {
            return target.value();
        }

        @Override
        public LocalizedText evidence() {
            return LocalizedText.of(target + "「" + name.ja() + "」を扱うカリキュラムは " + curricula + "/" + curriculaTotal
                            + " 件、必要とする職種 " + demand + " 件",
                    target + " “" + name.en() + "” is addressed by " + curricula + " of " + curriculaTotal
                            + " curricula and needed by " + demand + " role(s)");
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
