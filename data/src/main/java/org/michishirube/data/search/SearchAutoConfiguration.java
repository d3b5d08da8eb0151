package org.michishirube.data.search;

import org.michishirube.data.dataset.DatasetLocation;
import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.dataset.SearchVocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/** Wires search: labels and synonyms from the dataset location, the index as a view of the published snapshot. */
@AutoConfiguration(after = GraphAutoConfiguration.class)
public class SearchAutoConfiguration {

    @Bean
    Search search(PublishedGraph graph, ResourceLoader resources,
                  @Value("${michishirube.dataset.location:classpath:dataset/}") String location,
                  @Value("${michishirube.search.cache-size:" + Search.DEFAULT_CACHE_SIZE + "}") int cacheSize) {
        DatasetSource source = DatasetLocation.at(resources, location);
        return new Search(graph, () -> SearchVocabulary.load(source), cacheSize);
    }
}
