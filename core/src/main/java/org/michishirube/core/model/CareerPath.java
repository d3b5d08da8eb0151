package org.michishirube.core.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A model career path: the stages people typically climb, in order, from a start such as a degree or a first job
 * (radiological technologist → HIT → PACS administrator → MIIS → Senior HIT → head of hospital IT).
 *
 * @param id the stable id
 * @param name the path's name, ja and en
 * @param description who the path is for and what it shows, ja and en
 * @param stages the stages in order; their typical years never decrease
 * @param provenance where the path comes from and how far it is confirmed
 * @param note the reasoning behind the level and the stages' placement
 */
public record CareerPath(CareerPathId id, LocalizedText name, LocalizedText description, List<CareerStage> stages,
                         Provenance provenance, Optional<String> note) {

    public CareerPath {
        Target.require(id, "id");
        Target.require(name, "name");
        Target.require(description, "description");
        Target.require(provenance, "provenance");
        Target.require(note, "note");
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("career path " + id + " has no stage");
        }
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).typicalYear() < stages.get(i - 1).typicalYear()) {
                throw new IllegalArgumentException("career path " + id + ": stage " + (i + 1) + " is reached before the stage it follows");
            }
        }
    }

    /**
     * {@return where a learner stands on this path} The stage reached is the furthest one the learner has reached (a
     * learner who earned HIT without the first job still stands at HIT); the next stage is the one after it.
     *
     * @param holds whether the learner holds a credential
     * @param hasRole whether the learner has (or has had) a role
     */
    public Position positionOf(Predicate<CredentialId> holds, Predicate<RoleId> hasRole) {
        int reached = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).isReachedBy(holds, hasRole)) {
                reached = i;
            }
        }
        return new Position(reached, reached + 1 < stages.size() ? Optional.of(reached + 1) : Optional.empty());
    }

    /**
     * Where a learner stands on a path.
     *
     * @param reached the index of the furthest stage reached, or -1 when none is
     * @param next the index of the next stage, or empty at the top of the path
     */
    public record Position(int reached, Optional<Integer> next) {

        public Position {
            Target.require(next, "next");
        }
    }
}
