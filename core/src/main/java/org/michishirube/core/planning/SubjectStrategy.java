package org.michishirube.core.planning;

import java.time.LocalDate;
import java.util.List;

import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExamSitting;

/**
 * One way to pass an exam subject by subject: which subjects to sit at which sitting, after how much study.
 * Subjects already passed and still in credit are {@code banked}; they count as sittings of the strategy.
 *
 * @param kind all subjects at one sitting, or split over several
 * @param parts the sittings still to come, in order, each with the subjects sat there
 * @param banked subjects passed before, still in credit when the strategy completes
 * @param completes the day of the last part's sitting: the day the exam is passed in full
 * @param weeks weeks from today to {@code completes}, or to the end of study when that is later
 * @param hours the study hours up to the last part
 */
public record SubjectStrategy(Kind kind, List<Part> parts, List<SubjectPass> banked, LocalDate completes, int weeks, int hours) {

    /** The kinds of strategies. */
    public enum Kind {
        /** Every subject at one sitting. */
        ALL_AT_ONCE,
        /** Subjects over two or three sittings, counting sittings already passed. */
        SPLIT;

        /** {@return the lowercase, hyphenated name used in the API} */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The subjects sat at one sitting.
     *
     * @param subjects the subjects
     * @param hours the study hours for them (steps of other domains are studied with the first part)
     * @param ready the day their study is done
     * @param sitting the sitting
     */
    public record Part(List<DomainId> subjects, int hours, LocalDate ready, ExamSitting sitting) {
        public Part {
            subjects = List.copyOf(subjects);
        }
    }

    public SubjectStrategy {
        parts = List.copyOf(parts);
        banked = List.copyOf(banked);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a strategy sits at least one part");
        }
    }

    /** {@return how many sittings the strategy takes, counting the years of banked passes} */
    public int sittings() {
        return parts.size() + (int) banked.stream().mapToInt(SubjectPass::year).distinct().count();
    }
}
