package org.michishirube.data.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.michishirube.core.model.LocalizedText;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.neo4j.driver.Record;
import reactor.core.publisher.Mono;

/**
 * Searches credentials, current targets, roles and domains. The cjk analyzer indexes bigrams, so a
 * one-character query finds nothing there; such queries, and any that the index does not match,
 * fall back to a substring match.
 */
public final class Search {

    /** The kinds of item a search can be limited to, with their node labels. */
    public static final Map<String, String> TYPES = Map.of("credential", "Credential", "target", "Target", "role", "Role", "domain", "Domain");

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    private static final Pattern LUCENE_OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");
    private static final int MAX_CANDIDATES = 500;

    private final Database database;
    private final PublishedGraph graph;

    public Search(Database database, PublishedGraph graph) {
        this.database = database;
        this.graph = graph;
    }

    /**
     * {@return one page of hits for {@code query}, best first}
     *
     * @param type one of {@link #TYPES}' keys, or empty for all
     * @param language "ja" or "en": the language of the snippet
     */
    public Mono<SearchPage> search(String query, Optional<String> type, String language, int page, int size) {
        String trimmed = query.strip();
        List<String> currentVersions = graph.snapshot().graph().versions().stream()
                .filter(v -> graph.snapshot().graph().currentVersion(v.framework()).map(v.id()::equals).orElse(false))
                .map(v -> v.id().value()).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("label", type.map(TYPES::get).orElse(null));
        params.put("versions", currentVersions);
        params.put("limit", MAX_CANDIDATES);
        Mono<List<Map<String, Object>>> fullText = Mono.just(List.of());
        String escaped = LUCENE_OPERATOR.matcher(LUCENE_SPECIAL.matcher(trimmed).replaceAll("\\\\$0"))
                .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        if (trimmed.codePointCount(0, trimmed.length()) > 1 && !escaped.isBlank()) {
            // A match in a name counts more than one in a description.
            params.put("q", "nameJa:(" + escaped + ")^4 nameEn:(" + escaped + ")^4 descriptionJa:(" + escaped + ") descriptionEn:(" + escaped + ")");
            // A transaction of its own: a query the index cannot parse fails it, and is still a fair question for the substring match.
            fullText = database.read(tx -> tx.run("""
                            CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node, score
                            WHERE ($label IS NULL OR $label IN labels(node))
                              AND (NOT node:Target OR node.version IN $versions)
                            RETURN node{.*, label: head(labels(node))} AS node, score
                            ORDER BY score DESC, node.id ASC LIMIT $limit""", params).list(Record::asMap))
                    .onErrorResume(e -> !DatabaseFailures.isUnavailable(e), e -> Mono.just(List.of()));
        }
        Map<String, Object> fallbackParams = new HashMap<>(params);
        fallbackParams.put("needle", trimmed.toLowerCase(Locale.ROOT));
        return fullText.flatMap(rows -> rows.isEmpty()
                        ? database.read(tx -> tx.run("""
                                MATCH (node) WHERE (node:Credential OR node:Target OR node:Role OR node:Domain)
                                  AND ($label IS NULL OR $label IN labels(node))
                                  AND (NOT node:Target OR node.version IN $versions)
                                  AND any(text IN [node.nameJa, node.nameEn, node.descriptionJa, node.descriptionEn]
                                          WHERE text IS NOT NULL AND toLower(text) CONTAINS $needle)
                                RETURN node{.*, label: head(labels(node))} AS node, 0.5 AS score
                                ORDER BY node.id ASC LIMIT $limit""", fallbackParams).list(Record::asMap))
                        : Mono.just(rows))
                .map(rows -> page(rows, trimmed, language, page, size));
    }

    @SuppressWarnings("unchecked")
    private static SearchPage page(List<Map<String, Object>> rows, String query, String language, int page, int size) {
        List<SearchHit> hits = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> node = (Map<String, Object>) row.get("node");
            String label = (String) node.get("label");
            String type = TYPES.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst().orElse(label);
            LocalizedText name = new LocalizedText((String) node.get("nameJa"), (String) node.get("nameEn"));
            hits.add(new SearchHit(type, (String) node.get("id"), name, (String) node.get("version"),
                    snippet(node, query, language), ((Number) row.get("score")).doubleValue()));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::type).thenComparing(SearchHit::id));
        int from = Math.min(page * size, hits.size());
        int to = Math.min(from + size, hits.size());
        return new SearchPage(hits.subList(from, to), hits.size());
    }

    /** Picks the field that contains the query best, in the requested language first, and marks the matches. */
    static String snippet(Map<String, Object> node, String query, String language) {
        String suffix = "ja".equals(language) ? "Ja" : "En";
        String other = "ja".equals(language) ? "En" : "Ja";
        List<String> candidates = new ArrayList<>();
        for (String field : List.of("name" + suffix, "description" + suffix, "name" + other, "description" + other)) {
            Object text = node.get(field);
            if (text instanceof String s && !s.isBlank()) {
                candidates.add(s);
            }
        }
        List<String> terms = terms(query);
        for (String text : candidates) {
            String marked = mark(text, terms);
            if (!marked.equals(escapeHtml(text))) {
                return shorten(marked);
            }
        }
        return shorten(escapeHtml(candidates.isEmpty() ? "" : candidates.get(0)));
    }

    private static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : query.split("[\\s\u3000]+")) {
            if (!t.isBlank()) {
                terms.add(t);
            }
        }
        return terms;
    }

    private static String mark(String text, List<String> terms) {
        String html = escapeHtml(text);
        for (String term : terms) {
            String escapedTerm = escapeHtml(term);
            Matcher m = Pattern.compile(Pattern.quote(escapedTerm), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(html);
            html = m.replaceAll(r -> "<mark>" + Matcher.quoteReplacement(r.group()) + "</mark>");
        }
        return html;
    }

    private static String shorten(String html) {
        return html.length() <= 240 ? html : html.substring(0, 237) + "…";
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
