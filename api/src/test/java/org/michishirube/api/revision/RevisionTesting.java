package org.michishirube.api.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.michishirube.testing.TestNeo4j;
import org.michishirube.api.testing.Tokens;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Shared bits of the revision tests (and of other tests that publish): tokens, the dataset files read independently, and putting the graph back. */
public final class RevisionTesting {

    public static final String STEWARD_A = Tokens.forRoles("steward-a", List.of("steward"));
    public static final String STEWARD_B = Tokens.forRoles("steward-b", List.of("steward"));
    static final String ADMIN = Tokens.forRoles("admin-r", List.of("admin"));
    static final String LEARNER = Tokens.forRoles("learner-r", List.of("learner"));
    static final String EDUCATOR = Tokens.sign(Tokens.SECRET, "edu@rev-u", List.of("educator"), "rev-u", Instant.now().plusSeconds(3600));

    private RevisionTesting() {
    }

    /** Removes every draft and published revision, reloads the reference dataset and rebuilds the snapshot. */
    public static void reset(DatasetLoader loader, PublishedGraph graph) {
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (n) WHERE n.origin = 'revision' OR n:Draft OR n:CareerPathDraft OR n:DraftAudit OR n:DraftComment DETACH DELETE n").consume();
            session.run("MATCH (c:Curriculum {institution: 'rev-u'}) OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course) DETACH DELETE k, c").consume();
            session.run("MATCH (i:Institution {id: 'rev-u'}) DETACH DELETE i").consume();
            session.run("MATCH (l:Learner) WHERE l.subject STARTS WITH 'learner-r' OPTIONAL MATCH (l)-[:SAVED]->(s) DETACH DELETE s, l").consume();
        }
        loader.reload();
        graph.refresh();
    }

    /**
     * A client that takes the large answers of framework exports and impact reports (16 MB, beyond the default 256 kB).
     */
    public static org.springframework.test.web.reactive.server.WebTestClient largeAnswers(int port) {
        return org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofSeconds(30))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }

    static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found");
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(locate(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relative) {
        return YAMLMapper.builder().build().readTree(bytes(relative));
    }

    /** Every target id of a framework version file, read from the YAML itself. */
    static List<String> targetIds(String versionFile) {
        List<String> ids = new ArrayList<>();
        for (JsonNode domain : yaml("dataset/src/main/resources/dataset/frameworks/" + versionFile).path("domains")) {
            collect(domain.path("targets"), ids);
        }
        return ids;
    }

    /** The target's node in the YAML. */
    static JsonNode target(String versionFile, String id) {
        for (JsonNode domain : yaml("dataset/src/main/resources/dataset/frameworks/" + versionFile).path("domains")) {
            JsonNode found = find(domain.path("targets"), id);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static JsonNode find(JsonNode targets, String id) {
        for (JsonNode t : targets) {
            if (id.equals(t.path("id").asString())) {
                return t;
            }
            JsonNode below = find(t.path("children"), id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The id of the domain whose tree holds the target, read from the YAML. */
    static String domainOf(String versionFile, String target) {
        for (JsonNode domain : yaml("dataset/src/main/resources/dataset/frameworks/" + versionFile).path("domains")) {
            List<String> ids = new ArrayList<>();
            collect(domain.path("targets"), ids);
            if (ids.contains(target)) {
                return domain.path("id").asString();
            }
        }
        throw new IllegalArgumentException(target);
    }

    private static void collect(JsonNode targets, List<String> into) {
        for (JsonNode t : targets) {
            into.add(t.path("id").asString());
            collect(t.path("children"), into);
        }
    }

    /** The roles whose needs in roles.yaml name the target. */
    static List<String> rolesNeeding(String target) {
        List<String> roles = new ArrayList<>();
        for (JsonNode r : yaml("dataset/src/main/resources/dataset/roles.yaml").path("roles")) {
            for (JsonNode n : r.path("needs")) {
                if (target.equals(n.path("target").asString())) {
                    roles.add(r.path("id").asString());
                }
            }
        }
        return roles;
    }

    /** The course codes of the sample CSV with a row mapping the target. */
    static List<String> sampleCoursesMapping(String target) {
        List<String> codes = new ArrayList<>();
        for (String line : new String(bytes("docs/examples/radiological-technology-2025.csv"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String[] cells = line.split(",");
            if (List.of(cells).contains(target) && !codes.contains(cells[0])) {
                codes.add(cells[0]);
            }
        }
        return codes;
    }
}
