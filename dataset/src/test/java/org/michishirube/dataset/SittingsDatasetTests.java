package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.Verification;
import org.michishirube.testing.DatasetCopy;
import tools.jackson.databind.node.ObjectNode;

/** The shipped exam sittings against the research note, and the faults the reader names in a sittings file. */
class SittingsDatasetTests {

    @TempDir
    Path temp;

    private final ReferenceDataset dataset = ReferenceDataset.load();

    private Map<Integer, ExamSitting> hit() {
        return dataset.sittings().stream().filter(s -> s.credential().value().equals("hit"))
                .collect(Collectors.toMap(ExamSitting::year, Function.identity()));
    }

    @Test
    void theHitExamDaysTheResearchNoteVerifiesAreShippedAsCorroborated() {
        // shared/docs/domain.md §1.2: "Once a year, late August (e.g. 2017-08-20, 2018-08-26, 2019-08-25, 2023-08-20)"
        Map<Integer, ExamSitting> hit = hit();
        for (String day : List.of("2017-08-20", "2018-08-26", "2019-08-25", "2023-08-20")) {
            LocalDate d = LocalDate.parse(day);
            assertThat(hit.get(d.getYear()).examDay()).isEqualTo(d);
            assertThat(hit.get(d.getYear()).provenance().verification()).isEqualTo(Verification.CORROBORATED);
            assertThat(hit.get(d.getYear()).projected()).isFalse();
        }
        // The 2017 outline gives the application window: 3 April to 26 June (extended).
        assertThat(hit.get(2017).stages().get(0).applicationOpens()).contains(LocalDate.of(2017, 4, 3));
        assertThat(hit.get(2017).applicationCloses()).isEqualTo(LocalDate.of(2017, 6, 26));
        // 2020 was cancelled (COVID-19).
        assertThat(hit.get(2020).cancelled()).isTrue();
    }

    @Test
    void projectedSittingsFollowTheLateAugustSundayPatternAndAreMarkedInferred() {
        List<ExamSitting> projected = dataset.sittings().stream().filter(ExamSitting::projected).toList();
        assertThat(projected).isNotEmpty();
        assertThat(projected).allSatisfy(s -> {
            assertThat(s.year()).isGreaterThanOrEqualTo(2027);
            assertThat(s.provenance().verification()).isEqualTo(Verification.INFERRED);
            assertThat(s.examDay().getMonth()).isEqualTo(Month.AUGUST);
            assertThat(s.examDay().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(s.examDay().getDayOfMonth()).isBetween(20, 26);
            assertThat(s.applicationCloses()).isBefore(s.examDay());
        });
        // Every year from the first known sitting to the last projected one has a HIT sitting, so plans never skip one.
        Map<Integer, ExamSitting> hit = hit();
        int last = hit.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(last).isGreaterThanOrEqualTo(2035);
        for (int y = 2017; y <= last; y++) {
            assertThat(hit).containsKey(y);
        }
    }

    @Test
    void seniorHitHasTwoStagesInOrderAndTheVerifiedFirstExamDay() {
        // domain.md via the 18th exam outline: the five years are counted on the first exam, 2024-08-25.
        ExamSitting s2024 = dataset.sittings().stream().filter(s -> s.credential().value().equals("senior-hit") && s.year() == 2024)
                .findFirst().orElseThrow();
        assertThat(s2024.examDay()).isEqualTo(LocalDate.of(2024, 8, 25));
        assertThat(s2024.stages()).extracting(ExamSitting.Stage::stage).containsExactly("first", "second");
        assertThat(s2024.certifiedFrom()).isAfter(s2024.stages().get(1).examDays().get(0).minusDays(1));
    }

    @Test
    void aSittingThatClosesApplicationsAfterItsExamOrNamesAnUnknownCredentialIsRefused() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("sittings.yaml", root -> {
            ((ObjectNode) root.path("sittings").get(0)).put("credential", "no-such-credential");
            ((ObjectNode) root.path("sittings").get(1).path("stages").get(0)).put("applicationCloses", "2018-12-31");
        });

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("sittings.yaml"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).contains("unknown credential no-such-credential"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.fault()).contains("close after its exam day"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.item()).isEqualTo("hit/2018"));
                });
    }

    @Test
    void aMalformedDateBreaksTheSchemaAtItsPath() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("sittings.yaml", root -> ((ObjectNode) root.path("sittings").get(2).path("stages").get(0)).put("resultDay", "2019-9-1"));

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.file() + p.item()).isEqualTo("sittings.yaml/sittings/2/stages/0/resultDay")));
    }
}
