package org.michishirube.data.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.interop.ImportRequest;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.revision.DraftState;
import org.michishirube.data.revision.RevisionWrite;
import org.michishirube.data.revision.Revisions;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.testing.TestNeo4j;
import org.michishirube.interop.casepackage.CasePackageReader;
import org.michishirube.interop.ImportedFramework;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import of a 10,000-item CASE package next to a bare {@code UNWIND $rows AS r MERGE …} of the same target rows, on the
 * same in-process Neo4j (docs/performance.md, "Framework imports"). Not a test: it measures and prints, it asserts nothing.
 *
 * <pre>./mvnw -B -pl data -Pbenchmark-import verify</pre>
 */
public final class ImportBenchmark {

    static final int ITEMS = 10_000;
    static final int WARMUP = 1;
    static final int RUNS = 5;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : ITEMS;
        Database database = TestDatabase.database();
        TestNeo4j.clear();
        new SchemaMigrations(TestNeo4j.driver(), Optional.empty()).apply();
        new DatasetLoader(database, DatasetSource.shipped()).reload();
        PublishedGraph graph = new PublishedGraph(database);
        graph.refresh();
        Revisions store = new Revisions(database, graph, Clock.systemUTC());

        List<Long> bare = new ArrayList<>();
        List<Long> importOnly = new ArrayList<>();
        List<Long> importAndPublish = new ArrayList<>();
        for (int run = 0; run < WARMUP + RUNS; run++) {
            String fw = "bench" + run;
            // Each run its own identifiers: a package whose identifiers another framework holds is refused.
            String json = casePackage(items, run);
            long t0 = System.nanoTime();
            ImportedFramework f = CasePackageReader.read(json);
            RevisionWrite w = store.importDraft(f, new ImportRequest(new FrameworkId(fw), "1", Optional.empty(), Optional.empty(),
                    Optional.empty()), "bench-a");
            long t1 = System.nanoTime();
            DraftState d = ((RevisionWrite.Done) w).state();
            FrameworkVersionId id = d.id();
            store.submit(id, 1, "bench-a").block();
            store.approve(id, 2, "bench-b").block();
            RevisionWrite p = store.publish(id, 3, "bench-a", LocalDate.of(2026, 12, 1), false, false).block();
            long t2 = System.nanoTime();
            if (!(p instanceof RevisionWrite.Done)) {
                throw new IllegalStateException("publication refused: " + p);
            }
            // The same rows, written the plainest way there is: one UNWIND … MERGE of the target property maps, on the label whose
            // uid the schema indexes (as the publication's writes are), under uids of their own.
            List<Map<String, Object>> rows = new ArrayList<>();
            String prefix = "bare" + run + "/";
            d.draft().published(LocalDate.of(2026, 12, 1)).targets().forEach(t -> {
                Map<String, Object> r = new HashMap<>(GraphProperties.of(t));
                r.put("uid", prefix + r.get("uid"));
                rows.add(r);
            });
            long t3 = System.nanoTime();
            database.writeBlocking(tx -> tx.run("UNWIND $rows AS r MERGE (t:Target {uid: r.uid}) SET t += r, t:BareTarget", Map.of("rows", rows)).consume());
            long t4 = System.nanoTime();
            // Back to the reference graph, so that every run starts from the same one.
            try (var session = TestNeo4j.driver().session()) {
                session.run("""
                        MATCH (n) WHERE n:BareTarget OR n:Draft OR n:DraftAudit OR n.origin = 'revision'
                        CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS""").consume();
            }
            graph.refresh();
            if (run >= WARMUP) {
                importOnly.add(t1 - t0);
                importAndPublish.add(t2 - t0);
                bare.add(t4 - t3);
            }
        }
        System.out.printf("items=%d runs=%d (after %d warm-up)%n", items, RUNS, WARMUP);
        System.out.printf("bare UNWIND MERGE     median %7.1f ms  %s%n", median(bare), ms(bare));
        System.out.printf("import (read+draft)   median %7.1f ms  %s  ratio %.2f%n", median(importOnly), ms(importOnly),
                median(importOnly) / median(bare));
        System.out.printf("import + publish      median %7.1f ms  %s  ratio %.2f%n", median(importAndPublish), ms(importAndPublish),
                median(importAndPublish) / median(bare));
        System.exit(0);
    }

    /** A CASE 1.1 package of the given size: 20 top items, each with children, grandchildren under them, and a few precedes links. */
    static String casePackage(int items, int run) {
        ids = run;
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        String doc = uuid(0);
        ObjectNode d = root.putObject("CFDocument");
        d.put("identifier", doc).put("uri", "https://bench.example/d/" + doc).put("creator", "bench").put("title", "ベンチマーク")
                .put("language", "ja").put("lastChangeDateTime", "2026-12-01T00:00:00+00:00");
        ArrayNode cfItems = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        int tops = 20;
        int perTop = Math.max(1, (items - tops) / tops);
        int n = 0;
        for (int top = 0; top < tops && n < items; top++) {
            String topId = uuid(++n);
            item(cfItems, topId, "領域 " + top, "T" + top);
            link(associations, "isChildOf", topId, doc, n);
            String area = topId;
            for (int k = 0; k < perTop && n < items; k++) {
                String id = uuid(++n);
                item(cfItems, id, "到達目標 " + top + "-" + k + " 医療情報の管理と活用", "T" + top + "." + k);
                // Every tenth item opens an area whose next nine items hang below it.
                link(associations, "isChildOf", id, k % 10 == 0 ? topId : area, n);
                if (k % 10 == 0) {
                    area = id;
                } else if (k % 10 == 5) {
                    link(associations, "precedes", uuid(n - 1), id, n + 1_000_000);
                }
            }
        }
        return root.toString();
    }

    private static void item(ArrayNode items, String id, String statement, String code) {
        ObjectNode i = items.addObject();
        i.put("identifier", id).put("uri", "https://bench.example/i/" + id).put("fullStatement", statement).put("humanCodingScheme", code)
                .put("language", "ja").put("lastChangeDateTime", "2026-12-01T00:00:00+00:00");
    }

    private static void link(ArrayNode associations, String type, String from, String to, int n) {
        ObjectNode a = associations.addObject();
        a.put("identifier", uuid(2_000_000 + n)).put("associationType", type).put("lastChangeDateTime", "2026-12-01T00:00:00+00:00");
        a.putObject("originNodeURI").put("identifier", from).put("uri", "https://bench.example/i/" + from).put("title", "o");
        a.putObject("destinationNodeURI").put("identifier", to).put("uri", "https://bench.example/i/" + to).put("title", "d");
    }

    private static int ids;

    private static String uuid(int n) {
        return String.format("00000000-0000-4000-8%03d-%012d", ids, n);
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }

    private static String ms(List<Long> nanos) {
        return Arrays.toString(nanos.stream().mapToLong(x -> Math.round(x / 1e6)).toArray());
    }
}
