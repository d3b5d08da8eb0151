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
        // Each fault also has a stable code and the values its sentence names, so a client can say it in its own language.
        assertThat(rejected.problems()).extracting(RowProblem::code, RowProblem::params).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("unknown-target", java.util.Map.of("value", "hit.unknown")),
                org.assertj.core.groups.Tuple.tuple("unknown-depth", java.util.Map.of("value", "deeply")));
    }

    @Test
    void faultsOfCourseFieldsHaveTheirCodes() {
        String csv = String.join(",", CurriculumCsv.COLUMNS) + "\n"
                + "RT-1,概論,Intro,1,前期,30,2,,hit.known,introduces,\n"
                + "RT-1,,,,,,,,hit.known,masters,\n"
                + "RT-2,演習,,9,冬,-1,x,,hit.known,introduces,\n";
        Outcome.Rejected rejected = (Outcome.Rejected) CurriculumCsv.read(csv.getBytes(StandardCharsets.UTF_8), id -> true);
        assertThat(rejected.problems()).extracting(RowProblem::code).contains("title-missing", "year-invalid", "semester-invalid",
                "hours-invalid", "credits-invalid", "duplicate-mapping");
        assertThat(rejected.problems()).filteredOn(p -> p.code().equals("duplicate-mapping")).singleElement()
                .satisfies(p -> assertThat(p.params()).containsEntry("course", "RT-1").containsEntry("first", "2"));
        Outcome.Rejected header = (Outcome.Rejected) CurriculumCsv.read("course_code,title\nx,y\n".getBytes(StandardCharsets.UTF_8), id -> true);
        assertThat(header.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-header");
            assertThat(p.params().get("unknown")).isEqualTo("title");
        });
    }

    @Test
    void textThatIsNotUtf8IsRefusedInWords() {
        byte[] shiftJis = "course_code\n医療".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        Outcome.Rejected rejected = (Outcome.Rejected) CurriculumCsv.read(shiftJis, id -> true);
        assertThat(rejected.problems()).singleElement().extracting(RowProblem::reason).asString().contains("UTF-8");
        assertThat(rejected.problems().get(0).code()).isEqualTo("not-utf8");
    }
}
