package org.michishirube.data.dataset;

import org.michishirube.data.graph.GraphPreparation;
import org.michishirube.data.migration.MigrationAutoConfiguration;
import org.michishirube.data.neo4j.Database;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the loader of the reference dataset at {@code michishirube.dataset.location}. Unless
 * {@code michishirube.dataset.load-on-startup} is false, the dataset is loaded into the migrated schema before the first
 * snapshot whenever the graph lacks its version.
 */
@AutoConfiguration(after = MigrationAutoConfiguration.class)
public class DatasetAutoConfiguration {

    @Bean
    DatasetLoader datasetLoader(Database database, ResourceLoader resources,
                                @Value("${michishirube.dataset.location:classpath:dataset/}") String location) {
        return new DatasetLoader(database, DatasetLocation.at(resources, location));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "michishirube.dataset.load-on-startup", matchIfMissing = true)
    GraphPreparation referenceDataset(DatasetLoader loader) {
        return new GraphPreparation("reference dataset", GraphPreparation.REFERENCE_DATA, loader::loadIfMissing);
    }
}
