package org.michishirube.core.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One sitting of a credential's exam in one year: its stages in order, each with exam day(s), application window
 * and result day. A sitting the exam body has not announced yet is {@code projected} from the pattern of past ones.
 *
 * @param credential the credential examined
 * @param year the exam year
 * @param stages the stages in order ({@code exam}, or {@code first} then {@code second}); at least one
 * @param projected whether the dates are projected from the pattern rather than announced
 * @param cancelled whether the sitting was cancelled (2020 for HIT)
 * @param provenance source and verification level of the exam day(s)
 * @param note which dates are inferred, and other remarks
 */
public record ExamSitting(CredentialId credential, int year, List<Stage> stages, boolean projected, boolean cancelled,
                          Provenance provenance, Optional<String> note) {

    public ExamSitting {
        Target.require(credential, "credential");
        Target.require(provenance, "provenance");
        Target.require(note, "note");
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a sitting of " + credential + " in " + year + " has no stage");
        }
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).examDays().get(0).isBefore(stages.get(i - 1).lastExamDay())) {
                throw new IllegalArgumentException("stage " + stages.get(i).stage() + " of " + credential + " in " + year
                        + " comes before the stage it follows");
            }
        }
    }

    /** {@return the first day of the first stage: the day a plan sits the exam} */
    public LocalDate examDay() {
        return stages.get(0).examDays().get(0);
    }

    /** {@return the last day to apply for the first stage} */
    public LocalDate applicationCloses() {
        return stages.get(0).applicationCloses();
    }

    /**
     * {@return the day a passer holds the credential: the last stage's result day, or its last exam day when no
     * result day is known}
     */
    public LocalDate certifiedFrom() {
        Stage last = stages.get(stages.size() - 1);
        return last.resultDay().orElse(last.lastExamDay());
    }

    /** Orders sittings by their first exam day, then credential. */
    public static final Comparator<ExamSitting> BY_EXAM_DAY =
            Comparator.comparing(ExamSitting::examDay).thenComparing(s -> s.credential().value());

    /**
     * One stage of a sitting.
     *
     * @param stage {@code exam}, or {@code first}/{@code second} for a two-stage exam
     * @param examDays the exam day(s), ascending; at least one
     * @param applicationOpens the first day to apply, when known
     * @param applicationCloses the last day to apply
     * @param resultDay the day results are announced, when known
     */
    public record Stage(String stage, List<LocalDate> examDays, Optional<LocalDate> applicationOpens, LocalDate applicationCloses,
                        Optional<LocalDate> resultDay) {

        public Stage {
            Target.require(stage, "stage");
            Target.require(applicationOpens, "applicationOpens");
            Target.require(applicationCloses, "applicationCloses");
            Target.require(resultDay, "resultDay");
            examDays = List.copyOf(examDays);
            if (examDays.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage + " has no exam day");
            }
            for (int i = 1; i < examDays.size(); i++) {
                if (!examDays.get(i).isAfter(examDays.get(i - 1))) {
                    throw new IllegalArgumentException("the exam days of stage " + stage + " are not ascending");
                }
            }
            if (applicationOpens.filter(o -> o.isAfter(applicationCloses)).isPresent()) {
                throw new IllegalArgumentException("the application window of stage " + stage + " closes before it opens");
            }
            if (applicationCloses.isAfter(examDays.get(0))) {
                throw new IllegalArgumentException("applications for stage " + stage + " close after its exam day");
            }
            LocalDate last = examDays.get(examDays.size() - 1);
            if (resultDay.filter(r -> r.isBefore(last)).isPresent()) {
                throw new IllegalArgumentException("the result day of stage " + stage + " comes before its exam");
            }
        }

        /** {@return the last exam day of this stage} */
        public LocalDate lastExamDay() {
            return examDays.get(examDays.size() - 1);
        }
    }
}
