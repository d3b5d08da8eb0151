package org.michishirube.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.curriculum.CurriculumAutoConfiguration;
import org.michishirube.data.dataset.DatasetAutoConfiguration;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.GraphPreparation;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.interop.FrameworkImports;
import org.michishirube.data.interop.InteropAutoConfiguration;
import org.michishirube.data.interop.RoleImports;
import org.michishirube.data.learner.LearnerAutoConfiguration;
import org.michishirube.data.learner.Learners;
import org.michishirube.data.migration.MigrationAutoConfiguration;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.neo4j.DatabaseAutoConfiguration;
import org.michishirube.data.revision.RevisionAutoConfiguration;
import org.michishirube.data.revision.Revisions;
import org.michishirube.data.search.Search;
import org.michishirube.data.search.SearchAutoConfiguration;
import org.michishirube.testing.TestNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

/**
 * The feature auto-configurations together, on Boot's driver: every store is wired, and the first snapshot is read only
 * after the schema was migrated and the reference dataset loaded, in that order.
 */
class AutoConfigurationIT {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Neo4jAutoConfiguration.class, DatabaseAutoConfiguration.class,
                    GraphAutoConfiguration.class, MigrationAutoConfiguration.class, DatasetAutoConfiguration.class,
                    InteropAutoConfiguration.class, LearnerAutoConfiguration.class, SearchAutoConfiguration.class,
                    RevisionAutoConfiguration.class, CurriculumAutoConfiguration.class,
                    org.michishirube.data.resource.ResourceAutoConfiguration.class))
            .withBean(Neo4jConnectionDetails.class, AutoConfigurationIT::testDatabase)
            .withPropertyValues("michishirube.snapshot.poll-interval=1h");

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clear();
    }

    @Test
    void everyStoreIsWiredAndTheFirstSnapshotHoldsTheLoadedDataset() {
        context.run(c -> {
            assertThat(c).hasNotFailed().hasSingleBean(Database.class).hasSingleBean(SchemaMigrations.class)
                    .hasSingleBean(DatasetLoader.class).hasSingleBean(Revisions.class).hasSingleBean(Curricula.class)
                    .hasSingleBean(Learners.class).hasSingleBean(Search.class).hasSingleBean(FrameworkImports.class)
                    .hasSingleBean(RoleImports.class).hasSingleBean(org.michishirube.data.resource.LearningResources.class)
                    .hasSingleBean(org.michishirube.data.revision.CareerPathRevisions.class);
            assertThat(c.getBeansOfType(GraphPreparation.class).values()).extracting(GraphPreparation::name)
                    .containsExactlyInAnyOrder("schema migrations", "reference dataset");
            assertThat(c.getBean(PublishedGraph.class).snapshot().graph().targets()).isNotEmpty();
        });
    }

    @Test
    void withoutLoadingOnStartUpTheSchemaIsStillMigratedAndTheSnapshotIsEmpty() {
        context.withPropertyValues("michishirube.dataset.load-on-startup=false").run(c -> {
            assertThat(c).hasNotFailed();
            assertThat(c.getBeansOfType(GraphPreparation.class).values()).extracting(GraphPreparation::name)
                    .containsExactly("schema migrations");
            assertThat(c.getBean(PublishedGraph.class).snapshot().graph().targets()).isEmpty();
            assertThat(c.getBean(DatasetLoader.class).loadedVersion()).isEmpty();
        });
    }

    @Test
    void preparationsRunInTheirOrderWhateverOrderTheyWereDeclaredIn() {
        List<String> ran = new ArrayList<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Neo4jAutoConfiguration.class, DatabaseAutoConfiguration.class, GraphAutoConfiguration.class))
                .withBean(Neo4jConnectionDetails.class, () -> testDatabase())
                .withBean("data", GraphPreparation.class, () -> new GraphPreparation("data", GraphPreparation.REFERENCE_DATA, () -> ran.add("data")))
                .withBean("schema", GraphPreparation.class, () -> new GraphPreparation("schema", GraphPreparation.SCHEMA, () -> ran.add("schema")))
                .run(c -> {
                    assertThat(c).hasNotFailed().hasSingleBean(PublishedGraph.class);
                    assertThat(ran).containsExactly("schema", "data");
                });
    }

    @Test
    void theDatabasesThreadsStopWithTheContext() {
        Database[] database = new Database[1];
        context.withPropertyValues("michishirube.dataset.load-on-startup=false").run(c -> database[0] = c.getBean(Database.class));
        assertThat(database[0].read(tx -> 1).onErrorResume(DatabaseFailures::isUnavailable, e -> Mono.just(-1)).block())
                .as("a closed database takes no work").isEqualTo(-1);
    }

    private static Neo4jConnectionDetails testDatabase() {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return URI.create(TestNeo4j.boltUri());
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
