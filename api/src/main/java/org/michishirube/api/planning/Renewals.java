package org.michishirube.api.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.michishirube.api.planning.PlanViews.Named;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.planning.RenewalRule;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;

/** Renewal plans: JAMI's rule for HIT and Senior HIT; other credentials' rules are not known (MIIS: research note §3.4). */
@Component
class Renewals {

    /** The credentials whose renewal follows JAMI's rule. */
    private static final Set<String> JAMI = Set.of("hit", "senior-hit");

    /**
     * A holder asking for a renewal plan.
     *
     * @param credential the credential held
     * @param year the year the exam was passed
     * @param points points earned in the current period (default 0)
     * @param seminarDone whether the seminar was taken in the current period (default false)
     * @param today the day to plan from (default: today)
     */
    record RenewalRequest(@Schema(example = "hit", requiredMode = Schema.RequiredMode.REQUIRED) String credential,
                          @Schema(example = "2022", requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
                          @Schema(example = "20") Integer points, Boolean seminarDone, LocalDate today) {
    }

    record RenewalMilestone(String kind, LocalDate date) {
    }

    record RenewalView(Named credential, int renewal, LocalDate periodStart, LocalDate expires, LocalDate applicationOpens,
                       LocalDate applicationCloses, int pointsNeeded, int pointsMissing, boolean seminarRequired, boolean seminarMissing,
                       List<RenewalMilestone> milestones, String source) {
    }

    private final PublishedGraph published;
    private final Clock clock;

    Renewals(PublishedGraph published, Optional<Clock> clock) {
        this.published = published;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    RenewalView renewal(RenewalRequest request) {
        if (request == null || request.credential() == null || request.year() == null) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "credential and year are required.",
                    Map.of("errors", List.of(Map.of("field", "credential/year", "message", "required"))));
        }
        LocalDate today = request.today() == null ? LocalDate.now(clock) : request.today();
        int points = request.points() == null ? 0 : request.points();
        if (points < 0) {
            throw ApiException.invalidParameter("points", "points must not be negative, was " + points + ".");
        }
        if (request.year() < 1990 || request.year() > today.getYear()) {
            throw ApiException.invalidParameter("year", "year must be a past exam year, was " + request.year() + ".");
        }
        String id = request.credential();
        Credential c = (CredentialId.isWellFormed(id) ? published.snapshot().graph().credential(new CredentialId(id)) : Optional.<Credential>empty())
                .orElseThrow(() -> ApiException.notFound("credential", id));
        if (!JAMI.contains(id)) {
            throw new ApiException(ProblemType.UNPLANNABLE, "No renewal rule is known for " + id + " / " + id
                    + " の更新規則は未確認です。", Map.of("reason", "no-renewal-rule"));
        }
        RenewalRule rule = RenewalRule.jami();
        RenewalRule.Renewal r = rule.renewal(c.id(), request.year(), today, points, Boolean.TRUE.equals(request.seminarDone()))
                .orElseThrow(() -> new ApiException(ProblemType.UNPLANNABLE, "A " + request.year() + " passer is certified on "
                        + rule.certifiedOn().atYear(request.year()) + " / 認定日前です。", Map.of("reason", "not-yet-certified")));
        List<RenewalMilestone> milestones = List.of(new RenewalMilestone("application-opens", r.applicationOpens()),
                new RenewalMilestone("application-closes", r.applicationCloses()), new RenewalMilestone("expires", r.expires()));
        return new RenewalView(new Named(c.id().value(), c.name()), r.renewal(), r.periodStart(), r.expires(), r.applicationOpens(),
                r.applicationCloses(), r.pointsNeeded(), r.pointsMissing(), rule.seminar(), r.seminarMissing(), milestones, r.source());
    }
}
