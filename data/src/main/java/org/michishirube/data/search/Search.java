package org.michishirube.data.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.dataset.SearchVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Searches credentials, domains, roles and targets from memory: an in-memory Lucene index built from the published
 * snapshot (Kuromoji for Japanese, a stemming analyzer for English, alternative labels and synonyms from the dataset),
 * rebuilt with every snapshot and swapped with it. A search costs no database round trip. See docs/search.md.
 */
public final class Search {

    private static final Logger LOG = LoggerFactory.getLogger(Search.class);

    /** The kinds of item a search can be limited to, with their node labels. */
    public static final Map<String, String> TYPES = Map.of("credential", "Credential", "target", "Target", "role", "Role", "domain", "Domain");

    /** How many answers each index keeps by default. */
    public static final int DEFAULT_CACHE_SIZE = 4096;

    private final Supplier<SearchIndex> index;
    private final Supplier<SearchVocabulary> vocabulary;
    private final int cacheSize;
    private SearchVocabulary lastGood;

    /**
     * @param graph the published graph; the index is a view of its snapshot
     * @param vocabulary alternative labels and synonyms
     */
    public Search(PublishedGraph graph, SearchVocabulary vocabulary) {
        this(graph, vocabulary, DEFAULT_CACHE_SIZE);
    }

    /**
     * @param graph the published graph; the index is a view of its snapshot
     * @param vocabulary alternative labels and synonyms
     * @param cacheSize how many answers each index keeps (0: none); the cache is dropped with its index
     */
    public Search(PublishedGraph graph, SearchVocabulary vocabulary, int cacheSize) {
        this(graph, () -> vocabulary, cacheSize);
    }

    /**
     * @param graph the published graph; the index is a view of its snapshot
     * @param vocabulary reads the alternative labels and synonyms; read again at every rebuild, so a dataset reload (or
     *        a revision another instance made) brings edited labels in with the snapshot
     * @param cacheSize how many answers each index keeps (0: none); the cache is dropped with its index
     */
    public Search(PublishedGraph graph, Supplier<SearchVocabulary> vocabulary, int cacheSize) {
        this.cacheSize = cacheSize;
        this.vocabulary = vocabulary;
        this.index = graph.view(snapshot -> {
            SearchIndex built = SearchIndex.build(snapshot, currentVocabulary());
            LOG.info("Search index built at revision {}: {} item(s) in {} ms", built.revision(), built.size(), built.buildNanos() / 1_000_000);
            return built;
        });
    }

    /**
     * {@return the labels and synonyms as their files now read}
     *
     * @throws org.michishirube.dataset.InvalidDatasetException naming every fault, so a reload can refuse them first
     */
    public SearchVocabulary readVocabulary() {
        return vocabulary.get();
    }

    /**
     * {@return an item's alternative labels by language ("ja", "en"), as the current index has them}, for exports (CASE
     * {@code alternativeLabel}); empty for an item without labels
     */
    public Map<String, List<String>> labels(String id) {
        index.get();
        SearchVocabulary.Labels l;
        synchronized (this) {
            l = lastGood == null ? null : lastGood.labels().get(id);
        }
        return l == null ? Map.of() : Map.of("ja", l.ja(), "en", l.en());
    }

    /** Reads the vocabulary; a file broken since the last good read keeps that one rather than leaving search without labels. */
    private synchronized SearchVocabulary currentVocabulary() {
        try {
            lastGood = vocabulary.get();
        } catch (RuntimeException e) {
            if (lastGood == null) {
                throw e;
            }
            LOG.warn("Search labels and synonyms could not be read again; keeping the previous ones: {}", e.getMessage());
        }
        return lastGood;
    }

    /** {@return one page of hits, best first; a query with no words (stop words, symbols) answers an empty page} */
    public SearchPage find(SearchQuery query) {
        return index.get().search(query, cacheSize);
    }

    /**
     * {@return one page of hits for {@code query}, best first}
     *
     * @param type one of {@link #TYPES}' keys, or empty for all
     * @param language "ja" or "en": match that language's texts and show its snippet
     */
    public Mono<SearchPage> search(String query, Optional<String> type, String language, int page, int size) {
        return Mono.fromSupplier(() -> find(new SearchQuery(query, type, Optional.of(language), Optional.empty(), Optional.empty(), page, size)));
    }

    /** {@return whether a framework or framework version id is known to the current snapshot} */
    public boolean knowsFramework(String framework) {
        return index.get().knowsFramework(framework);
    }

    /** {@return whether a credential id is known to the current snapshot} */
    public boolean knowsCredential(String credential) {
        return index.get().knowsCredential(credential);
    }

    /** {@return the framework and version ids the snapshot knows} */
    public Set<String> frameworks() {
        return index.get().frameworkIds();
    }

    /** {@return the credential ids the snapshot knows} */
    public Set<String> credentials() {
        return index.get().credentialIds();
    }

    /** {@return the revision of the snapshot the index was built from} */
    public long revision() {
        return index.get().revision();
    }

    /** {@return the time the current index took to build, in seconds, for metrics} */
    public double buildSeconds() {
        return index.get().buildNanos() / 1e9;
    }

    /**
     * A target suggested for a course.
     *
     * @param target the target
     * @param version its framework version
     * @param name its name
     * @param score relevance within the course's suggestions, rounded to three decimals
     */
    public record Suggested(TargetId target, FrameworkVersionId version, LocalizedText name, double score) {
    }

    /**
     * {@return the targets a course most likely addresses, best first}
     *
     * @param title the course title (every language it has)
     * @param syllabus the start of the syllabus, matched against names and labels only; may be blank
     * @param versions the framework versions to search
     * @param exclude target ids to leave out (already mapped or rejected)
     * @param limit at most this many
     */
    public List<Suggested> suggest(String title, String syllabus, List<FrameworkVersionId> versions, Set<String> exclude, int limit) {
        List<Suggested> out = new ArrayList<>();
        for (SearchIndex.Suggested s : index.get().suggest(title, syllabus,
                Set.copyOf(versions.stream().map(FrameworkVersionId::value).toList()), exclude, limit)) {
            out.add(new Suggested(new TargetId(s.entry().id()), FrameworkVersionId.of(s.entry().version()), s.entry().name(),
                    Math.round(s.score() * 1000) / 1000.0));
        }
        return out;
    }
}
