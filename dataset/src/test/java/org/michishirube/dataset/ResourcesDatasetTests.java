package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.resource.LearningResource;
import org.michishirube.core.resource.ResourceKind;
import org.michishirube.testing.DatasetCopy;
import tools.jackson.databind.node.ObjectNode;

/** The shipped learning resources against the research note, and the faults the reader names in a resources file. */
class ResourcesDatasetTests {

    @TempDir
    Path temp;

    private final Map<String, LearningResource> resources = ReferenceDataset.load().resources().stream()
            .collect(Collectors.toMap(LearningResource::id, Function.identity()));

    @Test
    void jamisTextbookIsOneVolumePerHitDomainAndEveryResourceCitesASource() {
        // domain.md §1.3: 『医療情報』 in three volumes, medicine/healthcare, information technology, healthcare information systems.
        assertThat(resources.get("jami-textbook-medicine").domains()).containsExactly(new DomainId("hit.med"));
        assertThat(resources.get("jami-textbook-it").domains()).containsExactly(new DomainId("hit.it"));
        assertThat(resources.get("jami-textbook-his").domains()).containsExactly(new DomainId("hit.sys"));
        assertThat(resources.get("jami-lifelong-seminar").kind()).isEqualTo(ResourceKind.SEMINAR);
        assertThat(resources.values()).allSatisfy(r -> {
            assertThat(r.provenance().source()).isNotBlank();
            assertThat(r.provenance().verification()).isNotEqualTo(Verification.OFFICIAL);
            assertThat(r.note()).isPresent();
        });
    }

    @Test
    void anUnknownTargetAnUnknownDomainAndATwiceListedIdAreRefused() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("resources.yaml", root -> {
            ((ObjectNode) root.path("resources").get(0)).putArray("domains").add("hit.no-such-domain");
            ((ObjectNode) root.path("resources").get(3)).putArray("targets").add("miis.no-such-target");
            ((ObjectNode) root.path("resources").get(4)).put("id", root.path("resources").get(1).path("id").asString());
        });
        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("resources.yaml"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).contains("hit.no-such-domain").contains("not a domain"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).contains("miis.no-such-target").contains("not a target"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).isEqualTo("is listed twice"));
                });
    }
}
