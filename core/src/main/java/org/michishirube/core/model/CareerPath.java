package org.michishirube.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
     * {@return what is wrong with the path in a graph, empty when nothing is} Every role and credential must exist, a
     * credential's required credentials must be reached at an earlier stage, and a credential must not be placed before
     * the years of work its eligibility rule asks for.
     *
     * @param credential the credential of an id, if the graph has it
     * @param knownRole whether the graph has a role
     */
    public List<Fault> faults(Function<CredentialId, Optional<Credential>> credential, Predicate<RoleId> knownRole) {
        return faults(stages, credential, knownRole);
    }

    /**
     * {@return what is wrong with stages in a graph}, as {@link #faults(Function, Predicate)}; for stages that may not make
     * a path yet (a reader reports these faults and the order of years together)
     */
    public static List<Fault> faults(List<CareerStage> stages, Function<CredentialId, Optional<Credential>> credential,
                                     Predicate<RoleId> knownRole) {
        List<Fault> faults = new ArrayList<>();
        Set<CredentialId> earlier = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            CareerStage stage = stages.get(i);
            int index = i;
            stage.role().filter(r -> !knownRole.test(r)).ifPresent(r -> faults.add(new Fault(index, "role", "unknown-role", r.value(),
                    "names unknown role " + r)));
            if (stage.credential().isEmpty()) {
                continue;
            }
            CredentialId id = stage.credential().get();
            Optional<Credential> found = credential.apply(id);
            if (found.isEmpty()) {
                faults.add(new Fault(i, "credential", "unknown-credential", id.value(), "names unknown credential " + id));
                continue;
            }
            List<Requirement> rules = found.get().requirements();
            rules.stream().flatMap(r -> r.mandatoryCredentials().stream()).filter(c -> !earlier.contains(c)).distinct()
                    .sorted(Comparator.comparing(CredentialId::value))
                    .forEach(c -> faults.add(new Fault(index, "credential", "required-credential-later", c.value(),
                            "places " + id + " before " + c + ", which it requires")));
            int years = rules.stream().mapToInt(Requirement::minimumYearsOfWork).max().orElse(0);
            if (stage.typicalYear() < years) {
                faults.add(new Fault(i, "typicalYear", "before-years-of-work", String.valueOf(years),
                        "places " + id + " at year " + stage.typicalYear() + ", but it asks for " + years + " years of work"));
            }
            earlier.add(id);
        }
        return faults;
    }

    /**
     * {@return what changed from an earlier form of the path, one English line each, empty when nothing did}; stages are
     * compared by position
     */
    public List<String> changesFrom(CareerPath before) {
        List<String> lines = new ArrayList<>();
        if (!before.name().equals(name)) {
            lines.add("name: " + before.name().en() + " → " + name.en());
        }
        if (!before.description().equals(description)) {
            lines.add("description changed");
        }
        if (!before.provenance().equals(provenance)) {
            lines.add("provenance: " + before.provenance().verification().code() + " → " + provenance.verification().code()
                    + " (" + provenance.source() + ")");
        }
        if (!before.note().equals(note)) {
            lines.add("note changed");
        }
        int common = Math.min(before.stages().size(), stages.size());
        for (int i = 0; i < common; i++) {
            if (!before.stages().get(i).equals(stages.get(i))) {
                lines.add("stage " + (i + 1) + ": " + before.stages().get(i).summary() + " → " + stages.get(i).summary());
            }
        }
        for (int i = common; i < stages.size(); i++) {
            lines.add("stage " + (i + 1) + " added: " + stages.get(i).summary());
        }
        for (int i = common; i < before.stages().size(); i++) {
            lines.add("stage " + (i + 1) + " removed: " + before.stages().get(i).summary());
        }
        return lines;
    }

    /**
     * Something wrong with a stage of a path.
     *
     * @param stage the stage's index, from 0
     * @param field the stage's field at fault: {@code role}, {@code credential} or {@code typicalYear}
     * @param code a stable code: {@code unknown-role}, {@code unknown-credential}, {@code required-credential-later},
     *             {@code before-years-of-work}
     * @param value the id or number involved
     * @param message the fault in English
     */
    public record Fault(int stage, String field, String code, String value, String message) {
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
