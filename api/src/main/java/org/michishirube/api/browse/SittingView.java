package org.michishirube.api.browse;

import java.time.LocalDate;
import java.util.List;

import org.michishirube.core.model.ExamSitting;

/**
 * One exam sitting as the API shows it: the day a plan sits it and the last day to apply (those of its first
 * stage), every stage, whether it is projected, and where the dates come from.
 *
 * @param credential the credential examined
 * @param year the exam year
 * @param examDay the first exam day of the first stage
 * @param applicationCloses the last day to apply for the first stage
 * @param projected whether the dates are projected from the pattern of past sittings
 * @param cancelled whether it was cancelled
 * @param stages every stage in order
 * @param source where the exam day comes from
 * @param verification {@code verified}, {@code secondary} or {@code inferred}, of the exam day
 * @param note which other dates are inferred
 */
public record SittingView(String credential, int year, LocalDate examDay, LocalDate applicationCloses, boolean projected,
                          boolean cancelled, List<StageView> stages, String source, String verification, String note) {

    /**
     * One stage.
     *
     * @param stage {@code exam}, {@code first} or {@code second}
     * @param examDays its exam days
     * @param applicationOpens the first day to apply, when known
     * @param applicationCloses the last day to apply
     * @param resultDay the result day, when known
     */
    public record StageView(String stage, List<LocalDate> examDays, LocalDate applicationOpens, LocalDate applicationCloses,
                            LocalDate resultDay) {
    }

    /** {@return the view of a sitting} */
    public static SittingView of(ExamSitting s) {
        return new SittingView(s.credential().value(), s.year(), s.examDay(), s.applicationCloses(), s.projected(), s.cancelled(),
                s.stages().stream().map(st -> new StageView(st.stage(), st.examDays(), st.applicationOpens().orElse(null),
                        st.applicationCloses(), st.resultDay().orElse(null))).toList(),
                s.provenance().source(), s.provenance().verification().code(), s.note().orElse(null));
    }
}
