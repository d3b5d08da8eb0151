package org.michishirube.core.model;

/** One eligibility condition of a credential: what a candidate must have before sitting its exam. */
public sealed interface Requirement {

    /**
     * The candidate must hold another credential.
     *
     * @param credential the credential to hold
     */
    record HoldsCredential(CredentialId credential) implements Requirement {
        public HoldsCredential {
            Target.require(credential, "credential");
        }
    }

    /**
     * The candidate must have worked a number of years of a kind.
     *
     * @param kind the kind of work
     * @param years how many years
     */
    record Experience(ExperienceKind kind, int years) implements Requirement {
        public Experience {
            Target.require(kind, "kind");
            if (years < 1) {
                throw new IllegalArgumentException("years of experience must be positive");
            }
        }
    }
}
