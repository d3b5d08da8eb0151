package org.michishirube.data.learner;

import java.util.OptionalLong;
import java.util.function.Consumer;

import org.michishirube.data.dataset.KillableLoad;
import org.michishirube.data.neo4j.Database;
import org.neo4j.driver.Driver;

/**
 * For {@code KilledLoadIT}: a new learner saving their first profile ({@link Learners#saveProfile} without a version,
 * the write behind {@code PUT /api/v1/me/profile}), killed after its last step ({@code profile}), when the learner node is
 * merged and the profile written and only the commit is missing.
 */
public final class KillableProfileSave implements KillableLoad.Write {

    /** The learner's subject. */
    public static final String SUBJECT = "learner-killed-midway";

    /** The profile document saved. */
    public static final String PROFILE = "{\"goal\":\"miis\",\"hoursPerWeek\":6,\"note\":\"途中で殺される保存\"}";

    @Override
    public String midway() {
        return "profile";
    }

    @Override
    public void run(Driver driver, Consumer<String> afterEachStep) {
        ProfileWrite w = save(driver, afterEachStep);
        if (!(w instanceof ProfileWrite.Saved)) {
            throw new IllegalStateException("the profile was not saved: " + w);
        }
    }

    /** {@return what the store answers to the save; the same request each time, as a client's retry sends it} */
    public static ProfileWrite save(Driver driver, Consumer<String> afterEachStep) {
        Learners store = new Learners(Database.of(driver));
        store.afterEachStep(afterEachStep);
        return store.saveProfile(SUBJECT, PROFILE, OptionalLong.empty()).block();
    }
}
