package org.michishirube.core.proposal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;

/**
 * When a framework's next review is due and what has accumulated for it. The review falls
 * {@code reviewCycleYears} after the current version's effective date.
 *
 * @param version the current version
 * @param due the day the next review is due, when both the cycle and the effective date are known
 * @param state whether it is due
 * @param daysUntilDue days from today to the due day, negative when overdue; empty when unknown
 * @param accumulated proposals per kind, every kind listed
 * @param explanation a sentence in ja and en
 */
public record ReviewStatus(FrameworkVersionId version, Optional<LocalDate> due, State state, OptionalLong daysUntilDue,
                           Map<ProposalKind, Integer> accumulated, LocalizedText explanation) {

    /** A review counts as due soon this many days ahead. */
    public static final int DUE_SOON_DAYS = 180;

    public ReviewStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(daysUntilDue, "daysUntilDue");
        Objects.requireNonNull(explanation, "explanation");
        accumulated = Collections.unmodifiableMap(new EnumMap<>(accumulated.isEmpty()
                ? new EnumMap<ProposalKind, Integer>(ProposalKind.class) : accumulated));
    }

    /**
     * {@return the review status of the framework's current version on a day}
     *
     * @param framework the framework, with its review cycle
     * @param current its current version, with its effective date
     * @param today the day to judge on
     * @param proposals the proposals accumulated for the version
     */
    public static ReviewStatus of(Framework framework, FrameworkVersion current, LocalDate today,
                                  Collection<? extends Proposal> proposals) {
        if (!current.framework().equals(framework.id())) {
            throw new IllegalArgumentException(current.id() + " is not a version of " + framework.id());
        }
        Map<ProposalKind, Integer> counts = new EnumMap<>(ProposalKind.class);
        for (ProposalKind k : ProposalKind.values()) {
            counts.put(k, 0);
        }
        proposals.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        int total = proposals.size();
        if (framework.reviewCycleYears().isEmpty() || current.effectiveDate().isEmpty()) {
            String missing = framework.reviewCycleYears().isEmpty() ? "review cycle" : "effective date";
            return new ReviewStatus(current.id(), Optional.empty(), State.UNKNOWN, OptionalLong.empty(), counts,
                    LocalizedText.of((missing.equals("review cycle") ? "見直し周期" : "施行日") + "が不明なため期限を計算できない(提案 " + total + " 件)",
                            "The " + missing + " is unknown, so no due date can be given (" + total + " proposal(s))"));
        }
        LocalDate due = current.effectiveDate().get().plusYears(framework.reviewCycleYears().getAsInt());
        long days = ChronoUnit.DAYS.between(today, due);
        State state = days < 0 ? State.OVERDUE : days <= DUE_SOON_DAYS ? State.DUE_SOON : State.NOT_DUE;
        LocalizedText explanation = switch (state) {
            case OVERDUE -> LocalizedText.of("見直し期限 " + due + " を " + -days + " 日過ぎている(提案 " + total + " 件)",
                    "The review was due on " + due + ", " + -days + " day(s) ago (" + total + " proposal(s))");
            case DUE_SOON, NOT_DUE -> LocalizedText.of("見直し期限は " + due + "、あと " + days + " 日(提案 " + total + " 件)",
                    "The review is due on " + due + ", in " + days + " day(s) (" + total + " proposal(s))");
            case UNKNOWN -> throw new IllegalStateException();
        };
        return new ReviewStatus(current.id(), Optional.of(due), state, OptionalLong.of(days), counts, explanation);
    }

    /** {@return the number of proposals accumulated} */
    public int total() {
        return accumulated.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether a review is due. */
    public enum State {
        /** The cycle or the effective date is unknown. */
        UNKNOWN,
        /** Due more than {@value ReviewStatus#DUE_SOON_DAYS} days ahead. */
        NOT_DUE,
        /** Due within {@value ReviewStatus#DUE_SOON_DAYS} days, today included. */
        DUE_SOON,
        /** The due day has passed. */
        OVERDUE;

        /** {@return the code as the API writes it} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
