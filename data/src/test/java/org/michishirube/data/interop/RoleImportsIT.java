package org.michishirube.data.interop;

import org.michishirube.interop.Csv;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.occupation.OccupationalData;
import org.michishirube.interop.occupation.RoleCsv;

import org.michishirube.data.neo4j.Database;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.data.graph.GraphSnapshotReader;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.testing.Fixtures;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.testing.TestNeo4j;
import org.neo4j.driver.Driver;

/** Roles from the real O*NET and ESCO extracts, through the crosswalk and the documented CSV, all or nothing. */
class RoleImportsIT {

    static final List<String> HEALTH_SOC = List.of("29-1141.00", "29-1141.01", "29-1141.04", "29-1171.00", "29-2061.00", "31-1131.00",
            "29-2072.00", "29-9021.00", "11-9111.00", "15-1211.00", "15-1211.01", "43-6013.00");

    private final Driver driver = TestNeo4j.driver();
    private final RoleImports roles = new RoleImports(Database.of(driver));
    private CompetencyGraph graph;

    @BeforeEach
    void referenceDataset() {
        TestNeo4j.clear();
        new SchemaMigrations(driver, Optional.empty()).apply();
        new DatasetLoader(Database.of(driver), DatasetSource.shipped()).reload();
        graph = new GraphSnapshotReader(Database.of(driver)).read().graph();
    }

    @Test
    void theShippedCrosswalkNamesOnlyCurrentTargets() throws java.io.IOException {
        OccupationalData.withShippedCrosswalk();
        for (Csv.Row r : Csv.read(new String(getClass().getResourceAsStream("/interop/crosswalk.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8), ',')) {
            assertThat(graph.contains(org.michishirube.core.model.TargetId.of(r.get("target_id")))).as("line " + r.line()).isTrue();
        }
    }

    @Test
    void onetOccupationsBecomeRolesAndTheTwoWithoutRatingsAreReported() {
        OccupationalData.Conversion c = OccupationalData.withShippedCrosswalk().onet(Fixtures.read("onet/onet29.2_occupation_data.tsv"),
                List.of(Fixtures.read("onet/onet29.2_skills.health-subset.tsv"), Fixtures.read("onet/onet29.2_knowledge.health-subset.tsv")),
                HEALTH_SOC);
        assertThat(c.skipped()).filteredOn(s -> s.reason().contains("no skill or knowledge ratings")).hasSize(2);
        List<Role> read = RoleCsv.read(c.csv(), graph::contains);
        assertThat(read).hasSize(10);
        Role informatics = read.stream().filter(r -> r.id().value().equals("onet-15-1211-01")).findFirst().orElseThrow();
        assertThat(informatics.name().en()).isEqualTo("Health Informatics Specialists");
        assertThat(informatics.family()).isEqualTo("analytics");
        assertThat(informatics.needs()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.importance()).isBetween(0.0, 1.0);
            assertThat(n.level()).isBetween(1, 4);
        });
        RoleImports.Report report = roles.store(read, "steward");
        assertThat(report.created()).hasSize(10);
        CompetencyGraph after = new GraphSnapshotReader(Database.of(driver)).read().graph();
        assertThat(after.role(new RoleId("onet-15-1211-01")).orElseThrow().needs()).isEqualTo(informatics.needs());
        // Importing again replaces, not duplicates.
        assertThat(roles.store(read, "steward").replaced()).hasSize(10);
        assertThat(new GraphSnapshotReader(Database.of(driver)).read().graph().roles()).hasSize(graph.roles().size() + 10);
    }

    @Test
    void escoOccupationsBecomeRolesWithEssentialSkillsWeighedFully() {
        OccupationalData.Conversion c = OccupationalData.withShippedCrosswalk().esco(Fixtures.read("esco/occupations_en.csv"),
                Fixtures.read("esco/occupationSkillRelations.csv"));
        List<Role> read = RoleCsv.read(c.csv(), graph::contains);
        assertThat(read).hasSize(9);
        Role pacs = read.stream().filter(r -> r.name().en().contains("picture archiving")).findFirst().orElseThrow();
        assertThat(pacs.needs()).anySatisfy(n -> {
            assertThat(n.target().value()).isEqualTo("miis.pacs.ris");
            assertThat(n.importance()).isEqualTo(1.0);
        });
        assertThat(c.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("crosswalk"));
        roles.store(read, "steward");
        assertThat(new GraphSnapshotReader(Database.of(driver)).read().graph().role(pacs.id())).isPresent();
    }

    @Test
    void everyFaultyRowIsReportedWithItsLineAndNothingIsStored() {
        List<String> before = GraphDump.of(driver);
        String csv = """
                role_id,role_name_ja,role_name_en,family,target_id,level,importance,source
                ok-role,役割,Role,hospital-it,hit.it.db,2,0.5,x
                ok-role,役割,Role,hospital-it,hit.no.such,2,0.5,x
                bad-family,役割,Role,astronaut,hit.it.db,2,0.5,x
                ok-role,役割,Role,hospital-it,hit.it.net,5,1.5,x
                "Bad Id",役割,Role,hospital-it,hit.it.db,2,0.5,x
                """;
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> RoleCsv.read(csv, graph::contains));
        assertThat(e.faults()).extracting(ImportFault::where).containsExactly("line 3", "line 4", "line 5", "line 5", "line 6");
        assertThat(e.faults().get(0).fault()).contains("hit.no.such");
        assertThatThrownBy(() -> RoleCsv.read("role_id,role_name_ja\nx,y\n", graph::contains)).isInstanceOf(InvalidImportException.class)
                .satisfies(x -> assertThat(((InvalidImportException) x).faults()).hasSize(5));
        // A reference role cannot be overwritten; nothing changes.
        List<Role> clash = RoleCsv.read("""
                role_id,role_name_ja,role_name_en,family,target_id,level,importance
                %s,役割,Role,hospital-it,hit.it.db,2,0.5
                """.formatted(graph.roles().get(0).id().value()), graph::contains);
        assertThatThrownBy(() -> roles.store(clash, "steward")).isInstanceOf(ImportConflictException.class);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }
}
