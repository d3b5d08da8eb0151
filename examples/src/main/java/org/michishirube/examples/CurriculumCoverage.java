package org.michishirube.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.michishirube.core.coverage.Coverage;
import org.michishirube.core.coverage.CoverageAnalysis;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.interop.curriculum.CurriculumCsv;

/**
 * Reads a curriculum CSV (docs/curricula.md; default: the sample of docs/examples) and prints how much of the current
 * HIT targets it covers, overall and per domain.
 */
public final class CurriculumCoverage {

    private CurriculumCoverage() {
    }

    /**
     * @param args the CSV file; the sample when none is given
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "docs/examples/radiological-technology-2025.csv");
        ReferenceDataset dataset = ReferenceDataset.load();
        // tag::coverage[]
        FrameworkTree hit = dataset.trees().stream()
                .filter(t -> t.version().id().value().equals("hit@fy2020")).findFirst().orElseThrow();
        CurriculumCsv.Outcome read = CurriculumCsv.read(Files.readAllBytes(csv), id -> dataset.graph().target(id).isPresent());
        if (read instanceof CurriculumCsv.Outcome.Rejected rejected) {
            rejected.problems().forEach(p -> System.out.printf("row %d %s: %s%n", p.row(), p.column(), p.reason()));
            return;
        }
        Curriculum curriculum = new Curriculum(new CurriculumId("sample"), new InstitutionId("sample-school"),
                LocalizedText.of("見本のカリキュラム", "Sample curriculum"), Visibility.PRIVATE, 1,
                ((CurriculumCsv.Outcome.Read) read).courses());
        Coverage coverage = CoverageAnalysis.leaves().analyse(curriculum, hit);
        System.out.printf("%s: %d of %d targets covered%n", coverage.version().value(),
                coverage.overall().covered(), coverage.overall().targets());
        coverage.domains().forEach(d -> System.out.printf("  %s / %s: %d of %d%n",
                d.name().ja(), d.name().en(), d.covered(), d.targets()));
        // end::coverage[]
    }
}
