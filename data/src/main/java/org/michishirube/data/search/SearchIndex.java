package org.michishirube.data.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.search.Analyzers.Token;
import org.michishirube.data.search.SearchHit.PathStep;
import org.michishirube.dataset.SearchVocabulary;

/**
 * An in-memory Lucene index of one published snapshot: credentials, domains, roles and the targets of every published or
 * retired version (drafts never reach a snapshot). Immutable once built; a new snapshot gets a new index.
 */
final class SearchIndex {

    /** Where a field's weight comes from: names count most, then alternative labels, then descriptions. */
    private record FieldSpec(String name, String base, String language, float boost) {
    }

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("nameJa", "name", "ja", 4f), new FieldSpec("nameEn", "name", "en", 4f),
            new FieldSpec("labelsJa", "labels", "ja", 3f), new FieldSpec("labelsEn", "labels", "en", 3f),
            new FieldSpec("descriptionJa", "description", "ja", 1f), new FieldSpec("descriptionEn", "description", "en", 1f),
            new FieldSpec("renewalJa", "renewal", "ja", 0.5f), new FieldSpec("renewalEn", "renewal", "en", 0.5f));
    private static final float EXACT_BOOST = 8f;
    private static final float READING_BOOST = 3f;
    private static final float ALL_WORDS_BOOST = 2f;
    private static final float SYNONYM_WEIGHT = 0.7f;
    private static final int MAX_GROUPS = 24;
    private static final int MAX_SYNONYM_VARIANTS = 6;
    private static final int SNIPPET_CHARS = 160;
    /** How many of Lucene's best are re-ranked by word coverage. */
    private static final int RESCORED = 200;
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /**
     * One indexed item; its position in {@link #entries} is its Lucene doc id.
     *
     * @param texts field name → text, for snippets
     * @param scope {@code all} for non-targets; {@code current} and {@code version:<id>} for targets
     */
    record Entry(String type, String id, LocalizedText name, String version, String framework, List<PathStep> path,
                 Map<String, String> texts, Set<String> credentials, Set<String> scope, Map<String, Set<String>> words,
                 Map<String, List<Token>> tokens) {
    }

    private record Variant(String text, float weight) {
    }

    private record Filters(Optional<String> type, Optional<String> version, Optional<String> framework, Optional<String> credential) {
    }

    /** The words of one variant in one language: each group holds a word's alternatives (a compound and its parts). */
    private record Wording(String language, List<Set<String>> groups, float weight) {
    }

    /**
     * A built query with the analysed terms per language (for snippets) and the wordings (for coverage); empty when the
     * query has no words.
     */
    private record Built(Optional<Query> query, Map<String, Set<String>> terms, List<Wording> wordings, boolean hasCjk) {

        /** A CJK query that Kuromoji found words in (not only particles or symbols). */
        boolean hasJapaneseWords() {
            return hasCjk && wordings.stream().anyMatch(w -> w.language().equals("ja"));
        }
    }

    private static final Analyzer PER_FIELD;

    static {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (FieldSpec f : FIELDS) {
            analyzers.put(f.name(), f.language().equals("ja") ? Analyzers.JAPANESE : Analyzers.ENGLISH);
        }
        analyzers.put("reading", Analyzers.READING);
        PER_FIELD = new PerFieldAnalyzerWrapper(Analyzers.ENGLISH, analyzers);
    }

    private final long revision;
    private final List<Entry> entries;
    private final IndexSearcher searcher;
    private final Map<String, List<String>> synonyms;
    private final Set<String> frameworks;
    private final Set<String> versions;
    private final Set<String> credentials;
    private final long buildNanos;
    private final java.util.concurrent.ConcurrentHashMap<SearchQuery, SearchPage> answers = new java.util.concurrent.ConcurrentHashMap<>();

    private SearchIndex(long revision, List<Entry> entries, IndexSearcher searcher, Map<String, List<String>> synonyms,
                        Set<String> frameworks, Set<String> versions, Set<String> credentials, long buildNanos) {
        this.revision = revision;
        this.entries = entries;
        this.searcher = searcher;
        this.synonyms = synonyms;
        this.frameworks = frameworks;
        this.versions = versions;
        this.credentials = credentials;
        this.buildNanos = buildNanos;
    }

    long revision() {
        return revision;
    }

    int size() {
        return entries.size();
    }

    long buildNanos() {
        return buildNanos;
    }

    boolean knowsFramework(String framework) {
        return frameworks.contains(framework) || versions.contains(framework);
    }

    boolean knowsCredential(String credential) {
        return credentials.contains(credential);
    }

    // ---- building ----

    static SearchIndex build(GraphSnapshot snapshot, SearchVocabulary vocabulary) {
        long start = System.nanoTime();
        CompetencyGraph graph = snapshot.graph();
        List<Entry> entries = new ArrayList<>();
        Map<String, SearchVocabulary.Labels> labels = vocabulary.labels();
        for (Credential c : sorted(graph.credentials(), c -> c.id().value())) {
            Map<String, String> texts = texts(c.name(), c.description(), labels.get(c.id().value()), c.abbreviation());
            c.renewal().ifPresent(r -> {
                texts.put("renewalJa", r.ja());
                texts.put("renewalEn", r.en());
            });
            entries.add(entry("credential", c.id().value(), c.name(), null, c.framework().map(FrameworkId::value).orElse(null),
                    List.of(), texts, Set.of(c.id().value()), Set.of("all")));
        }
        Map<String, Domain> domains = new TreeMap<>();
        List<FrameworkTree> trees = sorted(snapshot.trees().values(), t -> t.version().id().value());
        for (FrameworkTree tree : trees) {
            tree.domains().forEach(d -> domains.putIfAbsent(d.id().value(), d));
        }
        for (Domain d : domains.values()) {
            entries.add(entry("domain", d.id().value(), d.name(), null, d.framework().value(), List.of(),
                    texts(d.name(), Optional.empty(), labels.get(d.id().value()), Optional.empty()), credentialOf(graph, d.framework()), Set.of("all")));
        }
        for (Role r : sorted(graph.roles(), r -> r.id().value())) {
            Set<String> suited = new TreeSet<>();
            graph.credentialsSuiting(r.id()).forEach(c -> suited.add(c.value()));
            entries.add(entry("role", r.id().value(), r.name(), null, null, List.of(),
                    texts(r.name(), r.description(), labels.get(r.id().value()), Optional.empty()), suited, Set.of("all")));
        }
        Set<String> versionIds = new TreeSet<>();
        Set<String> frameworkIds = new TreeSet<>();
        for (FrameworkTree tree : trees) {
            String version = tree.version().id().value();
            versionIds.add(version);
            frameworkIds.add(tree.version().framework().value());
            boolean current = graph.currentVersion(tree.version().framework()).map(tree.version().id()::equals).orElse(false);
            Map<TargetId, Target> byId = tree.targetsById();
            Map<String, Domain> treeDomains = new HashMap<>();
            tree.domains().forEach(d -> treeDomains.put(d.id().value(), d));
            Set<String> credential = credentialOf(graph, tree.version().framework());
            for (Target t : tree.sortedTargets()) {
                Set<String> scope = current ? Set.of("current", "version:" + version) : Set.of("version:" + version);
                entries.add(entry("target", t.id().value(), t.name(), version, tree.version().framework().value(), path(t, byId, treeDomains),
                        texts(t.name(), t.description(), labels.get(t.id().value()), Optional.empty()), credential, scope));
            }
        }
        graph.credentials().forEach(c -> c.framework().ifPresent(f -> frameworkIds.add(f.value())));
        Set<String> credentialIds = new TreeSet<>();
        graph.credentials().forEach(c -> credentialIds.add(c.id().value()));
        IndexSearcher searcher = write(entries);
        return new SearchIndex(snapshot.revision(), List.copyOf(entries), searcher, synonymsByTerm(vocabulary),
                frameworkIds, versionIds, credentialIds, System.nanoTime() - start);
    }

    private static Entry entry(String type, String id, LocalizedText name, String version, String framework, List<PathStep> path,
                               Map<String, String> texts, Set<String> credentials, Set<String> scope) {
        // Analysed once here, so that a search runs no analyzer over item texts: coverage and snippets read these.
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, List<Token>> tokens = new HashMap<>();
        for (FieldSpec f : FIELDS) {
            String text = texts.get(f.name());
            if (text != null) {
                Set<String> set = words.computeIfAbsent(f.language(), k -> new java.util.HashSet<>());
                List<Token> analysed = Analyzers.tokens(f.language().equals("ja") ? Analyzers.JAPANESE : Analyzers.ENGLISH, f.name(), text);
                analysed.forEach(t -> set.add(t.term()));
                tokens.put(f.name(), List.copyOf(analysed));
            }
        }
        return new Entry(type, id, name, version, framework, path, texts, credentials, scope, Map.copyOf(words), Map.copyOf(tokens));
    }

    private static <T> List<T> sorted(Collection<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static Set<String> credentialOf(CompetencyGraph graph, FrameworkId framework) {
        return graph.framework(framework).map(f -> Set.of(f.credential().value())).orElse(Set.of());
    }

    private static List<PathStep> path(Target t, Map<TargetId, Target> byId, Map<String, Domain> domains) {
        List<PathStep> path = new ArrayList<>();
        Target step = t;
        int guard = 0;
        while (step != null && guard++ < 64) {
            path.add(0, new PathStep(step.id().value(), step.name()));
            step = step.parent().map(byId::get).orElse(null);
        }
        Domain d = domains.get(t.domain().value());
        if (d != null) {
            path.add(0, new PathStep(d.id().value(), d.name()));
        }
        return path;
    }

    private static Map<String, String> texts(LocalizedText name, Optional<LocalizedText> description, SearchVocabulary.Labels labels,
                                             Optional<String> abbreviation) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("nameJa", name.ja());
        texts.put("nameEn", name.en());
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        abbreviation.ifPresent(en::add);
        if (labels != null) {
            ja.addAll(labels.ja());
            en.addAll(labels.en());
        }
        if (!ja.isEmpty()) {
            texts.put("labelsJa", String.join(" / ", ja));
        }
        if (!en.isEmpty()) {
            texts.put("labelsEn", String.join(" / ", en));
        }
        description.ifPresent(d -> {
            texts.put("descriptionJa", d.ja());
            texts.put("descriptionEn", d.en());
        });
        return texts;
    }

    private static IndexSearcher write(List<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(PER_FIELD).setRAMBufferSizeMB(256).setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Entry e : entries) {
                writer.addDocument(document(e));
            }
            // One segment: doc ids are the entries' positions.
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != entries.size()) {
                throw new IllegalStateException("the search index has " + reader.maxDoc() + " documents for " + entries.size() + " items");
            }
            return new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Entry e) {
        Document doc = new Document();
        doc.add(new StringField("type", e.type(), Field.Store.NO));
        doc.add(new StringField("id", e.id(), Field.Store.NO));
        e.scope().forEach(s -> doc.add(new StringField("scope", s, Field.Store.NO)));
        if (e.framework() != null) {
            doc.add(new StringField("framework", e.framework(), Field.Store.NO));
        }
        e.credentials().forEach(c -> doc.add(new StringField("credential", c, Field.Store.NO)));
        for (FieldSpec f : FIELDS) {
            String text = e.texts().get(f.name());
            if (text == null) {
                continue;
            }
            if (f.base().equals("labels")) {
                // Each label is its own value, so that a phrase never spans two labels and each is an exact key.
                for (String label : text.split(" / ")) {
                    doc.add(new TextField(f.name(), label, Field.Store.NO));
                    doc.add(new StringField("key", Analyzers.key(label), Field.Store.NO));
                    addWordKey(doc, f.language(), label);
                    if (f.language().equals("ja")) {
                        doc.add(new TextField("reading", Analyzers.reading(label), Field.Store.NO));
                    }
                }
            } else {
                doc.add(new TextField(f.name(), text, Field.Store.NO));
            }
        }
        doc.add(new StringField("key", Analyzers.key(e.name().ja()), Field.Store.NO));
        doc.add(new StringField("key", Analyzers.key(e.name().en()), Field.Store.NO));
        addWordKey(doc, "ja", e.name().ja());
        addWordKey(doc, "en", e.name().en());
        doc.add(new TextField("reading", Analyzers.reading(e.name().ja()), Field.Store.NO));
        return doc;
    }

    private static void addWordKey(Document doc, String language, String text) {
        String key = Analyzers.wordKey(language.equals("ja") ? Analyzers.JAPANESE : Analyzers.ENGLISH, text);
        if (!key.isEmpty()) {
            doc.add(new StringField("key", key, Field.Store.NO));
        }
    }

    private static Map<String, List<String>> synonymsByTerm(SearchVocabulary vocabulary) {
        Map<String, List<String>> byTerm = new LinkedHashMap<>();
        for (SearchVocabulary.SynonymGroup g : vocabulary.synonyms()) {
            List<String> terms = g.terms().stream().map(Analyzers::normalise).distinct().toList();
            for (String t : terms) {
                List<String> others = byTerm.computeIfAbsent(t, k -> new ArrayList<>());
                terms.stream().filter(o -> !o.equals(t) && !others.contains(o)).forEach(others::add);
            }
        }
        return byTerm;
    }

    // ---- searching ----

    /**
     * {@return the page for a query, from this index's answer cache when the same query was asked before} The index never
     * changes, so an answer stays right for its life; the cache goes with it when the snapshot moves.
     */
    SearchPage search(SearchQuery q, int cacheSize) {
        if (cacheSize <= 0) {
            return search(q);
        }
        SearchPage cached = answers.get(q);
        if (cached != null) {
            return cached;
        }
        SearchPage page = search(q);
        if (answers.size() >= cacheSize) {
            // Crude but bounded: popular queries come back at once.
            answers.clear();
        }
        answers.put(q, page);
        return page;
    }

    SearchPage search(SearchQuery q) {
        Optional<String> version = q.framework().filter(f -> f.contains("@"));
        Optional<String> framework = q.framework().map(f -> f.contains("@") ? f.substring(0, f.indexOf('@')) : f);
        Filters filters = new Filters(q.type(), version, framework, q.credential());
        Set<String> languages = q.language().map(Set::of).orElse(Set.of("ja", "en"));
        Built built = build(Analyzers.normalise(q.text()), languages, false, true);
        Optional<String> only = q.language();
        if (built.query().isEmpty() && q.language().isPresent()) {
            // Japanese typed on the English page (or the reverse): match the language the query is in.
            built = build(Analyzers.normalise(q.text()), Set.of("ja", "en"), false, true);
            only = Optional.empty();
        }
        if (built.query().isEmpty()) {
            return new SearchPage(List.of(), 0);
        }
        int wanted = (int) Math.min((long) (q.page() + 1) * q.size(), Math.max(1, entries.size()));
        TopDocs top;
        try {
            top = top(filtered(built.query().get(), filters), Math.max(wanted, RESCORED));
        } catch (IndexSearcher.TooManyClauses e) {
            // A long query with many synonyms: the words as typed are enough.
            built = build(Analyzers.normalise(q.text()), only.map(Set::of).orElse(Set.of("ja", "en")), false, false);
            top = top(filtered(built.query().orElseThrow(), filters), Math.max(wanted, RESCORED));
        }
        List<Scored> scored = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            scored.add(new Scored(d.doc, d.score * coverageFactor(entries.get(d.doc), built.wordings())));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc));
        long total = top.totalHits.value;
        if (total == 0 && built.hasJapaneseWords()) {
            // Kuromoji keeps 画像 whole, so a single character such as 像 matches no word: fall back to a substring scan.
            scored = substring(Analyzers.normalise(q.text()), filters);
            total = scored.size();
        }
        int from = Math.min(q.page() * q.size(), scored.size());
        int to = Math.min(from + q.size(), scored.size());
        List<SearchHit> hits = new ArrayList<>();
        for (Scored s : scored.subList(from, to)) {
            hits.add(hit(entries.get(s.doc()), s.score(), built.terms(), Analyzers.kanaAsKatakana(Analyzers.normalise(q.text())),
                    q.language().orElse("ja"), only.isPresent()));
        }
        return new SearchPage(hits, total);
    }

    /** A doc id and its score. */
    private record Scored(int doc, double score) {
    }

    /** A suggested target for a course. */
    record Suggested(Entry entry, double score) {
    }

    /**
     * {@return the targets of {@code versions} whose texts best match a course's title (every field) and syllabus (names
     * only), best first} Each part is scored on its own and scaled to its best hit, so a broad title such as
     * 医用画像情報学, which matches many items strongly, cannot drown what the syllabus says is taught.
     */
    List<Suggested> suggest(String title, String syllabus, Set<String> versions, Set<String> exclude, int limit) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Map<Integer, Double> combined = new HashMap<>();
        boolean any = false;
        any |= addScaled(combined, build(Analyzers.normalise(title), Set.of("ja", "en"), false, true), 1, versions, exclude);
        if (!syllabus.isBlank()) {
            any |= addScaled(combined, build(Analyzers.normalise(syllabus), Set.of("ja", "en"), true, false), 1, versions, exclude);
        }
        if (!any) {
            return List.of();
        }
        return combined.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new Suggested(entries.get(e.getKey()), e.getValue())).toList();
    }

    /** Adds one part's hits, scaled so its best hit scores {@code weight}; {@return whether the part had words} */
    private boolean addScaled(Map<Integer, Double> combined, Built part, double weight, Set<String> versions, Set<String> exclude) {
        if (part.query().isEmpty()) {
            return false;
        }
        BooleanQuery.Builder scope = new BooleanQuery.Builder();
        versions.forEach(v -> scope.add(new TermQuery(new Term("scope", "version:" + v)), Occur.SHOULD));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(part.query().get(), Occur.MUST)
                .add(new TermQuery(new Term("type", "target")), Occur.FILTER).add(scope.build(), Occur.FILTER);
        exclude.forEach(id -> q.add(new TermQuery(new Term("id", id)), Occur.MUST_NOT));
        TopDocs top;
        try {
            top = top(q.build(), RESCORED);
        } catch (IndexSearcher.TooManyClauses e) {
            // A syllabus too long to search whole adds nothing; the title still suggests.
            return false;
        }
        if (top.scoreDocs.length == 0) {
            return true;
        }
        double best = top.scoreDocs[0].score;
        for (ScoreDoc d : top.scoreDocs) {
            combined.merge(d.doc, weight * d.score / best, Double::sum);
        }
        return true;
    }

    private TopDocs top(Query query, int n) {
        try {
            // Count every hit: the total is part of the answer.
            return searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, n), Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filtered(Query query, Filters f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        f.type().ifPresent(t -> b.add(new TermQuery(new Term("type", t)), Occur.FILTER));
        f.framework().ifPresent(fw -> b.add(new TermQuery(new Term("framework", fw)), Occur.FILTER));
        f.credential().ifPresent(c -> b.add(new TermQuery(new Term("credential", c)), Occur.FILTER));
        // Targets of the current versions only, unless a version is asked for.
        String targetScope = f.version().map(v -> "version:" + v).orElse("current");
        b.add(new BooleanQuery.Builder().add(new TermQuery(new Term("scope", "all")), Occur.SHOULD)
                .add(new TermQuery(new Term("scope", targetScope)), Occur.SHOULD).build(), Occur.FILTER);
        return b.build();
    }

    private boolean accepts(Entry e, Filters f) {
        String targetScope = f.version().map(v -> "version:" + v).orElse("current");
        return f.type().map(e.type()::equals).orElse(true)
                && f.framework().map(fw -> fw.equals(e.framework())).orElse(true)
                && f.credential().map(e.credentials()::contains).orElse(true)
                && (e.scope().contains("all") || e.scope().contains(targetScope));
    }

    private List<Scored> substring(String needle, Filters filters) {
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!accepts(e, filters)) {
                continue;
            }
            for (FieldSpec f : FIELDS) {
                String text = e.texts().get(f.name());
                if (text != null && Analyzers.normalise(text).contains(needle)) {
                    out.add(new Scored(i, 0.1 * f.boost()));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc));
        return out;
    }

    /**
     * Builds the query: for each variant (the text, then its synonyms at a lower weight) and each language, every word
     * is a disjunction over that language's fields (the best field counts), a document with all the words gains a bonus,
     * an exact name or label gains a large one, and all-kana input also matches readings.
     *
     * @param namesOnly match names and labels only (a syllabus: descriptions would drown the title)
     * @param withSynonyms expand synonyms
     */
    private Built build(String normalised, Set<String> languages, boolean namesOnly, boolean withSynonyms) {
        Map<String, Set<String>> terms = new HashMap<>();
        terms.put("ja", new LinkedHashSet<>());
        terms.put("en", new LinkedHashSet<>());
        List<Wording> wordings = new ArrayList<>();
        boolean hasCjk = CJK.matcher(normalised).find();
        if (normalised.isEmpty()) {
            return new Built(Optional.empty(), terms, wordings, hasCjk);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean words = false;
        for (Variant v : variants(normalised, withSynonyms)) {
            for (String language : List.of("ja", "en")) {
                if (!languages.contains(language)) {
                    continue;
                }
                List<FieldSpec> fields = FIELDS.stream().filter(f -> f.language().equals(language))
                        .filter(f -> !namesOnly || f.base().equals("name") || f.base().equals("labels")).toList();
                List<Set<String>> groups = groups(Analyzers.tokens(language.equals("ja") ? Analyzers.JAPANESE : Analyzers.ENGLISH, fields.get(0).name(), v.text()));
                if (groups.isEmpty()) {
                    continue;
                }
                words = true;
                groups.forEach(terms.get(language)::addAll);
                wordings.add(new Wording(language, groups, v.weight()));
                BooleanQuery.Builder perLanguage = new BooleanQuery.Builder();
                List<Query> wordQueries = new ArrayList<>();
                for (Set<String> group : groups) {
                    List<Query> alternatives = new ArrayList<>();
                    for (FieldSpec f : fields) {
                        for (String term : group) {
                            alternatives.add(new BoostQuery(new TermQuery(new Term(f.name(), term)), f.boost()));
                        }
                    }
                    Query word = new DisjunctionMaxQuery(alternatives, 0.1f);
                    wordQueries.add(word);
                    perLanguage.add(word, Occur.SHOULD);
                }
                if (wordQueries.size() > 1 && wordQueries.size() <= 8) {
                    BooleanQuery.Builder every = new BooleanQuery.Builder();
                    wordQueries.forEach(w -> every.add(w, Occur.MUST));
                    perLanguage.add(new BoostQuery(every.build(), ALL_WORDS_BOOST), Occur.SHOULD);
                }
                all.add(new BoostQuery(perLanguage.build(), v.weight()), Occur.SHOULD);
            }
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Analyzers.key(v.text()));
            for (String language : languages) {
                keys.add(Analyzers.wordKey(language.equals("ja") ? Analyzers.JAPANESE : Analyzers.ENGLISH, v.text()));
            }
            keys.remove("");
            for (String key : keys) {
                all.add(new BoostQuery(new TermQuery(new Term("key", key)), EXACT_BOOST * v.weight()), Occur.SHOULD);
            }
            if (languages.contains("ja")) {
                Optional<Query> reading = reading(v.text());
                if (reading.isPresent()) {
                    words = true;
                    all.add(new BoostQuery(reading.get(), READING_BOOST * v.weight()), Occur.SHOULD);
                }
            }
        }
        return new Built(words ? Optional.of(all.build()) : Optional.empty(), terms, wordings, hasCjk);
    }

    /**
     * {@return how much of the query an item covers, as a factor on its score} Words, not characters, decide: an item
     * with every word of the query keeps its score, one with every word of a synonym variant 53 %, one with half of the
     * words under 2 % (coverage to the sixth power), so 生涯学習 does not rank 機械学習 (which shares only 学習) above
     * the lifelong-learning seminar (生涯研修) however much more often 学習 appears in a name.
     */
    private static double coverageFactor(Entry e, List<Wording> wordings) {
        double best = 0;
        for (Wording w : wordings) {
            Set<String> words = e.words().getOrDefault(w.language(), Set.of());
            long matched = w.groups().stream().filter(g -> g.stream().anyMatch(words::contains)).count();
            double coverage = matched / (double) w.groups().size() * (w.weight() < 1 ? 0.9 : 1.0);
            best = Math.max(Math.pow(coverage, coverageExponent(w.groups().size())), best);
        }
        if (wordings.isEmpty() || best == 0) {
            // Matched by an exact key or a reading only.
            return 1;
        }
        return best;
    }

    /**
     * {@return how hard missing words count} A short query names one thing, so every missing word counts hard; a long
     * title names several (DICOM Query/Retrieve and Modality Worklist), and no single item holds every word of it, so
     * the penalty softens and the fields' weights (a name above a description) decide.
     */
    private static double coverageExponent(int words) {
        return words <= 3 ? 6 : Math.max(1.5, 18.0 / words);
    }

    /** {@return the typed text, then one variant per synonym of a term it contains, with that term replaced} */
    private List<Variant> variants(String normalised, boolean withSynonyms) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(normalised, 1f));
        if (!withSynonyms) {
            return variants;
        }
        for (Map.Entry<String, List<String>> e : synonyms.entrySet()) {
            String term = e.getKey();
            int at = indexOfWord(normalised, term);
            if (at < 0) {
                continue;
            }
            for (String other : e.getValue()) {
                if (variants.size() > MAX_SYNONYM_VARIANTS) {
                    return variants;
                }
                String replaced = normalised.substring(0, at) + other + normalised.substring(at + term.length());
                if (variants.stream().noneMatch(v -> v.text().equals(replaced))) {
                    variants.add(new Variant(replaced, SYNONYM_WEIGHT));
                }
            }
        }
        return variants;
    }

    /** {@return where a term occurs in the text; a Latin term only as a whole word (RIS is not in "paris")} */
    private static int indexOfWord(String text, String term) {
        int from = 0;
        while (true) {
            int at = text.indexOf(term, from);
            if (at < 0) {
                return -1;
            }
            boolean latin = term.chars().anyMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
            if (!latin || (boundary(text, at - 1) && boundary(text, at + term.length()))) {
                return at;
            }
            from = at + 1;
        }
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !(text.charAt(i) < 0x80 && Character.isLetterOrDigit(text.charAt(i)));
    }

    /** {@return the analysed words, tokens at the same position (a compound and its parts) grouped as alternatives} */
    private static List<Set<String>> groups(List<Token> tokens) {
        List<Set<String>> groups = new ArrayList<>();
        for (Token t : tokens) {
            if (t.positionIncrement() > 0 || groups.isEmpty()) {
                if (groups.size() == MAX_GROUPS) {
                    break;
                }
                groups.add(new LinkedHashSet<>());
            }
            groups.get(groups.size() - 1).add(t.term());
        }
        return groups;
    }

    private static Optional<Query> reading(String text) {
        Optional<String> kana = Analyzers.kanaAsKatakana(text);
        if (kana.isEmpty() || kana.get().length() < 2) {
            return Optional.empty();
        }
        List<Token> bigrams = Analyzers.tokens(Analyzers.READING, "reading", kana.get());
        if (bigrams.isEmpty()) {
            return Optional.empty();
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        bigrams.forEach(t -> phrase.add(new Term("reading", t.term())));
        return Optional.of(phrase.build());
    }

    // ---- answers ----

    private SearchHit hit(Entry e, double score, Map<String, Set<String>> terms, Optional<String> kana, String preferred, boolean onlyPreferred) {
        List<FieldSpec> order = new ArrayList<>(FIELDS);
        // Best field first (by weight), the asked language before the other.
        order.sort(Comparator.comparingDouble((FieldSpec f) -> -f.boost()).thenComparing(f -> f.language().equals(preferred) ? 0 : 1));
        for (FieldSpec f : order) {
            String text = e.texts().get(f.name());
            Set<String> wanted = terms.get(f.language());
            if (text == null || wanted.isEmpty() || (onlyPreferred && !preferred.equals(f.language()))) {
                continue;
            }
            List<int[]> marks = marks(e.tokens().getOrDefault(f.name(), List.of()), wanted);
            if (!marks.isEmpty()) {
                return new SearchHit(e.type(), e.id(), e.name(), e.version(), snippet(text, marks), round(score), f.name(),
                        e.framework(), e.path());
            }
        }
        if (kana.isPresent() && kana.get().length() >= 2) {
            // Typed in kana (でんしかるて): mark the words of the name or a label whose readings spell it.
            List<String> texts = new ArrayList<>();
            texts.add(e.name().ja());
            Optional.ofNullable(e.texts().get("labelsJa")).ifPresent(l -> texts.addAll(List.of(l.split(" / "))));
            for (String text : texts) {
                List<int[]> marks = readingMarks(text, kana.get());
                if (!marks.isEmpty()) {
                    return new SearchHit(e.type(), e.id(), e.name(), e.version(), snippet(text, marks), round(score), "reading",
                            e.framework(), e.path());
                }
            }
        }
        // Matched by a substring of a word: show the name in the asked language.
        String name = preferred.equals("en") ? e.name().en() : e.name().ja();
        String field = terms.values().stream().allMatch(Set::isEmpty) ? "reading" : (preferred.equals("en") ? "nameEn" : "nameJa");
        return new SearchHit(e.type(), e.id(), e.name(), e.version(), snippet(name, List.of()), round(score), field, e.framework(), e.path());
    }

    /**
     * {@return the range of the text's words whose readings, run together, begin with the kana, or none} Runs the
     * analyzer over one name, for a hit on the page only.
     */
    static List<int[]> readingMarks(String text, String kana) {
        List<Token> words = Analyzers.tokens(Analyzers.JAPANESE, "nameJa", text).stream().filter(t -> t.positionIncrement() > 0).toList();
        List<String> readings = words.stream().map(t -> Analyzers.reading(text.substring(t.start(), t.end()))).toList();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < words.size() && run.length() < kana.length(); j++) {
                run.append(readings.get(j));
                if (run.length() >= kana.length() && run.toString().startsWith(kana)) {
                    return List.of(new int[] {words.get(i).start(), words.get(j).end()});
                }
            }
        }
        return List.of();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** {@return the [start, end) ranges of the text's tokens whose terms the query has, merged, by the analyzer's offsets} */
    private static List<int[]> marks(List<Token> tokens, Set<String> wanted) {
        List<int[]> ranges = new ArrayList<>();
        for (Token t : tokens) {
            if (wanted.contains(t.term())) {
                ranges.add(new int[] {t.start(), t.end()});
            }
        }
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged;
    }

    static String snippet(String text, List<int[]> marks) {
        int from = 0;
        int to = text.length();
        if (text.length() > SNIPPET_CHARS) {
            int first = marks.isEmpty() ? 0 : marks.get(0)[0];
            from = Math.max(0, Math.min(first - 40, text.length() - SNIPPET_CHARS));
            to = Math.min(text.length(), from + SNIPPET_CHARS);
        }
        StringBuilder b = new StringBuilder();
        if (from > 0) {
            b.append('…');
        }
        int at = from;
        for (int[] m : marks) {
            if (m[1] <= from || m[0] >= to) {
                continue;
            }
            int start = Math.max(m[0], at);
            int end = Math.min(m[1], to);
            b.append(escapeHtml(text.substring(at, start))).append("<mark>").append(escapeHtml(text.substring(start, end))).append("</mark>");
            at = end;
        }
        b.append(escapeHtml(text.substring(at, to)));
        if (to < text.length()) {
            b.append('…');
        }
        return b.toString();
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@return the entries, for tests} */
    List<Entry> entries() {
        return entries;
    }

    /** {@return a stable summary for logs} */
    @Override
    public String toString() {
        return "SearchIndex[revision " + revision + ", " + entries.size() + " items, built in " + buildNanos / 1_000_000 + " ms]";
    }

    /** {@return the credential ids, for validation messages} */
    Set<String> credentialIds() {
        return credentials;
    }

    /** {@return the framework and version ids, for validation messages} */
    Set<String> frameworkIds() {
        Set<String> all = new TreeSet<>(frameworks);
        all.addAll(versions);
        return all;
    }
}
