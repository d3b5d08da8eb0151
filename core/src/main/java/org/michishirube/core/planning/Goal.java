package org.michishirube.core.planning;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;

/** Where the learner wants to get: a credential, a role, or a set of targets at levels. */
public sealed interface Goal {

    /**
     * Earn a credential: learn the leaf targets of its framework, after the credentials it requires.
     *
     * @param credential the credential
     * @param version the framework version to study; when given it must be the current one, which is
     *                the only one whose targets a graph snapshot holds
     */
    record CredentialGoal(CredentialId credential, Optional<FrameworkVersionId> version) implements Goal {
        public CredentialGoal {
            if (credential == null || version == null) {
                throw new IllegalArgumentException("credential and version (possibly empty) are required");
            }
        }

        /** {@return the goal of earning a credential on its current framework version} */
        public static CredentialGoal of(CredentialId credential) {
            return new CredentialGoal(credential, Optional.empty());
        }
    }

    /**
     * Meet every need of a role at its level.
     *
     * @param role the role
     */
    record RoleGoal(RoleId role) implements Goal {
        public RoleGoal {
            if (role == null) {
                throw new IllegalArgumentException("role is missing");
            }
        }
    }

    /**
     * Reach targets at levels. A non-leaf target is studied as one unit, like a role's need.
     *
     * @param levels the level (1..4) wanted for each target; not empty
     */
    record TargetsGoal(Map<TargetId, Integer> levels) implements Goal {
        public TargetsGoal {
            if (levels == null || levels.isEmpty()) {
                throw new IllegalArgumentException("a targets goal needs at least one target");
            }
            levels.forEach((t, level) -> {
                if (level == null || level < 1 || level > Need.MAX_LEVEL) {
                    throw new IllegalArgumentException("wanted level of " + t + " must be 1..4, was " + level);
                }
            });
            levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
        }

        /** {@return a goal of the given targets, all at one level} */
        public static TargetsGoal of(Set<TargetId> targets, int level) {
            Map<TargetId, Integer> levels = new TreeMap<>();
            targets.forEach(t -> levels.put(t, level));
            return new TargetsGoal(levels);
        }
    }
}
