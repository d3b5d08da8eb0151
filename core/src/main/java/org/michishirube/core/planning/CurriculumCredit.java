package org.michishirube.core.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.TargetId;

/**
 * Turns the curricula a learner completed into evidenced levels of their profile, before planning. Each target a course
 * maps counts at the level its depth implies ({@link #level(Depth)}), evidenced by the institution and course; the
 * deepest course wins, and a level the learner already set is never lowered. As in coverage, a mapping to an inner
 * target reaches every target below it. Targets the graph does not hold at its
 * current versions count for nothing, as a curriculum may map targets a revision retired.
 */
public final class CurriculumCredit {

    private CurriculumCredit() {
    }

    /**
     * The result: the profile with the credited levels, and those levels with the course behind each.
     *
     * @param profile the profile to plan from
     * @param credited the levels that came from a curriculum and raised the profile, ordered by target
     */
    public record Credited(LearnerProfile profile, List<CurriculumLevel> credited) {

        public Credited {
            credited = List.copyOf(credited);
        }
    }

    /**
     * {@return the level a course's depth implies}: introduces → 1 (knows), reinforces → 2 (can explain, the exam level),
     * masters → 3 (can apply). Level 4 (leads) needs practice no course gives.
     */
    public static int level(Depth depth) {
        return switch (depth) {
            case INTRODUCES -> 1;
            case REINFORCES -> 2;
            case MASTERS -> 3;
        };
    }

    /**
     * {@return the profile with the levels its completed curricula imply}
     *
     * @param graph the snapshot; only its current targets are credited
     * @param profile the learner's own profile
     * @param completed the curricula completed, each already checked as visible to the caller
     */
    public static Credited apply(CompetencyGraph graph, LearnerProfile profile, List<CompletedCurriculum> completed) {
        Map<TargetId, CurriculumLevel> best = new TreeMap<>();
        Comparator<CurriculumLevel> deeper = Comparator.comparingInt(CurriculumLevel::level);
        for (CompletedCurriculum done : completed) {
            for (Course course : done.curriculum().courses()) {
                for (Mapping m : course.mappings()) {
                    if (!graph.contains(m.target())) {
                        continue;
                    }
                    // as in coverage, a mapping to an inner target reaches every target below it
                    for (TargetId t : withDescendants(graph, m.target())) {
                        CurriculumLevel candidate = new CurriculumLevel(t, level(m.depth()), m.depth(), done.curriculum().id(),
                                done.curriculum().institution(), course.code(), done.completed());
                        // the first deepest course in the order given wins, so the evidence named is stable
                        best.merge(t, candidate, (a, b) -> deeper.compare(b, a) > 0 ? b : a);
                    }
                }
            }
        }
        LearnerProfile result = profile;
        List<CurriculumLevel> credited = new ArrayList<>();
        for (CurriculumLevel c : best.values()) {
            if (profile.mastered().getOrDefault(c.target(), 0) >= c.level()) {
                continue;
            }
            result = result.withEvidencedMastery(c.target(), c.level(), c.evidence());
            credited.add(c);
        }
        return new Credited(result, credited);
    }

    private static List<TargetId> withDescendants(CompetencyGraph graph, TargetId root) {
        List<TargetId> all = new ArrayList<>();
        java.util.ArrayDeque<TargetId> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            TargetId t = todo.pop();
            all.add(t);
            todo.addAll(graph.children(t));
        }
        return all;
    }
}
