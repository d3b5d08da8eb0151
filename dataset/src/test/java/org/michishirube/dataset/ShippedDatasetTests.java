package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.VersionStatus;

/** The shipped files pass every schema and integrity check, without a database: CI fails on a broken dataset. */
class ShippedDatasetTests {

    private final ReferenceDataset dataset = new DatasetReader(DatasetSource.shipped()).read();

    @Test
    void theThreeCredentialsAndTheirRelatedOnesArePresent() {
        Set<String> ids = dataset.credentials().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        assertThat(ids).contains("hit", "senior-hit", "miis", "basic-knowledge-test", "radiological-technologist",
                "health-information-manager", "imaging-information-manager", "ipa-fe", "ipa-ap", "ipa-sg", "ipa-riss");
    }

    @Test
    void everyFrameworkHasExactlyOnePublishedVersionAndTheKnownRevisionPairsExist() {
        for (String f : new String[] {"hit", "senior-hit", "miis"}) {
            long published = dataset.trees().stream()
                    .filter(t -> t.version().framework().equals(new FrameworkId(f)) && t.version().status() == VersionStatus.PUBLISHED).count();
            assertThat(published).as(f).isEqualTo(1);
        }
        assertThat(dataset.trees()).anySatisfy(t -> {
            assertThat(t.version().id().value()).startsWith("hit@");
            assertThat(t.version().supersedes()).isPresent();
            assertThat(t.lineage()).isNotEmpty();
        });
        // The 2017 revision of Senior HIT is a version pair with its changes.
        assertThat(dataset.trees()).anySatisfy(t -> {
            assertThat(t.version().id().value()).isEqualTo("senior-hit@1.1");
            assertThat(t.version().supersedes()).isPresent();
            assertThat(t.lineage()).isNotEmpty();
        });
    }

    @Test
    void theGraphBuildsWithAFewHundredTargetsAndEveryRoleNeedResolves() {
        var graph = dataset.graph();
        assertThat(graph.targets()).hasSizeBetween(200, 1000);
        assertThat(graph.prerequisiteCount()).isGreaterThan(100);
        assertThat(graph.roles()).allSatisfy(r -> assertThat(r.needs()).isNotEmpty()
                .allSatisfy(n -> assertThat(graph.contains(n.target())).isTrue()));
        assertThat(graph.credential(new CredentialId("senior-hit")).orElseThrow().requirements()).hasSize(2);
    }

    @Test
    void conflictingStatisticsAreKeptAsSeparateEntries() {
        long hit2023 = dataset.statistics().stream()
                .filter(s -> s.credential().value().equals("hit") && s.year() == 2023).count();
        assertThat(hit2023).isEqualTo(2);
    }
}
