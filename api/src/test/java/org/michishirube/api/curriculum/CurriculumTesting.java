package org.michishirube.api.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.michishirube.testing.TestNeo4j;
import org.michishirube.api.testing.Tokens;

/** Shared bits of the curriculum tests: tokens, the sample file, and a dump of the curriculum part of the graph. */
final class CurriculumTesting {

    static final Path SAMPLE = locate("docs/examples/radiological-technology-2025.csv");

    private CurriculumTesting() {
    }

    static String educator(String institution) {
        return Tokens.sign(Tokens.SECRET, "edu@" + institution, List.of("educator"), institution, Instant.now().plusSeconds(3600));
    }

    static String admin() {
        return Tokens.forRoles("admin-1", List.of("admin"));
    }

    static byte[] sample() {
        try {
            return Files.readAllBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The docs folder is at the project root; tests run in the module directory. */
    static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** Every curriculum-side node and relationship as sorted lines, to prove that a refused write changed nothing. */
    static List<String> dump() {
        try (var session = TestNeo4j.driver().session()) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) WHERE n:Curriculum OR n:Course OR n:Institution RETURN labels(n) AS l, properties(n) AS p").list()
                    .forEach(r -> lines.add("N " + r.get("l").asList() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            session.run("""
                    MATCH (a)-[r]->(b) WHERE a:Curriculum OR a:Course OR a:Institution
                    RETURN coalesce(a.uid, a.id) AS a, type(r) AS t, coalesce(b.uid, b.id) AS b, properties(r) AS p""").list()
                    .forEach(r -> lines.add("R " + r.get("a").asString() + " -" + r.get("t").asString() + "-> " + r.get("b").asString()
                            + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            lines.sort(null);
            return lines;
        }
    }

    static void deleteCurriculaOf(String institution) {
        try (var session = TestNeo4j.driver().session()) {
            session.run("""
                    MATCH (c:Curriculum {institution: $i}) OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course) DETACH DELETE k, c""",
                    java.util.Map.of("i", institution)).consume();
            session.run("MATCH (i:Institution {id: $i}) DETACH DELETE i", java.util.Map.of("i", institution)).consume();
        }
    }

    /** Creates a curriculum of an institution (its educator's token) and imports the shipped sample CSV into it. */
    static void createSample(org.springframework.test.web.reactive.server.WebTestClient http, String institution, String id, String visibility) {
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(educator(institution)))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).bodyValue(java.util.Map.of("id", id, "visibility", visibility,
                        "name", java.util.Map.of("ja", "診療放射線学科 2025年度", "en", "Radiological technology 2025")))
                .exchange().expectStatus().isCreated();
        http.put().uri("/api/v1/curricula/" + id + "/courses").headers(h -> h.setBearerAuth(educator(institution)))
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv")).bodyValue(sample()).exchange().expectStatus().isOk();
    }
}
