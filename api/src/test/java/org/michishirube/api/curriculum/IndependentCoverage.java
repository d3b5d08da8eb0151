package org.michishirube.api.curriculum;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The coverage figures of the sample, worked out without the code under test: the rows come straight from the CSV file,
 * the targets straight from the dataset YAML, and the rules are the documented ones (leaves count; a mapping to an inner
 * target reaches every leaf below it; a leaf without effortHours weighs 1 hour).
 */
final class IndependentCoverage {

    record Leaf(String id, String domain, int hours) {
    }

    record Row(String course, String target, String depth) {
    }

    /** Per domain: {leaves, covered, hours, coveredHours}. */
    final Map<String, int[]> domains = new TreeMap<>();
    final int[] overall = new int[4];
    final Set<String> uncovered = new TreeSet<>();
    final Set<String> introducedOnly = new TreeSet<>();
    final List<String> idleCourses = new ArrayList<>();
    final Set<String> leafIds = new TreeSet<>();

    static List<Row> rows(byte[] csv) {
        List<Row> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            for (CSVRecord r : parser) {
                rows.add(new Row(r.get("course_code"), r.get("target"), r.get("depth")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    IndependentCoverage(String versionFile, List<Row> rows) {
        JsonNode yaml = YAMLMapper.builder().build().readTree(CurriculumTesting.locate(
                "dataset/src/main/resources/dataset/frameworks/" + versionFile + ".yaml").toFile());
        Map<String, List<String>> leavesUnder = new TreeMap<>();
        Map<String, Leaf> leaves = new TreeMap<>();
        for (JsonNode domain : yaml.path("domains")) {
            for (JsonNode t : domain.path("targets")) {
                walk(t, domain.path("id").asString(), new ArrayList<>(), leavesUnder, leaves);
            }
        }
        leafIds.addAll(leaves.keySet());
        int rank = 0;
        Map<String, Integer> order = Map.of("introduces", 1, "reinforces", 2, "masters", 3);
        Map<String, Integer> deepest = new TreeMap<>();
        Map<String, Boolean> courseHits = new LinkedHashMap<>();
        for (Row r : rows) {
            courseHits.putIfAbsent(r.course(), false);
            if (r.target().isEmpty() || !leavesUnder.containsKey(r.target())) {
                continue;
            }
            courseHits.put(r.course(), true);
            for (String leaf : leavesUnder.get(r.target())) {
                deepest.merge(leaf, order.get(r.depth()), Math::max);
            }
            rank++;
        }
        courseHits.forEach((course, hit) -> {
            if (!hit) {
                idleCourses.add(course);
            }
        });
        for (Leaf leaf : leaves.values()) {
            int[] d = domains.computeIfAbsent(leaf.domain(), k -> new int[4]);
            boolean covered = deepest.containsKey(leaf.id());
            for (int[] acc : List.of(d, overall)) {
                acc[0]++;
                acc[2] += leaf.hours();
                if (covered) {
                    acc[1]++;
                    acc[3] += leaf.hours();
                }
            }
            if (!covered) {
                uncovered.add(leaf.id());
            } else if (deepest.get(leaf.id()) == 1) {
                introducedOnly.add(leaf.id());
            }
        }
        if (rank == 0) {
            throw new IllegalStateException("no row of the sample maps into " + versionFile);
        }
    }

    private static void walk(JsonNode t, String domain, List<String> ancestors, Map<String, List<String>> leavesUnder, Map<String, Leaf> leaves) {
        String id = t.path("id").asString();
        leavesUnder.putIfAbsent(id, new ArrayList<>());
        if (!t.has("children") || t.path("children").isEmpty()) {
            leaves.put(id, new Leaf(id, domain, t.has("effortHours") ? t.path("effortHours").asInt() : 1));
            leavesUnder.get(id).add(id);
            ancestors.forEach(a -> leavesUnder.get(a).add(id));
            return;
        }
        List<String> down = new ArrayList<>(ancestors);
        down.add(id);
        for (JsonNode c : t.path("children")) {
            walk(c, domain, down, leavesUnder, leaves);
        }
    }

    static Set<String> courses(List<Row> rows) {
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(r -> codes.add(r.course()));
        return codes;
    }
}
