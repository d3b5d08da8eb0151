package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Requirement;
import org.michishirube.testing.DatasetCopy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Eligibility rules in credentials.yaml: AND/OR trees with years or "any" amount of work, and the faults named. */
class EligibilityRulesReaderTests {

    @TempDir
    Path temp;

    @Test
    void seniorHitRuleIsTheOneOfTheDomainNotes() {
        // /work/shared/docs/domain.md §0: HIT and (≥5 yrs healthcare-IS work, or ≥5 yrs IS work plus some healthcare-IS work).
        List<Requirement> expected = List.of(new Requirement.HoldsCredential(new CredentialId("hit")),
                new Requirement.AnyOf(List.of(new Requirement.Experience(ExperienceKind.HEALTHCARE_IS, 5),
                        new Requirement.All(List.of(new Requirement.Experience(ExperienceKind.GENERAL_IS, 5),
                                Requirement.Experience.anyAmount(ExperienceKind.HEALTHCARE_IS))))));

        assertThat(ReferenceDataset.load().graph().credential(new CredentialId("senior-hit")).orElseThrow().requirements())
                .isEqualTo(expected);
    }

    @Test
    void nestedAlternativesAreRead() {
        DatasetCopy copy = DatasetCopy.of(temp);
        String id = credential(copy.read("credentials.yaml"), 0).path("id").asString();
        copy.edit("credentials.yaml", root -> {
            ObjectNode c = (ObjectNode) root.path("credentials").get(0);
            ArrayNode requires = c.putArray("requires");
            ArrayNode any = requires.addObject().putArray("anyOf");
            any.addObject().put("experience", "imaging-exam").put("years", "any");
            ArrayNode all = any.addObject().putArray("allOf");
            all.addObject().put("experience", "general-is").put("years", 3);
        });

        assertThat(ReferenceDataset.load(DatasetSource.directory(copy.dir())).graph().credential(new CredentialId(id))
                .orElseThrow().requirements()).containsExactly(new Requirement.AnyOf(List.of(
                        Requirement.Experience.anyAmount(ExperienceKind.IMAGING_EXAM),
                        new Requirement.All(List.of(new Requirement.Experience(ExperienceKind.GENERAL_IS, 3))))));
    }

    @Test
    void zeroYearsAnAlternativeOfOneAndAnUnknownNestedCredentialAreRefused() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("credentials.yaml", root -> {
            ObjectNode first = (ObjectNode) root.path("credentials").get(0);
            first.putArray("requires").addObject().put("experience", "general-is").put("years", 0);
            ObjectNode second = (ObjectNode) root.path("credentials").get(1);
            second.putArray("requires").addObject().putArray("anyOf").addObject().put("credential", "hit");
        });
        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    List<String> faults = e.problems().stream().filter(p -> p.file().equals("credentials.yaml"))
                            .map(p -> p.item() + ": " + p.fault()).toList();
                    assertThat(faults).anySatisfy(f -> assertThat(f).contains("/requires/0/years").contains("minimum value of 1"));
                    assertThat(faults).anySatisfy(f -> assertThat(f).contains("/requires/0/anyOf").contains("at least 2 items"));
                });

        DatasetCopy other = DatasetCopy.of(temp.resolve("other"));
        other.edit("credentials.yaml", root -> {
            ObjectNode first = (ObjectNode) root.path("credentials").get(0);
            ArrayNode any = first.putArray("requires").addObject().putArray("anyOf");
            any.addObject().put("experience", "general-is").put("years", 2);
            any.addObject().put("credential", "no-such-credential");
        });
        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(other.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.fault()).contains("unknown credential no-such-credential")));
    }

    private static JsonNode credential(JsonNode root, int i) {
        return root.path("credentials").get(i);
    }
}
