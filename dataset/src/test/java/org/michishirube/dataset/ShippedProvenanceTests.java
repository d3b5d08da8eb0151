package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shipped dataset keeps the verification scale's rules, checked here by a separate, simpler walk over the YAML
 * files (not by the reader's checker): every level is one of the four, every citation resolves and every source is
 * cited, corroborated items cite their body, items of a retired version rest on nothing published after it ended, and
 * inferred items carry their reasoning. The reader must see the same items at the same levels.
 */
class ShippedProvenanceTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> BODY_KINDS = Set.of("official-document", "official-page", "exam-paper", "exam-result", "committee-abstract");

    /** One item with a level, as the plain walk finds it. */
    private record Found(String file, String id, String level, List<String> sources, boolean reasoned, Set<String> credentials, String versionEnd) {
    }

    private final JsonNode manifest = read("manifest.yaml");
    private final Map<String, JsonNode> registry = new TreeMap<>();
    private final Map<String, String> credentialOfFramework = new HashMap<>();
    private final List<Found> found = new ArrayList<>();

    ShippedProvenanceTests() {
        read("sources.yaml").path("sources").forEach(s -> registry.put(s.path("id").asString(), s));
        JsonNode credentials = read("credentials.yaml");
        credentials.path("credentials").forEach(c -> {
            if (c.has("framework")) {
                credentialOfFramework.put(c.path("framework").path("id").asString(), c.path("id").asString());
            }
            found.add(found("credentials.yaml", c, c.path("id").asString(), c.has("note"), null, "verification"));
        });
        JsonNode roles = read("roles.yaml");
        roles.path("roles").forEach(r -> {
            Set<String> suited = new TreeSet<>();
            r.path("suitedBy").forEach(c -> suited.add(c.asString()));
            found.add(found("roles.yaml", r, r.path("id").asString(), r.has("note"), null, "verification"));
            found.add(new Found("roles.yaml", r.path("id").asString() + " needs", r.path("needsVerification").asString(), sources(r),
                    r.has("note") || roles.has("needsNote"), suited, null));
        });
        read("statistics.yaml").path("statistics").forEach(s ->
                found.add(found("statistics.yaml", s, s.path("credential").asString() + "/" + s.path("year").asInt(), s.has("note"), null, "verification")));
        read("sittings.yaml").path("sittings").forEach(s -> found.add(new Found("sittings.yaml", s.path("credential").asString() + "/" + s.path("year").asInt(),
                s.path("verification").asString(), sources(s), s.has("note"), Set.of(s.path("credential").asString()), null)));
        read("career-paths.yaml").path("careerPaths").forEach(p -> {
            Set<String> onPath = new TreeSet<>();
            p.path("stages").forEach(st -> {
                if (st.has("credential")) {
                    onPath.add(st.path("credential").asString());
                }
            });
            found.add(new Found("career-paths.yaml", p.path("id").asString(), p.path("verification").asString(), sources(p), p.has("note"), onPath, null));
        });
        // A resource is about the credentials whose frameworks its targets and domains belong to (the id's first segment).
        read("resources.yaml").path("resources").forEach(r -> {
            Set<String> about = new TreeSet<>();
            for (String field : List.of("targets", "domains")) {
                r.path(field).forEach(x -> about.add(credentialOfFramework.get(x.asString().split("\\.")[0])));
            }
            found.add(new Found("resources.yaml", r.path("id").asString(), r.path("verification").asString(), sources(r), r.has("note"), about, null));
        });
        for (JsonNode f : manifest.path("files").path("frameworks")) {
            JsonNode v = read(f.asString());
            Set<String> credential = Set.of(credentialOfFramework.get(v.path("framework").asString()));
            String end = v.path("status").asString().equals("retired") && v.hasNonNull("statusEndDate") ? v.path("statusEndDate").asString() : null;
            boolean versionNote = v.has("note");
            found.add(new Found(f.asString(), "version", v.path("verification").asString(), sources(v), versionNote, credential, end));
            v.path("changes").forEach(ch -> found.add(new Found(f.asString(), "change", ch.path("verification").asString(v.path("verification").asString()),
                    sources(v), versionNote || ch.has("note"), credential, end)));
            for (JsonNode d : v.path("domains")) {
                boolean domainNote = versionNote || d.has("note");
                found.add(new Found(f.asString(), d.path("id").asString(), d.path("verification").asString(), sources(d), domainNote, credential, end));
                walk(f.asString(), d.path("targets"), domainNote, credential, end);
            }
        }
    }

    @Test
    void everyLevelIsOneOfTheFourAndTheReaderSeesTheSameItemsAtTheSameLevels() {
        assertThat(found).extracting(Found::level).allMatch(Set.of("official", "corroborated", "secondary", "inferred")::contains);
        Map<String, Long> ours = found.stream().collect(Collectors.groupingBy(Found::level, TreeMap::new, Collectors.counting()));
        Map<String, Long> reader = ReferenceDataset.load().citations().stream()
                .collect(Collectors.groupingBy(c -> c.level().code(), TreeMap::new, Collectors.counting()));
        assertThat(reader).isEqualTo(ours);
        assertThat(ours.get("corroborated")).isPositive();
    }

    @Test
    void everyCitationResolvesEverySourceIsCitedAndEachLocationIsListedOnce() {
        Set<String> cited = found.stream().flatMap(f -> f.sources().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(cited).isEqualTo(registry.keySet());
        List<String> locations = registry.values().stream().map(s -> s.has("url") ? s.path("url").asString() : s.path("reference").asString()).toList();
        assertThat(locations).doesNotHaveDuplicates();
    }

    @Test
    void corroboratedItemsCiteTheirOwnBodyAndBlogsOrManualsNeverDo() {
        for (Found f : found.stream().filter(f -> f.level().equals("corroborated")).toList()) {
            assertThat(f.sources()).as(f.file() + " " + f.id()).anySatisfy(s -> {
                JsonNode source = registry.get(s);
                assertThat(BODY_KINDS).contains(source.path("kind").asString());
                assertThat(source.path("speaksFor").valueStream().map(JsonNode::asString)).containsAnyElementsOf(f.credentials());
            });
        }
        assertThat(registry.values()).filteredOn(s -> Set.of("blog", "third-party-doc").contains(s.path("kind").asString()))
                .allSatisfy(s -> assertThat(s.has("speaksFor")).isFalse());
    }

    @Test
    void noItemOfARetiredVersionRestsOnlyOnSourcesPublishedAfterTheVersionEnded() {
        List<Found> retired = found.stream().filter(f -> f.versionEnd() != null && !f.level().equals("inferred")).toList();
        assertThat(retired).isNotEmpty();
        for (Found f : retired) {
            // YYYY or YYYY-MM sorts before any YYYY-MM-DD of the same period, so a plain string comparison errs towards "in time".
            assertThat(f.sources()).as(f.file() + " " + f.id()).allSatisfy(s -> {
                String published = registry.get(s).path("published").asString();
                assertThat(published.equals("undated") || published.compareTo(f.versionEnd()) <= 0).isTrue();
            });
        }
        // The audit's examples: evidence from 2022-24 no longer corroborates the version before FY2020.
        Map<String, Found> before = found.stream().filter(f -> f.file().endsWith("hit@pre-fy2020.yaml"))
                .collect(Collectors.toMap(Found::id, Function.identity(), (a, b) -> a));
        for (String id : List.of("hit.sys.security.cloud", "hit.sys.security.cyber", "hit.sys.security.passwords", "hit.it.net.ip",
                "hit.sys.regional.online-care")) {
            assertThat(before.get(id).level()).as(id).isEqualTo("inferred");
        }
    }

    @Test
    void everyInferredItemCarriesItsReasoning() {
        assertThat(found).filteredOn(f -> f.level().equals("inferred")).allSatisfy(f -> assertThat(f.reasoned()).as(f.file() + " " + f.id()).isTrue());
    }

    @Test
    void eachTargetsSourceIsWhereItsFirstCitationPointsWithItsLocator() {
        Map<String, String> expected = new HashMap<>();
        JsonNode fy2020 = read("frameworks/hit@fy2020.yaml");
        fy2020.path("domains").forEach(d -> firstCitations(d.path("targets"), expected));
        Map<String, String> actual = ReferenceDataset.load().trees().stream().filter(t -> t.version().id().value().equals("hit@fy2020"))
                .findFirst().orElseThrow().targets().stream().collect(Collectors.toMap(t -> t.id().value(), t -> t.provenance().source()));
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.values()).anySatisfy(v -> assertThat(v).contains(" § "));
    }

    private void firstCitations(JsonNode targets, Map<String, String> into) {
        for (JsonNode t : targets) {
            JsonNode first = t.path("sources").get(0);
            JsonNode source = registry.get(first.isString() ? first.asString() : first.path("id").asString());
            String where = source.has("url") ? source.path("url").asString() : source.path("reference").asString();
            into.put(t.path("id").asString(), first.has("at") ? where + " § " + first.path("at").asString() : where);
            firstCitations(t.path("children"), into);
        }
    }

    private void walk(String file, JsonNode targets, boolean reasoned, Set<String> credential, String end) {
        for (JsonNode t : targets) {
            boolean here = reasoned || t.has("note");
            found.add(new Found(file, t.path("id").asString(), t.path("verification").asString(), sources(t), here, credential, end));
            walk(file, t.path("children"), here, credential, end);
        }
    }

    private static Found found(String file, JsonNode node, String id, boolean reasoned, String end, String levelField) {
        Set<String> about = new TreeSet<>();
        if (file.equals("credentials.yaml")) {
            about.add(id);
        } else if (node.has("credential")) {
            about.add(node.path("credential").asString());
        } else {
            node.path("suitedBy").forEach(c -> about.add(c.asString()));
        }
        return new Found(file, id, node.path(levelField).asString(), sources(node), reasoned, about, end);
    }

    private static List<String> sources(JsonNode node) {
        List<String> ids = new ArrayList<>();
        node.path("sources").forEach(s -> ids.add(s.isString() ? s.asString() : s.path("id").asString()));
        return ids;
    }

    private static JsonNode read(String file) {
        try (InputStream in = ShippedProvenanceTests.class.getClassLoader().getResourceAsStream("dataset/" + file)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
