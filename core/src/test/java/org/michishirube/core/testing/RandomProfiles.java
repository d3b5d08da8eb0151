package org.michishirube.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.HeldCredential;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.SubjectPass;

/** Seeded generator of learner profiles whose ids all exist in a given graph. */
public final class RandomProfiles {

    private RandomProfiles() {
    }

    /** {@return a random profile on the graph: a few credentials, mastered targets (some evidenced), experience and subject passes} */
    public static LearnerProfile generate(Random random, CompetencyGraph graph, LocalDate today) {
        List<HeldCredential> held = new ArrayList<>();
        for (Credential c : graph.credentials()) {
            if (random.nextDouble() < 0.15) {
                held.add(new HeldCredential(c.id(), today.getYear() - random.nextInt(10)));
            }
        }
        Map<TargetId, Integer> mastered = new HashMap<>();
        List<Target> targets = graph.targets();
        double share = random.nextDouble() * 0.5;
        for (Target t : targets) {
            if (random.nextDouble() < share) {
                mastered.put(t.id(), random.nextInt(Need.MAX_LEVEL + 1));
            }
        }
        Map<ExperienceKind, Integer> experience = new HashMap<>();
        for (ExperienceKind kind : ExperienceKind.values()) {
            if (random.nextBoolean()) {
                experience.put(kind, random.nextInt(7));
            }
        }
        List<SubjectPass> passes = new ArrayList<>();
        for (Domain d : graph.domains()) {
            if (random.nextDouble() < 0.1) {
                graph.framework(d.framework()).ifPresent(f ->
                        passes.add(new SubjectPass(f.credential(), d.id(), today.getYear() - random.nextInt(4))));
            }
        }
        // About half the levels are evidenced, chosen from the ids so that the random stream stays as it was.
        Map<TargetId, String> evidence = new HashMap<>();
        mastered.keySet().forEach(t -> {
            if ((t.value().hashCode() & 1) == 0) {
                evidence.put(t, "course " + t.value());
            }
        });
        return new LearnerProfile(held, mastered, experience, 1 + random.nextInt(20), passes, evidence);
    }
}
