package org.michishirube.data.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.resource.LearningResource;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.ExamStatistic;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.planning.SittingCalendar;

/**
 * Everything the service reads, held in memory: the published graph, every version's tree and the exam
 * statistics, as of one graph revision.
 *
 * @param revision the graph revision it was read at
 * @param graph the published graph
 * @param trees every framework version, by id
 * @param statistics the exam statistics
 * @param sittings the exam sittings, indexed once per snapshot so that planning does not sort them per request
 * @param careerPaths the model career paths, in id order
 * @param resources the registered learning resources (seeded and stewards'), in id order
 */
public record GraphSnapshot(long revision, CompetencyGraph graph, Map<FrameworkVersionId, FrameworkTree> trees,
                            List<ExamStatistic> statistics, SittingCalendar sittings, List<CareerPath> careerPaths,
                            List<LearningResource> resources) {

    public GraphSnapshot {
        trees = Map.copyOf(trees);
        statistics = List.copyOf(statistics);
        sittings = sittings == null ? SittingCalendar.none() : sittings;
        careerPaths = careerPaths == null ? List.of() : careerPaths.stream().sorted(Comparator.comparing(CareerPath::id)).toList();
        resources = resources == null ? List.of() : resources.stream().sorted(Comparator.comparing(LearningResource::id)).toList();
    }

    public static GraphSnapshot of(long revision, CompetencyGraph graph, List<FrameworkTree> trees, List<ExamStatistic> statistics) {
        return of(revision, graph, trees, statistics, SittingCalendar.none());
    }

    public static GraphSnapshot of(long revision, CompetencyGraph graph, List<FrameworkTree> trees, List<ExamStatistic> statistics,
                                   SittingCalendar sittings) {
        return of(revision, graph, trees, statistics, sittings, List.of());
    }

    public static GraphSnapshot of(long revision, CompetencyGraph graph, List<FrameworkTree> trees, List<ExamStatistic> statistics,
                                   SittingCalendar sittings, List<CareerPath> careerPaths) {
        return of(revision, graph, trees, statistics, sittings, careerPaths, List.of());
    }

    public static GraphSnapshot of(long revision, CompetencyGraph graph, List<FrameworkTree> trees, List<ExamStatistic> statistics,
                                   SittingCalendar sittings, List<CareerPath> careerPaths, List<LearningResource> resources) {
        return new GraphSnapshot(revision, graph,
                trees.stream().collect(Collectors.toMap(t -> t.version().id(), Function.identity())), statistics, sittings, careerPaths,
                resources);
    }

    /** {@return the registered resource with this id} */
    public Optional<LearningResource> resource(String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** {@return the career path with this id} */
    public Optional<CareerPath> careerPath(String id) {
        return careerPaths.stream().filter(p -> p.id().value().equals(id)).findFirst();
    }

    public Optional<FrameworkTree> tree(FrameworkVersionId id) {
        return Optional.ofNullable(trees.get(id));
    }

    /**
     * {@return the versions of a framework, oldest first}
     * The order follows the supersedes chain, since many effective dates are unknown.
     */
    public List<FrameworkTree> versionsOf(FrameworkId framework) {
        return trees.values().stream().filter(t -> t.version().framework().equals(framework))
                .sorted(Comparator.comparingInt(this::generation).thenComparing(t -> t.version().id()))
                .toList();
    }

    /** {@return how many versions precede this one along its supersedes chain} */
    private int generation(FrameworkTree tree) {
        int generation = 0;
        var previous = tree.version().supersedes();
        while (previous.isPresent() && generation <= trees.size()) {
            generation++;
            previous = Optional.ofNullable(trees.get(previous.get())).flatMap(t -> t.version().supersedes());
        }
        return generation;
    }
}
