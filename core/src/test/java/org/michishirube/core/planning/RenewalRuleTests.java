package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CredentialId;

/**
 * JAMI's renewal rule against its own examples: a 2015 passer is certified on 2015-11-01 and collects points until
 * March 2021 (five years and five months); the FY2015 renewals were certified on 2016-04-01.
 */
class RenewalRuleTests {

    static final CredentialId HIT = new CredentialId("hit");
    final RenewalRule rule = RenewalRule.jami();

    @Test
    void theFirstPeriodRunsFromTheNovemberCertificationToTheMarchFiveYearsAndFiveMonthsLater() {
        RenewalRule.Renewal r = rule.renewal(HIT, 2015, LocalDate.of(2019, 6, 1), 20, false).orElseThrow();
        assertThat(r.renewal()).isEqualTo(1);
        assertThat(r.periodStart()).isEqualTo(LocalDate.of(2015, 11, 1));
        assertThat(r.expires()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(r.applicationOpens()).isEqualTo(LocalDate.of(2020, 11, 1));
        assertThat(r.applicationCloses()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(r.pointsMissing()).isEqualTo(30);
        assertThat(r.seminarMissing()).isTrue();
    }

    @Test
    void laterPeriodsStartOnTheFirstOfAprilAndLastFiveYears() {
        // 2010 passers renewed in FY2015 and were certified on 2016-04-01; their next period ends on 2021-03-31.
        RenewalRule.Renewal r = rule.renewal(HIT, 2010, LocalDate.of(2016, 4, 1), 60, true).orElseThrow();
        assertThat(r.renewal()).isEqualTo(2);
        assertThat(r.periodStart()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(r.expires()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(r.pointsMissing()).isZero();
        assertThat(r.seminarMissing()).isFalse();
        // On the last day of a period it is still that period.
        assertThat(rule.renewal(HIT, 2010, LocalDate.of(2016, 3, 31), 0, false).orElseThrow().renewal()).isEqualTo(1);
    }

    @Test
    void aPasserIsNotAHolderBeforeTheCertificationDay() {
        assertThat(rule.renewal(HIT, 2026, LocalDate.of(2026, 10, 31), 0, false)).isEmpty();
        assertThat(rule.renewal(HIT, 2026, LocalDate.of(2026, 11, 1), 0, false)).isPresent();
        assertThatThrownBy(() -> new RenewalRule(0, 50, true, MonthDay.of(11, 1), MonthDay.of(4, 1), MonthDay.of(11, 1), "x"))
                .hasMessageContaining("validity");
    }
}
