package org.michishirube.api.curriculum;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.michishirube.api.curriculum.CurriculumViews.BenchmarkView;
import org.michishirube.api.curriculum.CurriculumViews.ComparisonView;
import org.michishirube.api.curriculum.CurriculumViews.CoverageView;
import org.michishirube.api.problem.ApiException;
import org.michishirube.core.coverage.Benchmark;
import org.michishirube.core.coverage.Coverage;
import org.michishirube.core.coverage.CoverageAnalysis;
import org.michishirube.core.coverage.CoverageComparison;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.FrameworkTree;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Coverage of curricula over leaf targets: one curriculum in the format asked for, two versions compared, a benchmark. */
@Component
class CoverageReports {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(CoverageExports.XLSX);
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, CSV, MARKDOWN, XLSX);

    /**
     * A coverage report in one format.
     *
     * @param type the format
     * @param fileName the name to save it under, for the formats that are files
     * @param body the report: a view to write as JSON, or bytes
     */
    record Report(MediaType type, Optional<String> fileName, Object body) {
    }

    private final CurriculumSupport support;
    private final CoverageAnalysis analysis = CoverageAnalysis.leaves();

    CoverageReports(CurriculumSupport support) {
        this.support = support;
    }

    /** {@return the coverage of a curriculum against a version, in the offered format the Accept header prefers} */
    Mono<Report> coverage(String id, String version, String accept) {
        FrameworkTree tree = support.tree("version", version);
        MediaType chosen = choose(accept);
        return support.visible(id).map(c -> {
            Coverage coverage = analysis.analyse(c, tree);
            String file = c.id() + "-" + tree.version().id().value().replace('@', '_');
            if (chosen.equals(CSV)) {
                return new Report(chosen, Optional.of(file + ".csv"), CoverageExports.csv(coverage).getBytes(StandardCharsets.UTF_8));
            }
            if (chosen.equals(MARKDOWN)) {
                return new Report(chosen, Optional.empty(), CoverageExports.markdown(coverage, c).getBytes(StandardCharsets.UTF_8));
            }
            if (chosen.equals(XLSX)) {
                return new Report(chosen, Optional.of(file + ".xlsx"), CoverageExports.xlsx(coverage, c));
            }
            return new Report(chosen, Optional.empty(), CoverageView.from(coverage));
        });
    }

    /** Picks the offered type the client prefers most; JSON when it does not say. */
    static MediaType choose(String accept) {
        return org.michishirube.api.web.Negotiation.choose(accept, OFFERED);
    }

    /** {@return the curriculum against an older and a newer version of one framework, side by side} */
    Mono<ComparisonView> compare(String id, String from, String to) {
        FrameworkTree a = support.tree("from", from);
        FrameworkTree b = support.tree("to", to == null ? a.version().framework().value() : to);
        if (!a.version().framework().equals(b.version().framework())) {
            throw ApiException.invalidParameter("to", "from and to must be versions of one framework; " + a.version().id() + " and "
                    + b.version().id() + " are not.");
        }
        return support.visible(id).map(c -> ComparisonView.from(CoverageComparison.of(analysis.analyse(c, a), analysis.analyse(c, b))));
    }

    /** {@return every public curriculum's coverage of a version, best first, with the spread per domain} */
    Mono<BenchmarkView> benchmark(String version) {
        FrameworkTree tree = support.tree("version", version);
        return support.store.all().filter(c -> c.visibility() == Visibility.PUBLIC).collectList()
                .map(all -> BenchmarkView.from(Benchmark.of(tree, all, analysis)));
    }
}
