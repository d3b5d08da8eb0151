package org.michishirube.data.learner;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.michishirube.data.neo4j.Database;
import org.neo4j.driver.Record;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores learners' profiles and saved plans. Every query is scoped by the owner's subject, so a
 * learner can never reach another's data: to them it simply does not exist.
 */
public final class Learners {

    private final Database database;
    private Consumer<String> afterStep = step -> { };

    public Learners(Database database) {
        this.database = database;
    }

    /** Lets a test kill a profile save after a named step, to prove that nothing is left behind. */
    void afterEachStep(Consumer<String> hook) {
        this.afterStep = hook;
    }

    /** {@return the stored profile with its version, if the learner saved one} */
    public Mono<StoredProfile> profile(String owner) {
        return database.read(tx -> tx.run("""
                        MATCH (l:Learner {subject: $owner}) WHERE l.profile IS NOT NULL
                        RETURN l.profile AS p, coalesce(l.profileVersion, 0) AS v""", Map.of("owner", owner))
                .list(r -> new StoredProfile(r.get("p").asString(), r.get("v").asLong())).stream().findFirst().orElse(null));
    }

    /**
     * Stores the learner's profile if the caller's precondition holds, raising its version by one; otherwise changes nothing.
     * One transaction takes the learner node's write lock, then compares and writes, so two writers holding the same
     * version cannot both succeed: the second one queues on the lock and then sees the raised version.
     *
     * @param owner the learner's subject
     * @param profile the profile document
     * @param expectedVersion the version the caller last read; empty to create a profile, which only succeeds when none is stored
     * @return {@link ProfileWrite.Saved} with the new version, or why nothing was written
     */
    public Mono<ProfileWrite> saveProfile(String owner, String profile, OptionalLong expectedVersion) {
        return database.write(tx -> {
            Record r = tx.run("""
                    MERGE (l:Learner {subject: $owner})
                    SET l.locked = true REMOVE l.locked
                    RETURN l.profile IS NOT NULL AS stored, coalesce(l.profileVersion, 0) AS version""", Map.of("owner", owner)).single();
            boolean stored = r.get("stored").asBoolean();
            long version = r.get("version").asLong();
            ProfileWrite refused = expectedVersion.isEmpty() ? (stored ? new ProfileWrite.Exists(version) : null)
                    : !stored ? new ProfileWrite.Missing()
                    : expectedVersion.getAsLong() != version ? new ProfileWrite.Stale(version) : null;
            if (refused != null) {
                // Roll back, so that not even the merged learner node of a first write is left behind.
                throw new Refused(refused);
            }
            tx.run("""
                    MATCH (l:Learner {subject: $owner})
                    SET l.profile = $profile, l.profileVersion = $version, l.profileUpdatedAt = datetime()""",
                    Map.of("owner", owner, "profile", profile, "version", version + 1)).consume();
            afterStep.accept("profile");
            return (ProfileWrite) new ProfileWrite.Saved(version + 1);
        }).onErrorResume(Refused.class, e -> Mono.just(e.write));
    }

    /** Carries a refused write out of the transaction, which an error rolls back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ProfileWrite write;

        Refused(ProfileWrite write) {
            super(null, null, false, false);
            this.write = write;
        }
    }

    /** Stores a plan; its references to targets are kept as relationships for impact analysis. */
    public Mono<SavedPlan> savePlan(SavedPlan plan) {
        Map<String, Object> p = new HashMap<>();
        p.put("owner", plan.owner());
        p.put("id", plan.id());
        p.put("title", plan.title());
        p.put("createdAt", plan.createdAt().atOffset(ZoneOffset.UTC));
        p.put("request", plan.request());
        p.put("plan", plan.plan());
        p.put("versions", plan.frameworkVersions());
        p.put("targets", plan.targets());
        return database.write(tx -> {
            tx.run("""
                    MERGE (l:Learner {subject: $owner})
                    CREATE (l)-[:SAVED]->(s:SavedPlan {id: $id, title: $title, createdAt: $createdAt, request: $request,
                                                       plan: $plan, frameworkVersions: $versions, targets: $targets})
                    WITH s
                    UNWIND $versions AS version
                    MATCH (t:Target) WHERE t.version = version AND t.id IN $targets
                    CREATE (s)-[:REFERENCES]->(t)""", p).consume();
            return plan;
        });
    }

    /** {@return the learner's plans, newest first} */
    public Flux<SavedPlan> plans(String owner) {
        return database.readMany(tx -> tx.run("""
                        MATCH (:Learner {subject: $owner})-[:SAVED]->(s:SavedPlan)
                        RETURN s ORDER BY s.createdAt DESC, s.id""", Map.of("owner", owner))
                .list(r -> fromNode(owner, r.get("s").asMap())));
    }

    /** {@return the plan, only if it is the owner's} */
    public Mono<SavedPlan> plan(String owner, String id) {
        return database.read(tx -> tx.run("MATCH (:Learner {subject: $owner})-[:SAVED]->(s:SavedPlan {id: $id}) RETURN s",
                        Map.of("owner", owner, "id", id))
                .list(r -> fromNode(owner, r.get("s").asMap())).stream().findFirst().orElse(null));
    }

    /** {@return whether the owner had such a plan, which is now gone} */
    public Mono<Boolean> deletePlan(String owner, String id) {
        return database.write(tx -> tx.run("""
                        MATCH (:Learner {subject: $owner})-[:SAVED]->(s:SavedPlan {id: $id})
                        DETACH DELETE s
                        RETURN count(*) AS deleted""", Map.of("owner", owner, "id", id))
                .single().get("deleted").asLong() > 0);
    }

    /** {@return the ids of saved plans that reference any of these targets in these versions; for revision impact} */
    public Flux<String> plansReferencing(String version, List<String> targetIds) {
        return database.readMany(tx -> tx.run("""
                        MATCH (s:SavedPlan)-[:REFERENCES]->(t:Target {version: $version}) WHERE t.id IN $targets
                        RETURN DISTINCT s.id AS id ORDER BY id""", Map.of("version", version, "targets", targetIds))
                .list(r -> r.get("id").asString()));
    }

    /** {@return each (saved plan, target id) pair where a plan references one of these targets of this version; for revision impact} */
    public Flux<PlanReference> references(String version, List<String> targetIds) {
        return database.readMany(tx -> tx.run("""
                        MATCH (s:SavedPlan)-[:REFERENCES]->(t:Target {version: $version}) WHERE t.id IN $targets
                        RETURN s.id AS plan, t.id AS target ORDER BY plan, target""", Map.of("version", version, "targets", targetIds))
                .list(r -> new PlanReference(r.get("plan").asString(), r.get("target").asString())));
    }

    /**
     * A saved plan's reference to a target.
     *
     * @param plan the saved plan's id
     * @param target the target's lineage id
     */
    public record PlanReference(String plan, String target) {
    }

    @SuppressWarnings("unchecked")
    private static SavedPlan fromNode(String owner, Map<String, Object> s) {
        Object created = s.get("createdAt");
        Instant at = created instanceof ZonedDateTime z ? z.toInstant()
                : created instanceof OffsetDateTime o ? o.toInstant() : Instant.EPOCH;
        return new SavedPlan((String) s.get("id"), owner, (String) s.get("title"), at, (String) s.get("request"), (String) s.get("plan"),
                (List<String>) Optional.ofNullable(s.get("frameworkVersions")).orElse(List.of()),
                (List<String>) Optional.ofNullable(s.get("targets")).orElse(List.of()));
    }

}
