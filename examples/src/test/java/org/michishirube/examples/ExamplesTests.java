package org.michishirube.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs every program of the library guide and checks what it prints against the dataset files, read here on their
 * own (line counts of ids), not through the library.
 */
class ExamplesTests {

    private static final Path DATASET = Path.of("../dataset/src/main/resources/dataset");

    @FunctionalInterface
    interface Program {
        void run(String[] args) throws Exception;
    }

    static String run(Program program, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            program.run(args);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        original.print(printed);
        return printed;
    }

    private static long idLines(Path yaml) throws IOException {
        return Files.readAllLines(yaml).stream().filter(l -> l.startsWith("- id: ")).count();
    }

    @Test
    void loadingTheGraphNamesEveryCredentialAndRoleOfTheFiles() throws Exception {
        String printed = run(LoadReferenceGraph::main);
        Matcher counts = Pattern.compile("(\\d+) credentials, (\\d+) frameworks, \\d+ current targets, (\\d+) roles").matcher(printed);
        assertThat(counts.find()).as(printed).isTrue();
        assertThat(Long.parseLong(counts.group(1))).isEqualTo(idLines(DATASET.resolve("credentials.yaml")));
        assertThat(Long.parseLong(counts.group(3))).isEqualTo(idLines(DATASET.resolve("roles.yaml")));
        assertThat(printed).contains("hit@fy2020", "miis@");
    }

    @Test
    void thePlanToMiisIsATableOfMiisTargetsEndingInTheExam() throws Exception {
        String printed = run(PlanToMiis::main);
        assertThat(printed).startsWith("# 学習計画 / Learning plan").contains("| 1 |").contains("受験 / Exam: miis");
        // HIT is held, so its targets are not studied again; the DICOM targets are MIIS's core.
        assertThat(printed.lines().filter(l -> l.startsWith("| ") && l.matches("\\| \\d+ \\|.*"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row).doesNotContain("hit."));
        assertThat(printed).contains("DICOM");
    }

    @Test
    void aPharmacistIsOfferedRolesOfOtherFamilies() throws Exception {
        String printed = run(SecondCareer::main);
        assertThat(printed).contains("excluded families: [");
        assertThat(printed.lines().skip(1)).hasSize(3).noneSatisfy(l -> assertThat(l).startsWith("pharmacist "));
    }

    @Test
    void theSampleCurriculumCoversPartOfHit() throws Exception {
        String printed = run(CurriculumCoverage::main, "../docs/examples/radiological-technology-2025.csv");
        Matcher overall = Pattern.compile("hit@fy2020: (\\d+) of (\\d+) targets covered").matcher(printed);
        assertThat(overall.find()).as(printed).isTrue();
        int covered = Integer.parseInt(overall.group(1));
        int targets = Integer.parseInt(overall.group(2));
        assertThat(covered).isPositive().isLessThanOrEqualTo(targets);
        assertThat(printed.lines().filter(l -> l.startsWith("  "))).hasSize(3);
    }

    @Test
    void aCurriculumWithAnUnknownTargetIsRefusedByRow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence\n"
                + "X-1,概論,Intro,1,前期,30,2,,hit.no-such-target,introduces,\n");
        assertThat(run(CurriculumCoverage::main, csv.toString())).startsWith("row 2 target: ");
    }

    @Test
    void theFy2020RevisionDiffNamesBothVersions() throws Exception {
        String printed = run(DiffVersions::main);
        assertThat(printed).contains("hit@pre-fy2020", "hit@fy2020").containsPattern("ADDED=\\d+|added=\\d+");
    }

    @Test
    void aCasePackageReadsBackWithEveryItem() throws Exception {
        String printed = run(CaseRoundTrip::main);
        Matcher read = Pattern.compile("read back: .+, (\\d+) items, (\\d+) skipped").matcher(printed);
        assertThat(read.find()).as(printed).isTrue();
        long targetsAndDomains = Files.readAllLines(DATASET.resolve("frameworks/miis@2011.yaml")).stream()
                .filter(l -> l.strip().startsWith("- id: ")).count();
        assertThat(Long.parseLong(read.group(1))).isEqualTo(targetsAndDomains);
        // What is skipped is exactly the links from MIIS targets to HIT targets, which a one-framework package cannot hold.
        Matcher hitReferences = Pattern.compile("\\bhit\\.[a-z0-9.-]+").matcher(Files.readString(DATASET.resolve("frameworks/miis@2011.yaml")));
        assertThat(Long.parseLong(read.group(2))).isEqualTo(hitReferences.results().count());
        assertThat(printed).contains("is outside this package");
    }
}
