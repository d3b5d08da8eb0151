package org.michishirube.core.model;

import java.util.Optional;

/**
 * One rung of a model career path: a role, a credential, or a role taken with a credential, reached typically some
 * years after the path starts.
 *
 * @param name what the stage is called on the ladder, ja and en
 * @param role the role held at this stage, if the stage is a job
 * @param credential the credential earned at this stage, if the stage is a credential
 * @param typicalYear years from the start of the path (0 = the start) when people typically reach it
 * @param note why the stage sits where it does, when the path's note does not say
 */
public record CareerStage(LocalizedText name, Optional<RoleId> role, Optional<CredentialId> credential, int typicalYear,
                          Optional<String> note) {

    public CareerStage {
        Target.require(name, "name");
        Target.require(role, "role");
        Target.require(credential, "credential");
        Target.require(note, "note");
        if (role.isEmpty() && credential.isEmpty()) {
            throw new IllegalArgumentException("the stage '" + name.en() + "' names neither a role nor a credential");
        }
        if (typicalYear < 0) {
            throw new IllegalArgumentException("the stage '" + name.en() + "' is reached " + typicalYear + " years from the start");
        }
    }

    /**
     * {@return whether a learner has reached this stage} A stage with a credential is reached by holding it (the role is
     * where the credential leads); a stage that is only a role, by having the role.
     *
     * @param holds whether the learner holds a credential
     * @param hasRole whether the learner has (or has had) a role
     */
    public boolean isReachedBy(java.util.function.Predicate<CredentialId> holds, java.util.function.Predicate<RoleId> hasRole) {
        return credential.map(holds::test).orElseGet(() -> hasRole.test(role.orElseThrow()));
    }

    /** {@return the stage in one line, for change lists and audit logs} */
    public String summary() {
        return name.ja() + " / " + name.en() + " (" + role.map(r -> "role " + r + ", ").orElse("")
                + credential.map(c -> "credential " + c + ", ").orElse("") + "year " + typicalYear + ")";
    }
}
