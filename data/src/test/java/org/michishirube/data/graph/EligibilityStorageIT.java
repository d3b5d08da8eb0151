package org.michishirube.data.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Requirement;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.dataset.DatasetSource;
import org.neo4j.driver.Driver;
import org.michishirube.testing.TestNeo4j;

/** Eligibility rules stored in Neo4j: the whole AND/OR tree comes back, and a graph of the older flat layout still reads. */
class EligibilityStorageIT {

    private static final Driver DRIVER = TestNeo4j.driver();
    private static final CredentialId SENIOR = new CredentialId("senior-hit");
    private static final CredentialId HIT = new CredentialId("hit");

    @BeforeEach
    void load() {
        TestNeo4j.clear();
        new SchemaMigrations(DRIVER, Optional.empty()).apply();
        new DatasetLoader(Database.of(DRIVER), DatasetSource.shipped()).reload();
    }

    @Test
    void theSeniorRuleReadsBackAsATree() {
        // /work/shared/docs/domain.md §0, written out independently of the dataset reader.
        List<Requirement> expected = List.of(new Requirement.HoldsCredential(HIT), new Requirement.AnyOf(List.of(
                new Requirement.Experience(ExperienceKind.HEALTHCARE_IS, 5),
                new Requirement.All(List.of(new Requirement.Experience(ExperienceKind.GENERAL_IS, 5),
                        Requirement.Experience.anyAmount(ExperienceKind.HEALTHCARE_IS))))));

        assertThat(new GraphSnapshotReader(Database.of(DRIVER)).read().graph().credential(SENIOR).orElseThrow().requirements())
                .isEqualTo(expected);
        try (var session = DRIVER.session()) {
            assertThat(session.run("MATCH (:Credential {id: 'senior-hit'})-[r:REQUIRES]->(c:Credential) RETURN c.id AS id")
                    .list(r -> r.get("id").asString())).containsExactly("hit");
        }
    }

    @Test
    void aCredentialInTheOlderFlatLayoutStillReads() {
        try (var session = DRIVER.session()) {
            session.run("""
                    MATCH (c:Credential {id: 'senior-hit'})
                    REMOVE c.eligibility
                    SET c.experienceKinds = ['healthcare-is'], c.experienceYears = [5]""").consume();
        }

        assertThat(new GraphSnapshotReader(Database.of(DRIVER)).read().graph().credential(SENIOR).orElseThrow().requirements())
                .containsExactly(new Requirement.HoldsCredential(HIT), new Requirement.Experience(ExperienceKind.HEALTHCARE_IS, 5));
    }
}
