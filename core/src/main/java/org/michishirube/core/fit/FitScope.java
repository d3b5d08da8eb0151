package org.michishirube.core.fit;

import java.util.Set;

import org.michishirube.core.model.RoleId;

/** Which roles a ranking considers. */
public sealed interface FitScope {

    /** Every role of the graph. */
    record AllRoles() implements FitScope {
    }

    /**
     * A second career: only roles whose family differs from every family the learner works in now.
     * The families left out are {@code currentFamilies} plus the families of {@code currentRoles}.
     *
     * @param currentRoles roles the learner holds now
     * @param currentFamilies role families the learner works in now
     */
    record SecondCareer(Set<RoleId> currentRoles, Set<String> currentFamilies) implements FitScope {
        public SecondCareer {
            currentRoles = Set.copyOf(currentRoles);
            currentFamilies = Set.copyOf(currentFamilies);
            if (currentRoles.isEmpty() && currentFamilies.isEmpty()) {
                throw new IllegalArgumentException("a second career needs a current role or family to leave");
            }
        }

        /** {@return a second career away from the families of the given roles} */
        public static SecondCareer from(Set<RoleId> currentRoles) {
            return new SecondCareer(currentRoles, Set.of());
        }
    }

    /** {@return every role} */
    static FitScope allRoles() {
        return new AllRoles();
    }
}
