package org.michishirube.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One eligibility condition of a credential: what a candidate must have before sitting its exam. Conditions
 * nest: {@link All} needs every part, {@link AnyOf} one alternative, so a rule is an AND/OR tree whose leaves are
 * credentials held and years of work. A credential's list of requirements is read as an {@link All}.
 */
public sealed interface Requirement {

    /**
     * {@return whether a candidate meets this condition}
     *
     * @param holds whether the candidate holds a credential
     * @param years the candidate's whole years of work of a kind (≥ 0)
     */
    boolean isMetBy(Predicate<CredentialId> holds, ToIntFunction<ExperienceKind> years);

    /** {@return every credential named anywhere in this condition, in order of appearance, without repeats} */
    default List<CredentialId> credentials() {
        Set<CredentialId> found = new LinkedHashSet<>();
        collect(this, found);
        return List.copyOf(found);
    }

    /** {@return the fewest whole years of work any way of meeting this condition asks for} (0 when none asks for years) */
    default int minimumYearsOfWork() {
        if (this instanceof Experience e) {
            return e.years();
        }
        if (this instanceof All a) {
            return a.all().stream().mapToInt(Requirement::minimumYearsOfWork).max().orElse(0);
        }
        if (this instanceof AnyOf o) {
            return o.alternatives().stream().mapToInt(Requirement::minimumYearsOfWork).min().orElse(0);
        }
        return 0;
    }

    /**
     * {@return the credentials every way of meeting this condition needs}: a credential inside only some
     * alternatives is not in it. Holding a credential implies holding these.
     */
    default Set<CredentialId> mandatoryCredentials() {
        Set<CredentialId> found = new LinkedHashSet<>();
        if (this instanceof HoldsCredential h) {
            found.add(h.credential());
        } else if (this instanceof All a) {
            a.all().forEach(r -> found.addAll(r.mandatoryCredentials()));
        } else if (this instanceof AnyOf o) {
            found.addAll(o.alternatives().get(0).mandatoryCredentials());
            o.alternatives().forEach(r -> found.retainAll(r.mandatoryCredentials()));
        }
        return Set.copyOf(found);
    }

    /**
     * {@return this condition in words, ja and en}, alternatives and groups in brackets, e.g. "hold HIT and
     * (5+ years of healthcare-IS work or (5+ years of IS work and some healthcare-IS work))"
     *
     * @param names the name of a credential
     */
    default LocalizedText describe(Function<CredentialId, LocalizedText> names) {
        if (this instanceof HoldsCredential h) {
            LocalizedText n = names.apply(h.credential());
            return LocalizedText.of(n.ja() + "の取得", "hold " + n.en());
        }
        if (this instanceof Experience e) {
            LocalizedText k = e.kind().label();
            return e.isAnyAmount() ? LocalizedText.of(k.ja() + "の経験（期間不問）", "some " + k.en() + " (any amount)")
                    : LocalizedText.of(k.ja() + e.years() + "年以上", e.years() + "+ years of " + k.en());
        }
        List<Requirement> parts = this instanceof All a ? a.all() : ((AnyOf) this).alternatives();
        String ja = this instanceof All ? "、かつ" : "、または";
        String en = this instanceof All ? " and " : " or ";
        StringJoiner j = new StringJoiner(ja);
        StringJoiner n = new StringJoiner(en);
        for (Requirement part : parts) {
            LocalizedText t = part.describe(names);
            boolean group = part instanceof All || part instanceof AnyOf;
            j.add(group ? "（" + t.ja() + "）" : t.ja());
            n.add(group ? "(" + t.en() + ")" : t.en());
        }
        return LocalizedText.of(j.toString(), n.toString());
    }

    /** {@return the conditions of a list read together as one: the list's only member, or an {@link All}} */
    static Requirement allOf(List<Requirement> requirements) {
        return requirements.size() == 1 ? requirements.get(0) : new All(requirements);
    }

    private static void collect(Requirement r, Set<CredentialId> into) {
        if (r instanceof HoldsCredential h) {
            into.add(h.credential());
        } else if (r instanceof All a) {
            a.all().forEach(x -> collect(x, into));
        } else if (r instanceof AnyOf o) {
            o.alternatives().forEach(x -> collect(x, into));
        }
    }

    /**
     * The candidate must hold another credential.
     *
     * @param credential the credential to hold
     */
    record HoldsCredential(CredentialId credential) implements Requirement {
        public HoldsCredential {
            Target.require(credential, "credential");
        }

        @Override
        public boolean isMetBy(Predicate<CredentialId> holds, ToIntFunction<ExperienceKind> years) {
            return holds.test(credential);
        }
    }

    /**
     * The candidate must have worked a number of years of a kind, or any amount of it.
     *
     * @param kind the kind of work
     * @param years how many years (≥ 1), or {@link #ANY_AMOUNT} (0) when any amount of that work will do
     */
    record Experience(ExperienceKind kind, int years) implements Requirement {

        /** The value of {@code years} that stands for "any amount of this work". */
        public static final int ANY_AMOUNT = 0;

        public Experience {
            Target.require(kind, "kind");
            if (years < 0) {
                throw new IllegalArgumentException("years of experience must be positive, or 0 for any amount");
            }
        }

        /** {@return a condition met by any amount of a kind of work} */
        public static Experience anyAmount(ExperienceKind kind) {
            return new Experience(kind, ANY_AMOUNT);
        }

        /** {@return whether any amount of the work will do} */
        public boolean isAnyAmount() {
            return years == ANY_AMOUNT;
        }

        /**
         * {@return the whole years a profile must show}: {@code years}, or 1 for any amount, since profiles count
         * work in whole years and a profile with 0 years shows none.
         */
        public int minimumYears() {
            return Math.max(years, 1);
        }

        @Override
        public boolean isMetBy(Predicate<CredentialId> holds, ToIntFunction<ExperienceKind> years) {
            return years.applyAsInt(kind) >= minimumYears();
        }
    }

    /**
     * Every part must be met.
     *
     * @param all the parts, at least one
     */
    record All(List<Requirement> all) implements Requirement {
        public All {
            all = nonEmpty(all, "all");
        }

        @Override
        public boolean isMetBy(Predicate<CredentialId> holds, ToIntFunction<ExperienceKind> years) {
            return all.stream().allMatch(r -> r.isMetBy(holds, years));
        }
    }

    /**
     * One of the alternatives must be met.
     *
     * @param alternatives the alternatives, at least one
     */
    record AnyOf(List<Requirement> alternatives) implements Requirement {
        public AnyOf {
            alternatives = nonEmpty(alternatives, "alternatives");
        }

        @Override
        public boolean isMetBy(Predicate<CredentialId> holds, ToIntFunction<ExperienceKind> years) {
            return alternatives.stream().anyMatch(r -> r.isMetBy(holds, years));
        }
    }

    private static List<Requirement> nonEmpty(List<Requirement> parts, String name) {
        Target.require(parts, name);
        List<Requirement> copy = List.copyOf(new ArrayList<>(parts));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one condition");
        }
        return copy;
    }
}
