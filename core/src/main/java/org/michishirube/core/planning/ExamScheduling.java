package org.michishirube.core.planning;

import java.time.LocalDate;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;

/**
 * Puts an exam milestone on a sitting: the first one the learner can sit once ready and eligible and can still
 * apply for. Kept apart from the planner's ordering so that eligibility rules and sittings change independently.
 */
final class ExamScheduling {

    private ExamScheduling() {
    }

    /**
     * {@return the exam milestone}
     *
     * @param studied the day the study up to this exam is done
     * @param experienced the day the experience rules are met; counted on the exam day, as JAMI counts the years
     * @param heldRequired the day every required credential is held; the certificate number is asked at application
     */
    static Milestone.Exam exam(SittingCalendar calendar, CredentialId credential, int afterSteps, LocalDate today,
                               LocalDate studied, LocalDate experienced, LocalDate heldRequired) {
        LocalDate ready = later(later(studied, experienced), heldRequired);
        LocalDate sitFrom = later(studied, experienced);
        LocalDate applyOn = later(today, heldRequired);
        return calendar.first(credential, sitFrom, applyOn)
                .map(s -> new Milestone.Exam(credential, afterSteps, s.examDay(), ready, java.util.Optional.of(s)))
                .orElseGet(() -> new Milestone.Exam(credential, afterSteps, ready));
    }

    /** {@return the day a passer of this exam holds the credential: the sitting's certification, or its ready day} */
    static LocalDate certifiedFrom(Milestone.Exam exam) {
        return exam.sitting().map(ExamSitting::certifiedFrom).orElse(exam.earliest());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
