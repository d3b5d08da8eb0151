package org.michishirube.core.planning;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.michishirube.core.model.CredentialId;

/**
 * How a credential is kept: a validity of {@code validityYears}, {@code points} earned within it, a seminar at least
 * once, and an application window each year. JAMI's rule for HIT and Senior HIT ({@link #jami()}): certified on
 * 1 November of the exam year, the first period runs to 31 March five years and five months later; a renewal is
 * certified on 1 April for five years; applications from 1 November to 31 March.
 *
 * @param validityYears years a period lasts (after the first, which starts on {@code certifiedOn} of the exam year)
 * @param points points needed within a period; surplus does not carry over
 * @param seminar whether the lifelong-learning seminar must be taken within each period
 * @param certifiedOn the day of the exam year a passer is certified
 * @param renewedOn the day a renewal takes effect, the day after a period ends
 * @param applicationOpens the first day of the window, in the last year of a period
 * @param source where the rule comes from
 */
public record RenewalRule(int validityYears, int points, boolean seminar, MonthDay certifiedOn, MonthDay renewedOn,
                          MonthDay applicationOpens, String source) {

    public RenewalRule {
        if (validityYears < 1 || points < 0 || certifiedOn == null || renewedOn == null || applicationOpens == null || source == null) {
            throw new IllegalArgumentException("a renewal rule needs a validity, points, its days and a source");
        }
    }

    /** {@return JAMI's rule for HIT and Senior HIT} */
    public static RenewalRule jami() {
        return new RenewalRule(5, 50, true, MonthDay.of(11, 1), MonthDay.of(4, 1), MonthDay.of(11, 1),
                "https://www.jami.jp/jadite/new/renew/renew1.html; https://www.jami.jp/jadite/new/renew/renew2.html");
    }

    /**
     * {@return the current period of a holder and what it still needs; empty when the holder is not certified yet today}
     *
     * @param credential the credential held
     * @param examYear the year the credential was earned
     * @param today the day to plan from
     * @param pointsSoFar points earned in the current period
     * @param seminarDone whether the seminar was taken in the current period
     */
    public Optional<Renewal> renewal(CredentialId credential, int examYear, LocalDate today, int pointsSoFar, boolean seminarDone) {
        LocalDate certified = certifiedOn.atYear(examYear);
        if (today.isBefore(certified)) {
            return Optional.empty();
        }
        // Period k (from 1) ends the day before renewedOn in examYear + validityYears·k + 1.
        int k = 1;
        LocalDate expires = renewedOn.atYear(examYear + validityYears + 1).minusDays(1);
        while (expires.isBefore(today)) {
            k++;
            expires = renewedOn.atYear(examYear + validityYears * k + 1).minusDays(1);
        }
        LocalDate start = k == 1 ? certified : renewedOn.atYear(examYear + validityYears * (k - 1) + 1);
        LocalDate opens = applicationOpens.atYear(expires.getYear() - 1);
        return Optional.of(new Renewal(credential, k, start, expires, opens, expires, points, Math.max(0, points - pointsSoFar),
                seminar && !seminarDone, source));
    }

    /**
     * The current period of a holder.
     *
     * @param credential the credential
     * @param renewal which renewal ends this period (1 for the first)
     * @param periodStart the first day of the period; points and the seminar count from it
     * @param expires the last day of the period
     * @param applicationOpens the first day to apply
     * @param applicationCloses the last day to apply
     * @param pointsNeeded points the rule asks for
     * @param pointsMissing points still to earn
     * @param seminarMissing whether the seminar is still to take
     * @param source where the rule comes from
     */
    public record Renewal(CredentialId credential, int renewal, LocalDate periodStart, LocalDate expires, LocalDate applicationOpens,
                          LocalDate applicationCloses, int pointsNeeded, int pointsMissing, boolean seminarMissing, String source) {
    }
}
