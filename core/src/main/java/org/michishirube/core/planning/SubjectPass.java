package org.michishirube.core.planning;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;

/**
 * One exam subject passed without (yet) earning the credential, e.g. HIT's 情報処理技術.
 * A subject is a domain of the credential's framework. While the credit lasts
 * ({@link PlanningOptions#subjectCreditYears()}, two years for HIT) the domain's targets count as held
 * at the credential level.
 *
 * @param credential the credential whose exam it belongs to
 * @param subject the domain of that credential's framework the subject examines
 * @param year the year it was passed
 */
public record SubjectPass(CredentialId credential, DomainId subject, int year) {

    public SubjectPass {
        if (credential == null || subject == null) {
            throw new IllegalArgumentException("credential and subject are required");
        }
        if (year < 0) {
            throw new IllegalArgumentException("year of the pass in " + subject + " must not be negative, was " + year);
        }
    }
}
