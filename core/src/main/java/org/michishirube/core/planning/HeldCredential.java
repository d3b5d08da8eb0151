package org.michishirube.core.planning;

import org.michishirube.core.model.CredentialId;

/**
 * A credential the learner holds.
 *
 * @param credential the credential
 * @param year the year it was obtained
 */
public record HeldCredential(CredentialId credential, int year) {

    public HeldCredential {
        if (credential == null) {
            throw new IllegalArgumentException("credential is missing");
        }
        if (year < 0) {
            throw new IllegalArgumentException("year obtained of " + credential + " must not be negative, was " + year);
        }
    }
}
