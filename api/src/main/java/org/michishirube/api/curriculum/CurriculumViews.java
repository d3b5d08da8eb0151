package org.michishirube.api.curriculum;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.michishirube.core.coverage.Benchmark;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Coverage;
import org.michishirube.core.coverage.CoverageComparison;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Share;
import org.michishirube.core.coverage.Suggestion;
import org.michishirube.core.coverage.TargetCoverage;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/** Request and response shapes of the curriculum API. Optional facts are null when absent. */
final class CurriculumViews {

    private CurriculumViews() {
    }

    /** A name in both languages, as a request carries it; checked by the controller, so a blank one is a field error. */
    record Text(String ja, String en) {
    }

    record MappingRequest(String target, String depth, String evidence) {
    }

    record CourseRequest(String code, Text title, Integer year, String semester, Integer hours, Double credits, String syllabus,
                         List<MappingRequest> mappings) {
    }

    /** Creating needs an id; replacing takes it from the path. Only admins name the institution; educators act for theirs. */
    record CurriculumRequest(String id, String institution, Text name, String visibility, List<CourseRequest> courses) {
    }

    record Decision(String depth, String evidence) {
    }

    record MappingView(String target, LocalizedText name, String depth, String evidence) {
        static MappingView from(Mapping m, Function<TargetId, Optional<LocalizedText>> names) {
            return new MappingView(m.target().value(), names.apply(m.target()).orElse(null), m.depth().code(), m.evidence().orElse(null));
        }
    }

    record CourseView(String code, LocalizedText title, int year, String semester, Integer hours, Double credits, String syllabus,
                      List<MappingView> mappings) {
        static CourseView from(Course k, Function<TargetId, Optional<LocalizedText>> names) {
            return new CourseView(k.code(), k.title(), k.year(), k.semester().code(), k.hours().isPresent() ? k.hours().getAsInt() : null,
                    k.credits().isPresent() ? k.credits().getAsDouble() : null, k.syllabus().orElse(null),
                    k.mappings().stream().map(m -> MappingView.from(m, names)).toList());
        }
    }

    record CurriculumView(String id, String institution, LocalizedText name, String visibility, long version, List<CourseView> courses) {
        static CurriculumView from(Curriculum c, Function<TargetId, Optional<LocalizedText>> names) {
            return new CurriculumView(c.id().value(), c.institution().value(), c.name(), c.visibility().code(), c.version(),
                    c.courses().stream().map(k -> CourseView.from(k, names)).toList());
        }
    }

    record CurriculumSummary(String id, String institution, LocalizedText name, String visibility, long version, int courses, int mappings) {
        static CurriculumSummary from(Curriculum c) {
            return new CurriculumSummary(c.id().value(), c.institution().value(), c.name(), c.visibility().code(), c.version(),
                    c.courses().size(), c.courses().stream().mapToInt(k -> k.mappings().size()).sum());
        }
    }

    record ImportAnswer(String curriculum, long version, boolean changed, int rows, int courses, int mappings) {
    }

    record ShareView(String id, LocalizedText name, int targets, int covered, double share, int hours, int coveredHours, double hourShare) {
        static ShareView from(Share s) {
            return new ShareView(s.id(), s.name(), s.targets(), s.covered(), s.share(), s.hours(), s.coveredHours(), s.hourShare());
        }
    }

    record TargetRow(String id, LocalizedText name, String domain, String area, int hours, boolean covered, String depth, List<String> courses) {
        static TargetRow from(TargetCoverage t) {
            return new TargetRow(t.target().value(), t.name(), t.domain().value(), t.area().value(), t.hours(), t.covered(),
                    t.depth().map(d -> d.code()).orElse(null), t.courses());
        }
    }

    record CoverageView(String curriculum, String version, ShareView overall, List<ShareView> domains, List<ShareView> areas,
                        List<TargetRow> targets, List<String> uncovered, List<String> introducedOnly, List<String> idleCourses) {
        static CoverageView from(Coverage c) {
            return new CoverageView(c.curriculum().value(), c.version().value(), ShareView.from(c.overall()),
                    c.domains().stream().map(ShareView::from).toList(), c.areas().stream().map(ShareView::from).toList(),
                    c.targets().stream().map(TargetRow::from).toList(), c.uncovered().stream().map(TargetId::value).toList(),
                    c.introducedOnly().stream().map(TargetId::value).toList(), c.idleCourses());
        }
    }

    record DomainShiftView(String domain, LocalizedText name, ShareView before, ShareView after) {
    }

    record MoverView(String target, LocalizedText name, String change, TargetRow before, TargetRow after) {
    }

    record ComparisonView(String curriculum, String from, String to, ShareView overallBefore, ShareView overallAfter,
                          List<DomainShiftView> domains, List<MoverView> movers) {
        static ComparisonView from(CoverageComparison c) {
            return new ComparisonView(c.from().curriculum().value(), c.from().version().value(), c.to().version().value(),
                    ShareView.from(c.from().overall()), ShareView.from(c.to().overall()),
                    c.domains().stream().map(d -> new DomainShiftView(d.domain(), d.name(), d.before().map(ShareView::from).orElse(null),
                            d.after().map(ShareView::from).orElse(null))).toList(),
                    c.movers().stream().map(m -> new MoverView(m.target().value(), m.name(), m.change().code(),
                            m.before().map(TargetRow::from).orElse(null), m.after().map(TargetRow::from).orElse(null))).toList());
        }
    }

    record SuggestionView(String target, String version, LocalizedText name, double score) {
    }

    record CourseSuggestions(String course, LocalizedText title, List<SuggestionView> suggestions) {
        static List<CourseSuggestions> from(Curriculum c, List<Suggestion> all) {
            Map<String, List<Suggestion>> byCourse = all.stream().collect(java.util.stream.Collectors.groupingBy(Suggestion::course));
            return c.courses().stream().map(k -> new CourseSuggestions(k.code(), k.title(), byCourse.getOrDefault(k.code(), List.of()).stream()
                    .map(s -> new SuggestionView(s.target().value(), s.version().value(), s.name(), s.score())).toList())).toList();
        }
    }

    record BenchmarkEntryView(String curriculum, String institution, LocalizedText name, ShareView overall, List<ShareView> domains) {
    }

    record SpreadView(String domain, LocalizedText name, int curricula, double min, double median, double max) {
    }

    record BenchmarkView(String version, int curricula, List<BenchmarkEntryView> entries, List<SpreadView> domains) {
        static BenchmarkView from(Benchmark b) {
            return new BenchmarkView(b.version().value(), b.entries().size(), b.entries().stream().map(e -> new BenchmarkEntryView(
                    e.curriculum().value(), e.institution().value(), e.name(), ShareView.from(e.overall()),
                    e.domains().stream().map(ShareView::from).toList())).toList(),
                    b.domains().stream().map(s -> new SpreadView(s.domain(), s.name(), s.curricula(), s.min(), s.median(), s.max())).toList());
        }
    }
}
