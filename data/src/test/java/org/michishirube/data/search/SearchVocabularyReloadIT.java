package org.michishirube.data.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.dataset.InvalidDatasetException;
import org.michishirube.dataset.SearchVocabulary;

/** Labels and synonyms edited in the dataset folder reach search with the next snapshot, without a restart. */
class SearchVocabularyReloadIT {

    @TempDir
    Path folder;

    @Test
    void anEditedLabelIsSearchableAfterTheNextRebuildAndABrokenFileKeepsThePreviousOnes() throws IOException {
        copyShipped(SearchVocabulary.LABELS);
        copyShipped(SearchVocabulary.SYNONYMS);
        PublishedGraph graph = TestDatabase.withShippedDataset();
        Search search = new Search(graph, () -> SearchVocabulary.load(DatasetSource.directory(folder)), 0);
        // ガントチャート is in no name, label or description of the shipped dataset.
        assertThat(find(search, "ガントチャート")).isEmpty();

        Files.writeString(folder.resolve(SearchVocabulary.LABELS), "\n  hit.it.dev.pm:\n    ja: [ガントチャート]\n    en: [Gantt chart]\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        graph.refresh();
        assertThat(find(search, "ガントチャート")).startsWith("hit.it.dev.pm");
        assertThat(find(search, "Gantt chart")).startsWith("hit.it.dev.pm");

        // A file that breaks its schema is refused to whoever checks first, and search keeps the last good labels.
        Files.writeString(folder.resolve(SearchVocabulary.LABELS), "labels:\n  hit.it.dev.pm: not-a-list\n", StandardCharsets.UTF_8);
        assertThatThrownBy(search::readVocabulary).isInstanceOf(InvalidDatasetException.class);
        graph.refresh();
        assertThat(find(search, "ガントチャート")).startsWith("hit.it.dev.pm");
    }

    private static java.util.List<String> find(Search search, String q) {
        return search.find(new SearchQuery(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 5)).hits()
                .stream().map(SearchHit::id).toList();
    }

    private void copyShipped(String file) throws IOException {
        try (InputStream in = DatasetSource.shipped().open(file)) {
            Files.copy(in, folder.resolve(file));
        }
    }
}
