package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerStage;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Verification;
import org.michishirube.testing.DatasetCopy;
import tools.jackson.databind.node.ObjectNode;

/** The shipped model career paths against the research note, and the faults the reader names in a career-paths file. */
class CareerPathsDatasetTests {

    @TempDir
    Path temp;

    private final Map<String, CareerPath> paths = ReferenceDataset.load().careerPaths().stream()
            .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));

    @Test
    void theLaddersOfTheIssueAreShippedInOrder() {
        // domain.md §3.2/§4.2: radiological technologists hold most MIIS; MIIS and Senior HIT build on HIT; CIO at the top.
        assertThat(paths.get("radiological-technologist-ladder").stages()).extracting(s -> s.credential().map(CredentialId::value)
                .or(() -> s.role().map(RoleId::value)).orElseThrow())
                .containsExactly("radiological-technologist", "hit", "pacs-administrator", "miis", "senior-hit", "cio");
        assertThat(paths.get("pharmacist-second-career").stages().get(0).role()).contains(new RoleId("pharmacist"));
        assertThat(paths.get("clerk-second-career").stages().get(0).role()).contains(new RoleId("clerk"));
        assertThat(paths.get("vendor-engineer-imaging").stages()).last().satisfies(s -> assertThat(s.credential()).contains(new CredentialId("miis")));
        assertThat(paths.get("informatics-graduate").stages().get(0).role()).contains(new RoleId("student"));
        // No source describes a ladder as a whole: every path is our judgement, with its reasoning in a note.
        assertThat(paths.values()).allSatisfy(p -> {
            assertThat(p.provenance().verification()).isEqualTo(Verification.INFERRED);
            assertThat(p.note()).isPresent();
        });
    }

    @Test
    void seniorHitComesAfterHitAndAtLeastFiveYearsAfterTheStart() {
        // domain.md §2: Senior HIT needs HIT and five years of healthcare-IS work.
        for (CareerPath p : paths.values()) {
            List<CareerStage> stages = p.stages();
            for (int i = 0; i < stages.size(); i++) {
                if (stages.get(i).credential().equals(Optional.of(new CredentialId("senior-hit")))) {
                    assertThat(stages.subList(0, i)).as(p.id().value()).anySatisfy(s -> assertThat(s.credential()).contains(new CredentialId("hit")));
                    assertThat(stages.get(i).typicalYear()).as(p.id().value()).isGreaterThanOrEqualTo(5);
                }
            }
        }
    }

    @Test
    void unknownIdsACredentialBeforeWhatItRequiresAndTooFewYearsAreRefused() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("career-paths.yaml", root -> {
            ObjectNode first = (ObjectNode) root.path("careerPaths").get(0);
            ((ObjectNode) first.path("stages").get(0)).put("role", "no-such-role");
            // The pharmacist path: Senior HIT moved to year 1, before HIT (year 1 is HIT's own year).
            ObjectNode pharmacist = (ObjectNode) root.path("careerPaths").get(1);
            ((ObjectNode) pharmacist.path("stages").get(3)).put("typicalYear", 1);
            ((ObjectNode) pharmacist.path("stages").get(1)).put("credential", "senior-hit");
        });

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("career-paths.yaml"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).isEqualTo("names unknown role no-such-role"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).isEqualTo("places senior-hit before hit, which it requires"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).isEqualTo("places senior-hit at year 1, but it asks for 5 years of work"));
                });
    }

    @Test
    void aStageWithNeitherRoleNorCredentialBreaksTheSchema() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("career-paths.yaml", root -> ((ObjectNode) root.path("careerPaths").get(2).path("stages").get(0)).remove("role"));

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.item()).isEqualTo("clerk-second-career (/careerPaths/2/stages/0)");
                            assertThat(p.fault()).contains("required property 'role' not found");
                        }));
    }
}
