package org.michishirube.data.dataset;

import org.michishirube.dataset.DatasetSource;
import org.michishirube.dataset.InvalidDatasetException;
import org.michishirube.data.neo4j.Database;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.testing.DatasetCopy;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.testing.TestNeo4j;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DatasetLoaderIT {

    private final Driver driver = TestNeo4j.driver();

    @TempDir
    Path temp;

    @BeforeEach
    void emptyGraphWithSchema() {
        TestNeo4j.clear();
        new SchemaMigrations(driver, Optional.empty()).apply();
    }

    @Test
    void loadsEveryTargetOfEveryVersionFileAndEveryCredential() {
        DatasetCopy copy = DatasetCopy.of(temp);
        new DatasetLoader(Database.of(driver), DatasetSource.directory(copy.dir())).reload();

        // Expected counts come from walking the YAML files directly, not from the reader under test.
        int expectedTargets = 0;
        Set<String> expectedVersions = new HashSet<>();
        for (String file : copy.frameworkFiles()) {
            JsonNode doc = copy.read(file);
            expectedTargets += DatasetCopy.targets(doc).size();
            expectedVersions.add(doc.path("framework").asString() + "@" + doc.path("version").asString());
        }
        int expectedCredentials = copy.read("credentials.yaml").path("credentials").size();
        int expectedRoles = copy.read("roles.yaml").path("roles").size();
        int expectedStatistics = copy.read("statistics.yaml").path("statistics").size();

        assertThat(count("MATCH (t:Target) RETURN count(t)")).isEqualTo(expectedTargets);
        assertThat(count("MATCH (:FrameworkVersion)-[:CONTAINS]->(t:Target) RETURN count(t)")).isEqualTo(expectedTargets);
        assertThat(count("MATCH (c:Credential) RETURN count(c)")).isEqualTo(expectedCredentials);
        assertThat(count("MATCH (r:Role) RETURN count(r)")).isEqualTo(expectedRoles);
        assertThat(count("MATCH (s:ExamStatistic) RETURN count(s)")).isEqualTo(expectedStatistics);
        assertThat(strings("MATCH (v:FrameworkVersion) RETURN v.id AS x")).containsExactlyInAnyOrderElementsOf(expectedVersions);
        // Every target hangs from a parent target or a domain, and exactly one version per framework is current.
        assertThat(count("MATCH (t:Target) WHERE NOT (t)-[:PART_OF]->() RETURN count(t)")).isZero();
        assertThat(count("MATCH (v:FrameworkVersion {current: true}) RETURN count(DISTINCT v.framework) - count(v)")).isZero();
        assertThat(strings("MATCH (:Credential {id: 'senior-hit'})-[:REQUIRES]->(c:Credential) RETURN c.id AS x")).contains("hit");
        assertThat(strings("MATCH (d:DatasetRelease) RETURN d.version AS x"))
                .containsExactly(copy.read("manifest.yaml").path("datasetVersion").asString());
    }

    @Test
    void loadingTheSameDatasetTwiceChangesNothing() {
        DatasetLoader loader = new DatasetLoader(Database.of(driver), DatasetSource.directory(DatasetCopy.of(temp).dir()));
        LoadReport first = loader.reload();
        assertThat(first.unchanged()).isFalse();
        List<String> afterFirst = dumpWithoutRevision();

        LoadReport second = loader.reload();

        assertThat(second.unchanged()).isTrue();
        assertThat(dumpWithoutRevision()).isEqualTo(afterFirst);
        assertThat(loader.loadIfMissing()).isEmpty();
    }

    @Test
    void anOlderBuildDoesNotLoadItsDatasetOverANewerOne() {
        DatasetCopy newer = DatasetCopy.of(temp);
        newer.edit("manifest.yaml", root -> root.put("datasetVersion", "2999.1.0"));
        new DatasetLoader(Database.of(driver), DatasetSource.directory(newer.dir())).reload();
        List<String> before = GraphDump.of(driver);

        DatasetLoader shipped = new DatasetLoader(Database.of(driver), org.michishirube.dataset.DatasetSource.shipped());
        assertThat(shipped.loadIfMissing()).isEmpty();

        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(strings("MATCH (d:DatasetRelease) RETURN d.version AS x")).containsExactly("2999.1.0");
    }

    @Test
    void aGraphLaidOutByAnOlderBuildIsReloadedAtStartUp() {
        DatasetLoader loader = new DatasetLoader(Database.of(driver), DatasetSource.directory(DatasetCopy.of(temp).dir()));
        loader.reload();
        List<String> current = dumpWithoutRevision();
        try (var session = driver.session()) {
            session.run("MATCH (r:DatasetRelease) REMOVE r.layout").consume();
            session.run("MATCH (d:Domain) REMOVE d.versions").consume();
        }

        assertThat(loader.loadIfMissing()).isPresent();

        assertThat(dumpWithoutRevision()).isEqualTo(current);
        assertThat(loader.loadIfMissing()).isEmpty();
    }

    @Test
    void reloadReportsWhatAnEditChanged() {
        DatasetCopy copy = DatasetCopy.of(temp);
        DatasetLoader loader = new DatasetLoader(Database.of(driver), DatasetSource.directory(copy.dir()));
        loader.reload();
        String file = copy.frameworkFiles().get(copy.frameworkFiles().size() - 1);
        String[] edited = new String[1];
        copy.edit(file, root -> {
            ObjectNode target = DatasetCopy.targets(root).get(0);
            ((ObjectNode) target.get("name")).put("en", "Renamed for the test");
            edited[0] = root.path("framework").asString() + "@" + root.path("version").asString() + "/" + target.path("id").asString();
        });

        LoadReport report = loader.reload();

        assertThat(report.nodesChanged()).containsExactly("Target:" + edited[0]);
        assertThat(report.nodesAdded()).isEmpty();
        assertThat(report.nodesRemoved()).isEmpty();
        assertThat(strings("MATCH (t:Target {uid: '" + edited[0] + "'}) RETURN t.nameEn AS x")).containsExactly("Renamed for the test");
    }

    @Test
    void aPrerequisiteCycleIsRejectedNamingFileAndItemAndTheGraphIsUntouched() {
        DatasetCopy copy = DatasetCopy.of(temp);
        DatasetLoader loader = new DatasetLoader(Database.of(driver), DatasetSource.directory(copy.dir()));
        loader.reload();
        List<String> before = GraphDump.of(driver);
        String file = fileWithInternalPrerequisite(copy);
        String[] pair = new String[2];
        copy.edit(file, root -> {
            Set<String> ids = new HashSet<>();
            DatasetCopy.targets(root).forEach(t -> ids.add(t.path("id").asString()));
            for (ObjectNode t : DatasetCopy.targets(root)) {
                for (JsonNode p : t.path("prerequisites")) {
                    if (ids.contains(p.asString()) && pair[0] == null) {
                        pair[0] = t.path("id").asString();
                        pair[1] = p.asString();
                    }
                }
            }
            DatasetCopy.targets(root).stream().filter(t -> t.path("id").asString().equals(pair[1])).findFirst()
                    .ifPresent(p -> DatasetCopy.arrayOf(p, "prerequisites").add(pair[0]));
        });

        assertThatThrownBy(loader::reload).isInstanceOfSatisfying(InvalidDatasetException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.fault()).contains("cycle").contains(pair[0]).contains(pair[1]);
                }));
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void aDanglingReferenceAMissingTranslationAndADuplicateIdAreAllReportedAtOnce() {
        DatasetCopy copy = DatasetCopy.of(temp);
        DatasetLoader loader = new DatasetLoader(Database.of(driver), DatasetSource.directory(copy.dir()));
        loader.reload();
        List<String> before = GraphDump.of(driver);
        String file = copy.frameworkFiles().get(copy.frameworkFiles().size() - 1);
        String[] ids = new String[3];
        copy.edit(file, root -> {
            List<ObjectNode> targets = DatasetCopy.targets(root);
            ids[0] = targets.get(1).path("id").asString();
            DatasetCopy.arrayOf(targets.get(1), "prerequisites").add(root.path("framework").asString() + ".no.such.target");
            ids[1] = targets.get(2).path("id").asString();
            ((ObjectNode) targets.get(2).get("name")).remove("en");
            ids[2] = targets.get(3).path("id").asString();
            targets.get(4).put("id", ids[2]);
        });

        assertThatThrownBy(loader::reload).isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.item()).contains(ids[1]));
            assertThat(e.getMessage()).contains(file);
        });
        // The schema catches the missing translation first; fix it and the graph checks find the rest.
        copy.edit(file, root -> DatasetCopy.targets(root).stream().filter(t -> t.path("id").asString().equals(ids[1]))
                .forEach(t -> ((ObjectNode) t.get("name")).put("en", "Back again")));
        assertThatThrownBy(loader::reload).isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.item()).isEqualTo(ids[0]);
                assertThat(p.fault()).contains("no.such.target");
            });
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.item()).isEqualTo(ids[2]);
                assertThat(p.fault()).contains("duplicate");
            });
        });
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.write("roles.yaml", "roles:\n  - id: x\n    name: [unclosed\n");

        assertThatThrownBy(() -> new DatasetLoader(Database.of(driver), DatasetSource.directory(copy.dir())).reload())
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("roles.yaml");
                    assertThat(p.fault()).contains("not valid YAML").contains("line");
                }));
        assertThat(count("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') RETURN count(n)")).isZero();
    }

    @Test
    void aFailureMidwayThroughTheLoadLeavesTheGraphExactlyAsItWas() {
        DatasetCopy copy = DatasetCopy.of(temp);
        DatasetLoader loader = new DatasetLoader(Database.of(driver), DatasetSource.directory(copy.dir()));
        loader.reload();
        copy.edit(copy.frameworkFiles().get(0), root ->
                ((ObjectNode) DatasetCopy.targets(root).get(0).get("name")).put("ja", "途中で失敗する変更"));
        List<String> before = GraphDump.of(driver);
        for (String step : List.of("credentials", "targets", "cleared", "relationships")) {
            loader.afterEachStep(s -> {
                if (s.equals(step)) {
                    throw new IllegalStateException("injected failure after " + s);
                }
            });
            assertThatThrownBy(loader::reload).hasMessageContaining("injected failure after " + step);
            assertThat(GraphDump.of(driver)).as("graph after a failure at %s", step).isEqualTo(before);
        }
    }

    private String fileWithInternalPrerequisite(DatasetCopy copy) {
        for (String file : copy.frameworkFiles()) {
            JsonNode doc = copy.read(file);
            Set<String> ids = new HashSet<>();
            DatasetCopy.targets(doc).forEach(t -> ids.add(t.path("id").asString()));
            for (ObjectNode t : DatasetCopy.targets(doc)) {
                for (JsonNode p : t.path("prerequisites")) {
                    if (ids.contains(p.asString())) {
                        return file;
                    }
                }
            }
        }
        throw new IllegalStateException("no framework file has a prerequisite inside it");
    }

    private List<String> dumpWithoutRevision() {
        return GraphDump.of(driver).stream().filter(l -> !l.contains("GraphState")).toList();
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private List<String> strings(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).list(r -> r.get("x").asString());
        }
    }
}
