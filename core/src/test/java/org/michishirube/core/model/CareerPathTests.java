package org.michishirube.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Model career paths: what a stage is, and where a learner stands, on examples and on seeded random paths. */
class CareerPathTests {

    private static final Provenance INFERRED = new Provenance("domain.md §3", Verification.INFERRED);

    private static CareerStage stage(String role, String credential, int year) {
        return new CareerStage(LocalizedText.of(String.valueOf(role) + "/" + credential, String.valueOf(role) + "/" + credential),
                Optional.ofNullable(role).map(RoleId::new), Optional.ofNullable(credential).map(CredentialId::new), year, Optional.empty());
    }

    private static CareerPath path(List<CareerStage> stages) {
        return new CareerPath(new CareerPathId("p"), LocalizedText.of("道", "path"), LocalizedText.of("説明", "about"), stages, INFERRED,
                Optional.of("reasoning"));
    }

    private static final CareerPath RT = path(List.of(stage("clinical-radiographer", "radiological-technologist", 0), stage(null, "hit", 3),
            stage("pacs-administrator", null, 5), stage(null, "miis", 7), stage(null, "senior-hit", 10), stage("cio", null, 20)));

    @Test
    void aGraduateWithTheLicenceStandsOnTheFirstStageAndHitIsNext() {
        CareerPath.Position p = RT.positionOf(Set.of(new CredentialId("radiological-technologist"))::contains, r -> false);
        assertThat(p.reached()).isZero();
        assertThat(p.next()).contains(1);
    }

    @Test
    void theFurthestStageReachedCountsAndARoleOnlyStageNeedsTheRole() {
        Set<CredentialId> held = Set.of(new CredentialId("hit"));
        assertThat(RT.positionOf(held::contains, r -> false)).isEqualTo(new CareerPath.Position(1, Optional.of(2)));
        assertThat(RT.positionOf(held::contains, new RoleId("pacs-administrator")::equals).reached()).isEqualTo(2);
        assertThat(RT.positionOf(c -> false, r -> false)).isEqualTo(new CareerPath.Position(-1, Optional.of(0)));
        assertThat(RT.positionOf(c -> true, r -> true)).isEqualTo(new CareerPath.Position(5, Optional.empty()));
        // A stage with a credential is reached by the credential, whatever the role.
        assertThat(stage("clinical-radiographer", "radiological-technologist", 0).isReachedBy(c -> false, r -> true)).isFalse();
    }

    @Test
    void aStageNamesARoleOrACredentialAndPathsClimbInTime() {
        assertThatThrownBy(() -> stage(null, null, 0)).hasMessageContaining("neither a role nor a credential");
        assertThatThrownBy(() -> stage("cio", null, -1)).hasMessageContaining("-1 years");
        assertThatThrownBy(() -> path(List.of(stage(null, "hit", 5), stage(null, "miis", 3)))).hasMessageContaining("before the stage it follows");
        assertThatThrownBy(() -> path(List.of())).hasMessageContaining("no stage");
        assertThatThrownBy(() -> new CareerPathId("Bad Id")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CareerPathId.isWellFormed("graduate-to-hit")).isTrue();
    }

    /** On random paths and learners: the stage reached is reached, no later stage is, and next follows it. */
    @Test
    void thePositionIsTheFurthestStageReachedOnRandomPaths() {
        for (long seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            try {
                List<CareerStage> stages = new ArrayList<>();
                int year = 0;
                for (int i = 0, n = 1 + random.nextInt(7); i < n; i++) {
                    year += random.nextInt(4);
                    boolean role = random.nextBoolean();
                    boolean credential = !role || random.nextBoolean();
                    stages.add(stage(role ? "r" + random.nextInt(5) : null, credential ? "c" + random.nextInt(5) : null, year));
                }
                CareerPath p = path(stages);
                Set<CredentialId> held = new HashSet<>();
                Set<RoleId> roles = new HashSet<>();
                for (int i = 0; i < 5; i++) {
                    if (random.nextInt(3) == 0) {
                        held.add(new CredentialId("c" + i));
                    }
                    if (random.nextInt(3) == 0) {
                        roles.add(new RoleId("r" + i));
                    }
                }
                CareerPath.Position pos = p.positionOf(held::contains, roles::contains);
                if (pos.reached() >= 0) {
                    assertThat(stages.get(pos.reached()).isReachedBy(held::contains, roles::contains)).isTrue();
                }
                for (int i = pos.reached() + 1; i < stages.size(); i++) {
                    assertThat(stages.get(i).isReachedBy(held::contains, roles::contains)).as("stage %d after the one reached", i).isFalse();
                }
                assertThat(pos.next()).isEqualTo(pos.reached() + 1 < stages.size() ? Optional.of(pos.reached() + 1) : Optional.empty());
            } catch (AssertionError e) {
                throw new AssertionError("property failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void theMinimumYearsOfWorkOfARuleAreTheLeastAnyAlternativeAsks() {
        Requirement hit = new Requirement.HoldsCredential(new CredentialId("hit"));
        Requirement five = new Requirement.Experience(ExperienceKind.HEALTHCARE_IS, 5);
        Requirement three = new Requirement.Experience(ExperienceKind.GENERAL_IS, 3);
        // Senior HIT: HIT and (5 years of healthcare-IS work, or 5 years of IS work and some healthcare-IS work).
        Requirement some = new Requirement.Experience(ExperienceKind.HEALTHCARE_IS, 0);
        Requirement senior = new Requirement.All(List.of(hit, new Requirement.AnyOf(List.of(five,
                new Requirement.All(List.of(new Requirement.Experience(ExperienceKind.GENERAL_IS, 5), some))))));
        assertThat(senior.minimumYearsOfWork()).isEqualTo(5);
        assertThat(new Requirement.AnyOf(List.of(five, three)).minimumYearsOfWork()).isEqualTo(3);
        assertThat(hit.minimumYearsOfWork()).isZero();
    }

    private static Credential credential(String id, Requirement... rules) {
        return new Credential(new CredentialId(id), LocalizedText.of(id, id), Optional.empty(), Optional.empty(), LocalizedText.of("団体", "Body"),
                OptionalInt.empty(), CredentialKind.PRIVATE, Optional.empty(), Optional.empty(), List.of(rules), INFERRED);
    }

    @Test
    void faultsNameUnknownIdsACredentialBeforeWhatItRequiresAndTooFewYears() {
        java.util.Map<CredentialId, Credential> known = new java.util.HashMap<>();
        for (Credential c : List.of(credential("radiological-technologist"), credential("hit"),
                credential("miis", new Requirement.HoldsCredential(new CredentialId("hit"))),
                credential("senior-hit", new Requirement.All(List.of(new Requirement.HoldsCredential(new CredentialId("hit")),
                        new Requirement.Experience(ExperienceKind.values()[0], 5)))))) {
            known.put(c.id(), c);
        }
        java.util.function.Function<CredentialId, Optional<Credential>> lookup = id -> Optional.ofNullable(known.get(id));
        java.util.function.Predicate<RoleId> roles = Set.of(new RoleId("clinical-radiographer"), new RoleId("pacs-administrator"), new RoleId("cio"))::contains;
        assertThat(RT.faults(lookup, roles)).isEmpty();

        CareerPath wrong = path(List.of(stage("no-such-role", "radiological-technologist", 0), stage(null, "miis", 1), stage(null, "hit", 2),
                stage(null, "senior-hit", 3), stage(null, "no-such-credential", 4)));
        assertThat(wrong.faults(lookup, roles)).extracting(f -> f.stage() + " " + f.field() + " " + f.code() + " " + f.value()).containsExactly(
                "0 role unknown-role no-such-role",
                "1 credential required-credential-later hit",
                "3 typicalYear before-years-of-work 5",
                "4 credential unknown-credential no-such-credential");
    }

    @Test
    void changesFromSayWhatMovedStageByStage() {
        assertThat(RT.changesFrom(RT)).isEmpty();
        CareerPath shorter = new CareerPath(RT.id(), LocalizedText.of("新しい道", "new path"), LocalizedText.of("別の説明", "other"),
                List.of(RT.stages().get(0), stage(null, "hit", 2)), new Provenance("elsewhere", Verification.SECONDARY), Optional.empty());
        List<String> changes = shorter.changesFrom(RT);
        assertThat(changes).contains("name: path → new path", "description changed", "note changed");
        assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("provenance: inferred → secondary"));
        assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("stage 2: ").contains("year 3").contains("year 2"));
        assertThat(changes.stream().filter(c -> c.contains("removed"))).hasSize(4);
        assertThat(RT.changesFrom(shorter).stream().filter(c -> c.contains(" added: "))).hasSize(4);
    }
}
