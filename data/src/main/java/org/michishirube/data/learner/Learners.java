package org.michishirube.data.learner;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Flux;

/**
 * Stores learners' profiles and saved plans. Every query is scoped by the owner's subject, so a
 * learner can never reach another's data: to them it simply does not exist.
 */
public final class Learners {

    private final ReactiveNeo4jClient client;
    private final TransactionalOperator transaction;

    public Learners(ReactiveNeo4jClient client, TransactionalOperator transaction) {
        this.client = client;
        this.transaction = transaction;
    }

    /** {@return the stored profile document, if the learner saved one} */
    public Mono<String> profile(String owner) {
        return client.query("MATCH (l:Learner {subject: $owner}) WHERE l.profile IS NOT NULL RETURN l.profile AS p")
                .bind(owner).to("owner").fetchAs(String.class).mappedBy((types, r) -> r.get("p").asString()).one();
    }

    /** Replaces the learner's profile document. */
    public Mono<Void> saveProfile(String owner, String profile) {
        return client.query("""
                        MERGE (l:Learner {subject: $owner})
                        SET l.profile = $profile, l.profileUpdatedAt = datetime()""")
                .bindAll(Map.of("owner", owner, "profile", profile)).run().then().as(transaction::transactional);
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
        return client.query("""
                        MERGE (l:Learner {subject: $owner})
                        CREATE (l)-[:SAVED]->(s:SavedPlan {id: $id, title: $title, createdAt: $createdAt, request: $request,
                                                           plan: $plan, frameworkVersions: $versions, targets: $targets})
                        WITH s
                        UNWIND $versions AS version
                        MATCH (t:Target) WHERE t.version = version AND t.id IN $targets
                        CREATE (s)-[:REFERENCES]->(t)""")
                .bindAll(p).run()
                .then(Mono.just(plan)).as(transaction::transactional);
    }

    /** {@return the learner's plans, newest first} */
    public Flux<SavedPlan> plans(String owner) {
        return client.query("""
                        MATCH (:Learner {subject: $owner})-[:SAVED]->(s:SavedPlan)
                        RETURN s ORDER BY s.createdAt DESC, s.id""")
                .bind(owner).to("owner").fetchAs(SavedPlan.class).mappedBy((types, r) -> fromNode(owner, r.get("s").asMap())).all();
    }

    /** {@return the plan, only if it is the owner's} */
    public Mono<SavedPlan> plan(String owner, String id) {
        return client.query("MATCH (:Learner {subject: $owner})-[:SAVED]->(s:SavedPlan {id: $id}) RETURN s")
                .bindAll(Map.of("owner", owner, "id", id))
                .fetchAs(SavedPlan.class).mappedBy((types, r) -> fromNode(owner, r.get("s").asMap())).one();
    }

    /** {@return whether the owner had such a plan, which is now gone} */
    public Mono<Boolean> deletePlan(String owner, String id) {
        return client.query("""
                        MATCH (:Learner {subject: $owner})-[:SAVED]->(s:SavedPlan {id: $id})
                        DETACH DELETE s
                        RETURN count(*) AS deleted""")
                .bindAll(Map.of("owner", owner, "id", id))
                .fetchAs(Long.class).mappedBy((types, r) -> r.get("deleted").asLong()).one()
                .map(n -> n > 0).defaultIfEmpty(false).as(transaction::transactional);
    }

    /** {@return the ids of saved plans that reference any of these targets in these versions; for revision impact} */
    public Flux<String> plansReferencing(String version, List<String> targetIds) {
        return client.query("""
                        MATCH (s:SavedPlan)-[:REFERENCES]->(t:Target {version: $version}) WHERE t.id IN $targets
                        RETURN DISTINCT s.id AS id ORDER BY id""")
                .bindAll(Map.of("version", version, "targets", targetIds))
                .fetchAs(String.class).mappedBy((types, r) -> r.get("id").asString()).all();
    }

    /** {@return each (saved plan, target id) pair where a plan references one of these targets of this version; for revision impact} */
    public Flux<PlanReference> references(String version, List<String> targetIds) {
        return client.query("""
                        MATCH (s:SavedPlan)-[:REFERENCES]->(t:Target {version: $version}) WHERE t.id IN $targets
                        RETURN s.id AS plan, t.id AS target ORDER BY plan, target""")
                .bindAll(Map.of("version", version, "targets", targetIds))
                .fetchAs(PlanReference.class).mappedBy((types, r) -> new PlanReference(r.get("plan").asString(), r.get("target").asString())).all();
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
        Instant at = created instanceof java.time.ZonedDateTime z ? z.toInstant()
                : created instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.EPOCH;
        return new SavedPlan((String) s.get("id"), owner, (String) s.get("title"), at, (String) s.get("request"), (String) s.get("plan"),
                (List<String>) Optional.ofNullable(s.get("frameworkVersions")).orElse(List.of()),
                (List<String>) Optional.ofNullable(s.get("targets")).orElse(List.of()));
    }

}
