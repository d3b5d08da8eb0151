package org.michishirube.interop.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.core.coverage.Course;
import org.michishirube.interop.curriculum.CurriculumCsv.Outcome;
import org.michishirube.interop.curriculum.CurriculumCsv.RowProblem;

/** The curriculum CSV codec on its own: the sample in docs/examples, a round trip, and faults named by row and column. */
class CurriculumCsvTests {

    private static final Path SAMPLE = Path.of("../docs/examples/radiological-technology-2025.csv");

    @Test
    void theSampleReadsAndWritesBackToTheSameCourses() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        long dataRows = Files.readAllLines(SAMPLE).stream().skip(1).filter(l -> !l.isBlank()).count();
        Outcome.Read read = (Outcome.Read) CurriculumCsv.read(bytes, id -> true);
        assertThat(read.rows()).isEqualTo(dataRows);
        assertThat(read.courses()).extracting(Course::code).startsWith("RT-101").doesNotHaveDuplicates();

        List<Course> again = ((Outcome.Read) CurriculumCsv.read(
                CurriculumCsv.write(read.courses()).getBytes(StandardCharsets.UTF_8), id -> true)).courses();
        assertThat(again).isEqualTo(read.courses());
    }

    @Test
    void everyFaultIsNamedByRowAndColumn() {
        String csv = String.join(",", CurriculumCsv.COLUMNS) + "\n"
                + "RT-1,概論,Intro,1,前期,30,2,,hit.known,introduces,\n"
                + "RT-1,概論,Intro,1,前期,30,2,,hit.unknown,masters,\n"
                + "RT-2,演習,Practice,1,前期,30,2,,hit.known,deeply,\n";
        Outcome.Rejected rejected = (Outcome.Rejected) CurriculumCsv.read(csv.getBytes(StandardCharsets.UTF_8),
                id -> id.value().equals("hit.known"));
        assertThat(rejected.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3L, "target"), org.assertj.core.groups.Tuple.tuple(4L, "depth"));
    }

    @Test
    void textThatIsNotUtf8IsRefusedInWords() {
        byte[] shiftJis = "course_code\n医療".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        Outcome.Rejected rejected = (Outcome.Rejected) CurriculumCsv.read(shiftJis, id -> true);
        assertThat(rejected.problems()).singleElement().extracting(RowProblem::reason).asString().contains("UTF-8");
    }
}
