package org.michishirube.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.Target;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What search knows beyond the graph: alternative labels per item and language ({@code labels.yaml}) and the field's
 * synonym groups ({@code synonyms.yaml}). Both files are optional in a dataset folder; a missing one reads as empty.
 * Labels are kept beside the graph rather than in core's model: they are search vocabulary, not facts a plan or an
 * export relies on, and an item id names the same thing in every version.
 *
 * @param labels alternative labels by item id
 * @param synonyms the synonym groups, in file order
 */
public record SearchVocabulary(Map<String, Labels> labels, List<SynonymGroup> synonyms) {

    /** The labels file, relative to the dataset folder. */
    public static final String LABELS = "labels.yaml";
    /** The synonyms file, relative to the dataset folder. */
    public static final String SYNONYMS = "synonyms.yaml";

    public SearchVocabulary {
        labels = Map.copyOf(labels);
        synonyms = List.copyOf(synonyms);
    }

    /**
     * Alternative labels of one item.
     *
     * @param ja Japanese labels
     * @param en English labels
     * @param source where the labels are used, when given
     */
    public record Labels(List<String> ja, List<String> en, Optional<String> source) {

        public Labels {
            ja = List.copyOf(ja);
            en = List.copyOf(en);
        }
    }

    /**
     * Terms that mean the same thing in the field, in any language.
     *
     * @param terms two or more terms
     * @param source who uses them as equivalents, or why they are
     */
    public record SynonymGroup(List<String> terms, String source) {

        public SynonymGroup {
            terms = List.copyOf(terms);
        }
    }

    /** {@return no labels and no synonyms} */
    public static SearchVocabulary empty() {
        return new SearchVocabulary(Map.of(), List.of());
    }

    /** {@return the vocabulary shipped with the reference dataset} */
    public static SearchVocabulary shipped() {
        return load(DatasetSource.shipped());
    }

    /**
     * {@return the vocabulary of a dataset source, each file checked against its schema}
     *
     * @throws InvalidDatasetException naming every schema fault
     */
    public static SearchVocabulary load(DatasetSource source) {
        List<DatasetProblem> problems = new ArrayList<>();
        YAMLMapper yaml = YAMLMapper.builder().build();
        JsonNode labelsDoc = read(source, yaml, LABELS, "labels", problems);
        JsonNode synonymsDoc = read(source, yaml, SYNONYMS, "synonyms", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        Map<String, Labels> labels = new LinkedHashMap<>();
        if (labelsDoc != null) {
            labelsDoc.path("labels").properties().forEach(e -> labels.put(e.getKey(), new Labels(strings(e.getValue().path("ja")),
                    strings(e.getValue().path("en")), Optional.ofNullable(e.getValue().path("source").asString(null)))));
        }
        List<SynonymGroup> synonyms = new ArrayList<>();
        if (synonymsDoc != null) {
            for (JsonNode g : synonymsDoc.path("groups")) {
                synonyms.add(new SynonymGroup(strings(g.path("terms")), g.path("source").asString()));
            }
        }
        return new SearchVocabulary(labels, synonyms);
    }

    /**
     * {@return the label ids that name no credential, domain, target (of any version) or role of the dataset}
     *
     * @param dataset the dataset the labels belong to
     */
    public Set<String> unresolvedIds(ReferenceDataset dataset) {
        Set<String> known = new TreeSet<>();
        dataset.credentials().forEach(c -> known.add(c.id().value()));
        dataset.roles().forEach(r -> known.add(r.id().value()));
        for (FrameworkTree tree : dataset.trees()) {
            tree.domains().stream().map(Domain::id).forEach(d -> known.add(d.value()));
            tree.targets().stream().map(Target::id).forEach(t -> known.add(t.value()));
        }
        Set<String> unresolved = new TreeSet<>(labels.keySet());
        unresolved.removeAll(known);
        return unresolved;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString().strip()));
        return out;
    }

    private static JsonNode read(DatasetSource source, YAMLMapper yaml, String file, String schemaName, List<DatasetProblem> problems) {
        JsonNode doc;
        try (InputStream in = source.open(file)) {
            if (in == null) {
                return null;
            }
            doc = yaml.readTree(in);
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(file, "-", "is not valid YAML: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new DatasetProblem(file, "-", "cannot be read: " + e.getMessage()));
            return null;
        }
        Schema schema;
        try (InputStream in = source.open("schema/" + schemaName + ".schema.json")) {
            InputStream schemaIn = in != null ? in : DatasetSource.shipped().open("schema/" + schemaName + ".schema.json");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaIn);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema " + schemaName, e);
        }
        List<com.networknt.schema.Error> errors = schema.validate(doc);
        for (com.networknt.schema.Error error : errors) {
            problems.add(new DatasetProblem(file, error.getInstanceLocation().toString(), error.getMessage()));
        }
        return errors.isEmpty() ? doc : null;
    }
}
