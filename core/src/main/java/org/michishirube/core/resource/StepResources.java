package org.michishirube.core.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.TargetId;

/**
 * Where to learn each target, computed once per graph and set of curricula so a plan only looks its steps up: the courses
 * of public curricula mapped to the target or to an area above it, and the registered resources that address it or an
 * area above it. Private curricula are never read into it.
 */
public final class StepResources {

    /** How closely a resource matches a step's target. */
    public enum Fit {
        /** It addresses the target itself. */
        TARGET,
        /** It addresses an area (a GIO, a domain) the target is part of. */
        AREA;

        /** {@return the code used by the API} */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One place to learn a target. */
    public sealed interface Match {

        /** {@return how closely it matches} */
        Fit fit();

        /** {@return how far it takes a learner} */
        Depth depth();

        /** {@return its study hours, when known} */
        OptionalInt hours();

        /** {@return a stable key for ordering ties} */
        String key();
    }

    /**
     * A course of a public curriculum.
     *
     * @param curriculum the curriculum, public
     * @param course the course
     * @param depth the depth of the course's mapping
     * @param fit whether the mapping is to the target or an area above it
     */
    public record CourseMatch(Curriculum curriculum, Course course, Depth depth, Fit fit) implements Match {
        @Override
        public OptionalInt hours() {
            return course.hours();
        }

        @Override
        public String key() {
            return curriculum.id().value() + "/" + course.code();
        }
    }

    /**
     * A registered resource.
     *
     * @param resource the resource
     * @param fit whether it addresses the target or an area above it
     */
    public record ResourceMatch(LearningResource resource, Fit fit) implements Match {
        @Override
        public Depth depth() {
            return resource.depth();
        }

        @Override
        public OptionalInt hours() {
            return resource.hours();
        }

        @Override
        public String key() {
            return resource.id();
        }
    }

    /** Best first: the target before an area, deeper before shallower, then fewer hours, then by key. */
    public static final Comparator<Match> RANKING = Comparator.<Match, Fit>comparing(Match::fit)
            .thenComparing(Match::depth, Comparator.reverseOrder())
            .thenComparingInt(m -> m.hours().orElse(Integer.MAX_VALUE))
            .thenComparing(Match::key);

    private final Map<TargetId, List<Match>> byTarget;

    private StepResources(Map<TargetId, List<Match>> byTarget) {
        this.byTarget = byTarget;
    }

    /** An index with nothing in it. */
    public static StepResources none() {
        return new StepResources(Map.of());
    }

    /**
     * {@return the index for every target of the graph}
     *
     * @param curricula curricula of any visibility; only public ones are read
     * @param resources the registered resources
     * @param perTarget at most this many matches are kept per target, the best ones
     */
    public static StepResources of(CompetencyGraph graph, List<Curriculum> curricula, List<LearningResource> resources, int perTarget) {
        // What addresses each target directly; an area's entries reach its subtree below.
        Map<TargetId, List<Match>> direct = new HashMap<>();
        for (Curriculum c : curricula) {
            if (c.visibility() != Visibility.PUBLIC) {
                continue;
            }
            for (Course k : c.courses()) {
                for (Mapping m : k.mappings()) {
                    direct.computeIfAbsent(m.target(), x -> new ArrayList<>()).add(new CourseMatch(c, k, m.depth(), Fit.TARGET));
                }
            }
        }
        Map<DomainId, List<Match>> byDomain = new HashMap<>();
        for (LearningResource r : resources) {
            for (TargetId t : r.targets()) {
                direct.computeIfAbsent(t, x -> new ArrayList<>()).add(new ResourceMatch(r, Fit.TARGET));
            }
            for (DomainId d : r.domains()) {
                byDomain.computeIfAbsent(d, x -> new ArrayList<>()).add(new ResourceMatch(r, Fit.AREA));
            }
        }
        Map<TargetId, List<Match>> index = new HashMap<>();
        graph.targets().forEach(t -> {
            List<Match> found = new ArrayList<>(direct.getOrDefault(t.id(), List.of()));
            for (TargetId up : graph.ancestors(t.id())) {
                for (Match m : direct.getOrDefault(up, List.of())) {
                    found.add(m instanceof CourseMatch c ? new CourseMatch(c.curriculum(), c.course(), c.depth(), Fit.AREA)
                            : new ResourceMatch(((ResourceMatch) m).resource(), Fit.AREA));
                }
            }
            found.addAll(byDomain.getOrDefault(t.domain(), List.of()));
            if (!found.isEmpty()) {
                // One entry per course or resource: the closest fit it has.
                Map<String, Match> best = new HashMap<>();
                found.forEach(m -> best.merge(m.getClass().getSimpleName() + ":" + m.key(), m, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b));
                index.put(t.id(), best.values().stream().sorted(RANKING).limit(perTarget).toList());
            }
        });
        return new StepResources(Map.copyOf(index));
    }

    /** {@return where to learn a target, best first; empty when nothing is known} */
    public List<Match> of(TargetId target) {
        return byTarget.getOrDefault(target, List.of());
    }
}
