package org.michishirube.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.michishirube.core.model.CareerPath;
import org.michishirube.core.resource.LearningResource;
import org.michishirube.core.resource.ResourceKind;
import org.michishirube.core.model.CareerPathId;
import org.michishirube.core.model.CareerStage;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.ExamStatistic;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.GraphProblem;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the dataset files, checks each against its JSON Schema and then all of them together
 * (ids, references, translations, prerequisite cycles, lineage), and reports every fault with
 * the file and item it concerns. Nothing is returned unless everything is sound.
 */
public final class DatasetReader {

    static final String MANIFEST = "manifest.yaml";

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final DatasetSource source;

    private final List<DatasetProblem> problems = new ArrayList<>();
    /** Which file each id came from, so that whole-graph faults can name their file. */
    private final Map<String, String> fileOf = new HashMap<>();
    /** Every cited item, for the verification rules. */
    private final List<CitedItem> cited = new ArrayList<>();
    /** The credential each framework certifies, which its versions' items are about. */
    private final Map<String, CredentialId> credentialOfFramework = new HashMap<>();
    /** The sources registry by id, read before every other file. */
    private final Map<String, Source> registry = new LinkedHashMap<>();
    /** How many files could not be read (missing, not YAML, or against their schema): their citations are missing. */
    private int unread;

    public DatasetReader(DatasetSource source) {
        this.source = source;
    }

    /**
     * {@return the checked dataset}
     *
     * @throws InvalidDatasetException listing every fault found
     */
    public ReferenceDataset read() {
        problems.clear();
        fileOf.clear();
        cited.clear();
        credentialOfFramework.clear();
        registry.clear();
        unread = 0;
        JsonNode manifest = load(MANIFEST, "manifest");
        if (manifest == null) {
            throw new InvalidDatasetException(problems);
        }
        JsonNode files = manifest.path("files");
        String credentialsFile = files.path("credentials").asString();
        String rolesFile = files.path("roles").asString();
        String statisticsFile = files.path("statistics").asString();
        String sourcesFile = files.path("sources").asString();
        Map<String, Map<String, Object>> extras = new TreeMap<>();

        // The registry first, so that every item's provenance can name where its source is.
        JsonNode sourcesDoc = load(sourcesFile, "sources");
        if (sourcesDoc != null) {
            readSources(sourcesFile, sourcesDoc, registry);
        }
        List<Credential> credentials = new ArrayList<>();
        List<Framework> frameworks = new ArrayList<>();
        Map<CredentialId, Set<RoleId>> suits = new TreeMap<>();
        JsonNode credentialsDoc = load(credentialsFile, "credentials");
        if (credentialsDoc != null) {
            readCredentials(credentialsFile, credentialsDoc, credentials, frameworks, extras);
        }
        List<FrameworkTree> trees = new ArrayList<>();
        Map<FrameworkVersionId, FrameworkTree> treesById = new LinkedHashMap<>();
        for (JsonNode f : files.path("frameworks")) {
            String file = f.asString();
            JsonNode doc = load(file, "framework-version");
            if (doc != null) {
                FrameworkTree tree = readTree(file, doc);
                if (tree != null) {
                    if (treesById.putIfAbsent(tree.version().id(), tree) != null) {
                        problems.add(new DatasetProblem(file, tree.version().id().value(), "a second file for the same framework version"));
                    } else {
                        trees.add(tree);
                    }
                }
            }
        }
        for (FrameworkTree tree : trees) {
            String file = fileOf.get("version:" + tree.version().id());
            Optional<FrameworkTree> previous = tree.version().supersedes().map(treesById::get);
            tree.version().supersedes().filter(s -> !treesById.containsKey(s)).ifPresent(s ->
                    problems.add(new DatasetProblem(file, tree.version().id().value(), "supersedes " + s + ", which no file defines")));
            for (GraphProblem p : tree.problems(previous)) {
                problems.add(new DatasetProblem(file, p.subject(), p.fault()));
            }
            checkLineageCoversChanges(file, tree, previous);
        }
        List<Role> roles = new ArrayList<>();
        JsonNode rolesDoc = load(rolesFile, "roles");
        if (rolesDoc != null) {
            readRoles(rolesFile, rolesDoc, roles, suits);
        }
        List<ExamStatistic> statistics = new ArrayList<>();
        JsonNode statisticsDoc = load(statisticsFile, "statistics");
        if (statisticsDoc != null) {
            readStatistics(statisticsFile, statisticsDoc, statistics, extras);
        }
        Set<CredentialId> known = new TreeSet<>();
        credentials.forEach(c -> known.add(c.id()));
        List<ExamSitting> sittings = new ArrayList<>();
        if (files.hasNonNull("sittings")) {
            String sittingsFile = files.path("sittings").asString();
            JsonNode sittingsDoc = load(sittingsFile, "sittings");
            if (sittingsDoc != null) {
                readSittings(sittingsFile, sittingsDoc, sittings, known);
            }
        }
        List<CareerPath> careerPaths = new ArrayList<>();
        if (files.hasNonNull("careerPaths")) {
            String pathsFile = files.path("careerPaths").asString();
            JsonNode pathsDoc = load(pathsFile, "career-paths");
            if (pathsDoc != null) {
                readCareerPaths(pathsFile, pathsDoc, careerPaths, credentials, roles);
            }
        }
        List<LearningResource> resources = new ArrayList<>();
        if (files.hasNonNull("resources")) {
            String resourcesFile = files.path("resources").asString();
            JsonNode resourcesDoc = load(resourcesFile, "resources");
            if (resourcesDoc != null) {
                // Unknown targets are only worth naming when the framework files read cleanly; else they echo those faults.
                readResources(resourcesFile, resourcesDoc, resources, frameworks, trees, problems.isEmpty());
            }
        }
        // After every file that cites sources is read, so that each citation is checked and each source counted as used.
        if (sourcesDoc != null) {
            problems.addAll(ProvenanceRules.check(cited, registry, sourcesFile, unread == 0));
        }
        registry.values().forEach(src -> src.speaksFor().stream().filter(c -> !known.contains(c)).forEach(c ->
                problems.add(new DatasetProblem(sourcesFile, src.id(), "speaks for unknown credential " + c))));
        statistics.stream().filter(s -> !known.contains(s.credential())).forEach(s ->
                problems.add(new DatasetProblem(statisticsFile, s.credential() + "/" + s.year(), "names unknown credential " + s.credential())));
        if (problems.isEmpty()) {
            // Whole-graph checks: cross-framework references, role needs, eligibility, prerequisite cycles.
            List<GraphProblem> graphProblems = CompetencyGraph.assemble(credentials, frameworks, trees, roles, suits).validate();
            for (GraphProblem p : graphProblems) {
                problems.add(new DatasetProblem(fileOf.getOrDefault(p.subject(), guessFile(p.subject(), trees)), p.subject(), p.fault()));
            }
            // Older versions' cross-framework references must resolve as well.
            CompetencyGraph.Builder current = CompetencyGraph.assemble(credentials, frameworks, trees, roles, suits);
            if (graphProblems.isEmpty()) {
                CompetencyGraph graph = current.build();
                for (FrameworkTree tree : trees) {
                    String file = fileOf.get("version:" + tree.version().id());
                    tree.prerequisites().forEach((t, ps) -> ps.stream().filter(p -> !tree.ownsId(p) && !graph.contains(p))
                            .forEach(p -> problems.add(new DatasetProblem(file, t.value(), "names prerequisite " + p + ", which no current version has"))));
                    tree.related().forEach((t, rs) -> rs.stream().filter(r -> !tree.ownsId(r) && !graph.contains(r))
                            .forEach(r -> problems.add(new DatasetProblem(file, t.value(), "names related target " + r + ", which no current version has"))));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        return new ReferenceDataset(manifest.path("datasetVersion").asString(), credentials, frameworks, trees, roles,
                suits, statistics, sittings, careerPaths, resources, extras, List.copyOf(registry.values()), cited);
    }

    private String guessFile(String subject, List<FrameworkTree> trees) {
        for (FrameworkTree tree : trees) {
            if (TargetId.isWellFormed(subject) && tree.target(new TargetId(subject)).isPresent()) {
                return fileOf.get("version:" + tree.version().id());
            }
        }
        return MANIFEST;
    }

    private void checkLineageCoversChanges(String file, FrameworkTree tree, Optional<FrameworkTree> previous) {
        if (previous.isEmpty()) {
            return;
        }
        Set<TargetId> before = previous.get().targetsById().keySet();
        Set<TargetId> after = tree.targetsById().keySet();
        Set<TargetId> accountedOld = new TreeSet<>();
        Set<TargetId> accountedNew = new TreeSet<>();
        tree.lineage().forEach(l -> {
            accountedOld.addAll(l.from());
            accountedNew.addAll(l.to());
        });
        for (TargetId gone : before) {
            if (!after.contains(gone) && !accountedOld.contains(gone)) {
                problems.add(new DatasetProblem(file, gone.value(), "is in " + previous.get().version().id()
                        + " but not in " + tree.version().id() + ", and no change says what became of it"));
            }
        }
        for (TargetId added : after) {
            if (!before.contains(added) && !accountedNew.contains(added)) {
                problems.add(new DatasetProblem(file, added.value(), "is new in " + tree.version().id() + " but no change records it"));
            }
        }
    }

    private JsonNode load(String file, String schemaName) {
        if (file == null || file.isBlank()) {
            problems.add(new DatasetProblem(MANIFEST, "files", "names no " + schemaName + " file"));
            unread++;
            return null;
        }
        JsonNode doc;
        try (InputStream in = source.open(file)) {
            if (in == null) {
                problems.add(new DatasetProblem(file, "-", "the file does not exist"));
                unread++;
                return null;
            }
            doc = yaml.readTree(in);
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(file, "-", "is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
            unread++;
            return null;
        } catch (IOException e) {
            problems.add(new DatasetProblem(file, "-", "cannot be read: " + e.getMessage()));
            unread++;
            return null;
        }
        Schema schema = schema(schemaName);
        List<com.networknt.schema.Error> errors = schema.validate(doc);
        for (com.networknt.schema.Error error : errors) {
            problems.add(new DatasetProblem(file, itemAt(doc, error.getInstanceLocation().toString()), error.getMessage()));
        }
        if (!errors.isEmpty()) {
            unread++;
            return null;
        }
        return doc;
    }

    private Schema schema(String name) {
        try (InputStream in = source.open("schema/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the dataset has no schema/" + name + ".schema.json");
            }
            return schemas.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema " + name, e);
        }
    }

    /** Names a schema violation by the nearest enclosing id, which a person can search for, plus its path. */
    private static String itemAt(JsonNode doc, String location) {
        String path = location.startsWith("$") ? location.substring(1) : location;
        JsonNode node = doc;
        String nearestId = null;
        for (String part : path.replace("[", ".").replace("]", "").split("[./]")) {
            if (part.isEmpty() || node == null) {
                continue;
            }
            node = part.chars().allMatch(Character::isDigit) ? node.get(Integer.parseInt(part)) : node.get(part);
            if (node != null && node.isObject() && node.has("id")) {
                nearestId = node.get("id").asString();
            }
        }
        return nearestId == null ? location : nearestId + " (" + location + ")";
    }

    // ---- conversion: every field has passed the schema, so only cross-field faults remain ----

    private void readCredentials(String file, JsonNode doc, List<Credential> credentials, List<Framework> frameworks,
                                 Map<String, Map<String, Object>> extras) {
        for (JsonNode c : doc.path("credentials")) {
            String id = c.path("id").asString();
            remember(file, id);
            try {
                CredentialId credentialId = new CredentialId(id);
                List<Requirement> requirements = new ArrayList<>();
                for (JsonNode r : c.path("requires")) {
                    requirements.add(requirement(r));
                }
                Optional<FrameworkId> frameworkId = Optional.empty();
                if (c.has("framework")) {
                    JsonNode f = c.path("framework");
                    FrameworkId fid = new FrameworkId(f.path("id").asString());
                    frameworkId = Optional.of(fid);
                    credentialOfFramework.put(fid.value(), credentialId);
                    remember(file, fid.value());
                    frameworks.add(new Framework(fid, credentialId, text(f.path("name")),
                            f.has("reviewCycleYears") ? OptionalInt.of(f.path("reviewCycleYears").asInt()) : OptionalInt.empty()));
                }
                credentials.add(new Credential(credentialId, text(c.path("name")),
                        optionalString(c, "abbreviation"), optionalText(c, "description"), text(c.path("issuer")),
                        c.hasNonNull("since") ? OptionalInt.of(c.path("since").asInt()) : OptionalInt.empty(),
                        CredentialKind.fromCode(c.path("kind").asString()), optionalText(c, "renewal"), frameworkId,
                        requirements, provenance(file, "credential", id, c, Set.of(credentialId), Optional.empty(), Optional.empty(), Optional.empty())));
                Map<String, Object> extra = new LinkedHashMap<>();
                if (c.has("holders")) {
                    extra.put("holdersCount", c.path("holders").path("count").asInt());
                    extra.put("holdersAsOf", c.path("holders").path("asOf").asString());
                }
                if (c.has("exam") && c.path("exam").has("subjectCreditYears")) {
                    extra.put("subjectCreditYears", c.path("exam").path("subjectCreditYears").asInt());
                }
                if (c.has("exam") && c.path("exam").has("subjects")) {
                    List<String> subjects = new ArrayList<>();
                    c.path("exam").path("subjects").forEach(x -> subjects.add(x.path("id").asString()));
                    extra.put("examSubjects", subjects);
                }
                if (c.has("note")) {
                    extra.put("note", c.path("note").asString());
                }
                if (!extra.isEmpty()) {
                    extras.put("Credential:" + id, extra);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DatasetProblem(file, id, e.getMessage()));
            }
        }
    }

    private FrameworkTree readTree(String file, JsonNode doc) {
        String framework = doc.path("framework").asString();
        String versionLabel = doc.path("version").asString();
        String id = framework + "@" + versionLabel;
        try {
            FrameworkVersionId versionId = new FrameworkVersionId(id);
            remember(file, id);
            fileOf.put("version:" + id, file);
            Optional<LocalDate> effective = Optional.empty();
            if (doc.hasNonNull("effectiveDate")) {
                try {
                    effective = Optional.of(LocalDate.parse(doc.path("effectiveDate").asString()));
                } catch (DateTimeParseException e) {
                    problems.add(new DatasetProblem(file, id, "effectiveDate is not an ISO date: " + doc.path("effectiveDate").asString()));
                }
            }
            VersionStatus status = VersionStatus.fromCode(doc.path("status").asString());
            Optional<LocalDate> end = Optional.empty();
            if (doc.hasNonNull("statusEndDate")) {
                if (status != VersionStatus.RETIRED) {
                    problems.add(new DatasetProblem(file, id, "has a statusEndDate but is not retired"));
                }
                try {
                    end = Optional.of(LocalDate.parse(doc.path("statusEndDate").asString()));
                } catch (DateTimeParseException e) {
                    problems.add(new DatasetProblem(file, id, "statusEndDate is not an ISO date: " + doc.path("statusEndDate").asString()));
                }
            }
            Set<CredentialId> about = Optional.ofNullable(credentialOfFramework.get(framework)).map(Set::of).orElse(Set.of());
            Optional<String> versionNote = optionalString(doc, "note");
            Scope scope = new Scope(file, about, versionId, status == VersionStatus.RETIRED ? end : Optional.empty());
            FrameworkVersion version = new FrameworkVersion(versionId, text(doc.path("name")), status, effective,
                    doc.hasNonNull("supersedes") ? Optional.of(new FrameworkVersionId(doc.path("supersedes").asString())) : Optional.empty(),
                    provenance(scope, "version", id, doc, versionNote), end);
            List<Domain> domains = new ArrayList<>();
            List<Target> targets = new ArrayList<>();
            Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
            Map<TargetId, Set<TargetId>> related = new TreeMap<>();
            for (JsonNode d : doc.path("domains")) {
                DomainId domainId = new DomainId(d.path("id").asString());
                remember(file, domainId.value());
                domains.add(new Domain(domainId, versionId.framework(), text(d.path("name"))));
                Optional<String> domainNote = optionalString(d, "note").or(() -> versionNote);
                provenance(scope, "domain", domainId.value(), d, domainNote);
                readTargets(scope, domainId, Optional.empty(), domainNote, d.path("targets"), targets, prerequisites, related);
            }
            List<LineageLink> lineage = new ArrayList<>();
            for (JsonNode ch : doc.path("changes")) {
                try {
                    Verification level = ch.has("verification") ? Verification.fromCode(ch.path("verification").asString())
                            : version.provenance().verification();
                    lineage.add(new LineageLink(LineageKind.fromCode(ch.path("kind").asString()), ids(ch.path("from")), ids(ch.path("to")),
                            optionalString(ch, "note"), level));
                    // A change cites its version's sources; its own note, else the version's, gives its reasoning.
                    cited.add(new CitedItem(file, id + " " + ch.path("kind").asString() + " " + ids(ch.path("from")) + "→" + ids(ch.path("to")),
                            "change", level, citations(doc), about, Optional.of(versionId), scope.end(), optionalString(ch, "note").or(() -> versionNote)));
                } catch (IllegalArgumentException e) {
                    problems.add(new DatasetProblem(file, id + " changes", e.getMessage()));
                }
            }
            return new FrameworkTree(version, domains, targets, prerequisites, related, lineage);
        } catch (IllegalArgumentException e) {
            problems.add(new DatasetProblem(file, id, e.getMessage()));
            return null;
        }
    }

    private void readTargets(Scope scope, DomainId domain, Optional<TargetId> parent, Optional<String> enclosingNote, JsonNode list,
                             List<Target> targets, Map<TargetId, Set<TargetId>> prerequisites, Map<TargetId, Set<TargetId>> related) {
        String file = scope.file();
        FrameworkVersionId version = scope.version();
        for (JsonNode t : list) {
            String id = t.path("id").asString();
            try {
                TargetId targetId = new TargetId(id);
                remember(file, id);
                Set<String> tags = new TreeSet<>();
                t.path("tags").forEach(tag -> tags.add(tag.asString()));
                Optional<String> note = optionalString(t, "note").or(() -> enclosingNote);
                targets.add(new Target(targetId, version, domain, parent, TargetKind.fromCode(t.path("kind").asString()),
                        text(t.path("name")), optionalText(t, "description"), provenance(scope, "target", id, t, note),
                        t.hasNonNull("effortHours") ? OptionalInt.of(t.path("effortHours").asInt()) : OptionalInt.empty(), tags));
                for (TargetId p : ids(t.path("prerequisites"))) {
                    prerequisites.computeIfAbsent(targetId, k -> new TreeSet<>()).add(p);
                }
                for (TargetId r : ids(t.path("related"))) {
                    related.computeIfAbsent(targetId, k -> new TreeSet<>()).add(r);
                }
                readTargets(scope, domain, Optional.of(targetId), note, t.path("children"), targets, prerequisites, related);
            } catch (IllegalArgumentException e) {
                problems.add(new DatasetProblem(file, id, e.getMessage()));
            }
        }
    }

    private void readRoles(String file, JsonNode doc, List<Role> roles, Map<CredentialId, Set<RoleId>> suits) {
        for (JsonNode r : doc.path("roles")) {
            String id = r.path("id").asString();
            remember(file, id);
            try {
                RoleId roleId = new RoleId(id);
                List<Need> needs = new ArrayList<>();
                Set<TargetId> seen = new TreeSet<>();
                for (JsonNode n : r.path("needs")) {
                    Need need = new Need(new TargetId(n.path("target").asString()), n.path("level").asInt(), n.path("importance").asDouble());
                    if (!seen.add(need.target())) {
                        problems.add(new DatasetProblem(file, id, "needs " + need.target() + " twice"));
                    }
                    needs.add(need);
                }
                Set<CredentialId> about = new TreeSet<>();
                r.path("suitedBy").forEach(c -> about.add(new CredentialId(c.asString())));
                roles.add(new Role(roleId, text(r.path("name")), optionalText(r, "description"), r.path("family").asString(), needs,
                        provenance(file, "role", id, r, about, Optional.empty(), Optional.empty(), optionalString(r, "note"))));
                // The needs are a claim of their own, with the role's sources and their own level.
                cited.add(new CitedItem(file, id, "role-needs", Verification.fromCode(r.path("needsVerification").asString()), citations(r),
                        about, Optional.empty(), Optional.empty(), optionalString(r, "note").or(() -> optionalString(doc, "needsNote"))));
                for (JsonNode c : r.path("suitedBy")) {
                    suits.computeIfAbsent(new CredentialId(c.asString()), k -> new TreeSet<>()).add(roleId);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DatasetProblem(file, id, e.getMessage()));
            }
        }
    }

    private void readStatistics(String file, JsonNode doc, List<ExamStatistic> statistics, Map<String, Map<String, Object>> extras) {
        int index = 0;
        for (JsonNode s : doc.path("statistics")) {
            String item = s.path("credential").asString() + "/" + s.path("year").asInt() + "/" + s.path("stage").asString();
            try {
                statistics.add(new ExamStatistic(new CredentialId(s.path("credential").asString()), s.path("year").asInt(),
                        optionalInt(s, "examNo"), s.path("stage").asString(), optionalInt(s, "applicants"), optionalInt(s, "examinees"),
                        optionalInt(s, "passed"), s.hasNonNull("passRate") ? OptionalDouble.of(s.path("passRate").asDouble()) : OptionalDouble.empty(),
                        s.path("cancelled").asBoolean(false),
                        provenance(file, "statistic", item + "/" + s.path("examNo").asString("-"), s, Set.of(new CredentialId(s.path("credential").asString())),
                                Optional.empty(), Optional.empty(), optionalString(s, "note")),
                        optionalString(s, "note")));
            } catch (IllegalArgumentException e) {
                problems.add(new DatasetProblem(file, item + " (entry " + index + ")", e.getMessage()));
            }
            index++;
        }
    }

    private void readSittings(String file, JsonNode doc, List<ExamSitting> sittings, Set<CredentialId> known) {
        Set<String> seen = new TreeSet<>();
        for (JsonNode s : doc.path("sittings")) {
            String item = s.path("credential").asString() + "/" + s.path("year").asInt();
            try {
                List<ExamSitting.Stage> stages = new ArrayList<>();
                for (JsonNode st : s.path("stages")) {
                    List<LocalDate> days = new ArrayList<>();
                    st.path("examDays").forEach(d -> days.add(LocalDate.parse(d.asString())));
                    stages.add(new ExamSitting.Stage(st.path("stage").asString(), days, optionalDate(st, "applicationOpens"),
                            LocalDate.parse(st.path("applicationCloses").asString()), optionalDate(st, "resultDay")));
                }
                ExamSitting sitting = new ExamSitting(new CredentialId(s.path("credential").asString()), s.path("year").asInt(), stages,
                        s.path("projected").asBoolean(false), s.path("cancelled").asBoolean(false),
                        provenance(file, "sitting", item, s, Set.of(new CredentialId(s.path("credential").asString())), Optional.empty(),
                                Optional.empty(), optionalString(s, "note")), optionalString(s, "note"));
                if (!known.contains(sitting.credential())) {
                    problems.add(new DatasetProblem(file, item, "names unknown credential " + sitting.credential()));
                } else if (sitting.examDay().getYear() != sitting.year()) {
                    problems.add(new DatasetProblem(file, item, "is sat in " + sitting.examDay().getYear() + ", not in its year"));
                } else if (!seen.add(item)) {
                    problems.add(new DatasetProblem(file, item, "a second sitting of the same credential in the same year"));
                } else {
                    sittings.add(sitting);
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new DatasetProblem(file, item, e.getMessage()));
            }
        }
    }

    /**
     * Reads the model career paths. Besides the schema: every role and credential resolves, a credential's required
     * credentials are reached at an earlier stage, and a credential is not placed before the years of work it asks for.
     */
    private void readCareerPaths(String file, JsonNode doc, List<CareerPath> paths, List<Credential> credentials, List<Role> roles) {
        Map<CredentialId, Credential> byId = new HashMap<>();
        credentials.forEach(c -> byId.put(c.id(), c));
        Set<RoleId> knownRoles = new HashSet<>();
        roles.forEach(r -> knownRoles.add(r.id()));
        Set<String> seen = new HashSet<>();
        for (JsonNode p : doc.path("careerPaths")) {
            String id = p.path("id").asString();
            try {
                List<CareerStage> stages = new ArrayList<>();
                for (JsonNode st : p.path("stages")) {
                    stages.add(new CareerStage(text(st.path("name")), optionalString(st, "role").map(RoleId::new),
                            optionalString(st, "credential").map(CredentialId::new), st.path("typicalYear").asInt(), optionalString(st, "note")));
                }
                List<CareerPath.Fault> faults = CareerPath.faults(stages, c -> Optional.ofNullable(byId.get(c)), knownRoles::contains);
                faults.forEach(f -> problems.add(new DatasetProblem(file, id, f.message())));
                CareerPath path = new CareerPath(new CareerPathId(id), text(p.path("name")), text(p.path("description")), stages,
                        provenance(file, "career-path", id, p, stages.stream().flatMap(s -> s.credential().stream()).collect(Collectors.toSet()),
                                Optional.empty(), Optional.empty(), optionalString(p, "note")), optionalString(p, "note"));
                if (!seen.add(id)) {
                    problems.add(new DatasetProblem(file, id, "is listed twice"));
                } else if (faults.isEmpty()) {
                    paths.add(path);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DatasetProblem(file, id, e.getMessage()));
            }
        }
    }

    /**
     * Reads the learning resources. Besides the schema: every target and domain is one of a current framework version,
     * and ids are unique. A resource is about the credentials whose frameworks it addresses.
     */
    private void readResources(String file, JsonNode doc, List<LearningResource> resources, List<Framework> frameworks, List<FrameworkTree> trees,
                               boolean checkReferences) {
        Map<String, CredentialId> credentialOf = new HashMap<>();
        frameworks.forEach(f -> credentialOf.put(f.id().value(), f.credential()));
        Set<TargetId> targets = new HashSet<>();
        Set<DomainId> domains = new HashSet<>();
        trees.stream().filter(t -> t.version().status() == org.michishirube.core.model.VersionStatus.PUBLISHED).forEach(t -> {
            t.targets().forEach(x -> targets.add(x.id()));
            t.domains().forEach(d -> domains.add(d.id()));
        });
        Set<String> seen = new HashSet<>();
        for (JsonNode r : doc.path("resources")) {
            String id = r.path("id").asString();
            try {
                List<TargetId> addressed = ids(r.path("targets"));
                List<DomainId> areas = new ArrayList<>();
                r.path("domains").forEach(d -> areas.add(new DomainId(d.asString())));
                List<String> faults = new ArrayList<>();
                addressed.stream().filter(t -> checkReferences && !targets.contains(t)).forEach(t -> faults.add("names " + t + ", which is not a target of a current version"));
                areas.stream().filter(d -> checkReferences && !domains.contains(d)).forEach(d -> faults.add("names " + d + ", which is not a domain of a current version"));
                Set<CredentialId> about = new HashSet<>();
                java.util.stream.Stream.concat(addressed.stream().map(TargetId::value), areas.stream().map(DomainId::value))
                        .map(x -> credentialOf.get(x.substring(0, x.indexOf('.') < 0 ? x.length() : x.indexOf('.'))))
                        .filter(java.util.Objects::nonNull).forEach(about::add);
                LearningResource resource = new LearningResource(id, text(r.path("title")), ResourceKind.fromCode(r.path("kind").asString()),
                        addressed, areas, org.michishirube.core.coverage.Depth.parse(r.path("depth").asString()).orElseThrow(),
                        optionalString(r, "url"), r.has("hours") ? OptionalInt.of(r.path("hours").asInt()) : OptionalInt.empty(),
                        optionalString(r, "cost"), r.path("language").asString(),
                        provenance(file, "resource", id, r, about, Optional.empty(), Optional.empty(), optionalString(r, "note")),
                        optionalString(r, "note"));
                faults.forEach(f -> problems.add(new DatasetProblem(file, id, f)));
                if (!seen.add(id)) {
                    problems.add(new DatasetProblem(file, id, "is listed twice"));
                } else if (faults.isEmpty()) {
                    resources.add(resource);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DatasetProblem(file, id, e.getMessage()));
            }
        }
    }

    private static Optional<LocalDate> optionalDate(JsonNode parent, String field) {
        return parent.hasNonNull(field) ? Optional.of(LocalDate.parse(parent.path(field).asString())) : Optional.empty();
    }

    private void remember(String file, String id) {
        fileOf.putIfAbsent(id, file);
    }

    /** Reads a list of ids; a single id may be written without brackets. */
    private static List<TargetId> ids(JsonNode node) {
        List<TargetId> ids = new ArrayList<>();
        if (node.isString()) {
            ids.add(new TargetId(node.asString()));
        } else {
            node.forEach(n -> ids.add(new TargetId(n.asString())));
        }
        return ids;
    }

    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(node.path("ja").asString(null), node.path("en").asString(null));
    }

    private static Optional<LocalizedText> optionalText(JsonNode parent, String field) {
        return parent.hasNonNull(field) ? Optional.of(text(parent.path(field))) : Optional.empty();
    }

    private static Optional<String> optionalString(JsonNode parent, String field) {
        return parent.hasNonNull(field) ? Optional.of(parent.path(field).asString()) : Optional.empty();
    }

    private static OptionalInt optionalInt(JsonNode parent, String field) {
        return parent.hasNonNull(field) ? OptionalInt.of(parent.path(field).asInt()) : OptionalInt.empty();
    }

    /** Where the items of one framework version are read: their file, credential, version and its end. */
    private record Scope(String file, Set<CredentialId> about, FrameworkVersionId version, Optional<LocalDate> end) {
    }

    private Provenance provenance(Scope scope, String type, String item, JsonNode node, Optional<String> note) {
        return provenance(scope.file(), type, item, node, scope.about(), Optional.of(scope.version()), scope.end(), note);
    }

    /**
     * Records the item for the verification rules and gives the provenance core keeps: the level, and as source where
     * the first cited source is (its URL or reference, then the locator after " § "); the ids of every cited source are
     * in {@link ReferenceDataset#citations()}.
     */
    private Provenance provenance(String file, String type, String item, JsonNode node, Set<CredentialId> about,
                                  Optional<FrameworkVersionId> version, Optional<LocalDate> end, Optional<String> note) {
        Verification level = Verification.fromCode(node.path("verification").asString());
        List<Citation> citations = citations(node);
        cited.add(new CitedItem(file, item, type, level, citations, about, version, end, note));
        if (citations.isEmpty()) {
            return new Provenance(null, level);
        }
        Citation first = citations.get(0);
        String where = Optional.ofNullable(registry.get(first.source())).map(Source::location).orElse(first.source());
        return new Provenance(where + first.at().map(a -> " § " + a).orElse(""), level);
    }

    /** Reads {@code sources}: each entry an id, or {@code {id, at}} with a locator. */
    private static List<Citation> citations(JsonNode node) {
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : node.path("sources")) {
            citations.add(c.isString() ? new Citation(c.asString(), Optional.empty())
                    : new Citation(c.path("id").asString(), optionalString(c, "at")));
        }
        return citations;
    }

    private void readSources(String file, JsonNode doc, Map<String, Source> registry) {
        Set<String> locations = new HashSet<>();
        for (JsonNode s : doc.path("sources")) {
            String id = s.path("id").asString();
            String location = s.hasNonNull("url") ? s.path("url").asString() : s.path("reference").asString();
            if (!locations.add(location)) {
                problems.add(new DatasetProblem(file, id, "lists " + location + " a second time: a source is listed once"));
            }
            Set<CredentialId> speaksFor = new TreeSet<>();
            s.path("speaksFor").forEach(c -> speaksFor.add(new CredentialId(c.asString())));
            Source source = new Source(id, location, text(s.path("title")), s.path("publisher").asString(), s.path("published").asString(),
                    s.path("retrieved").asString(), SourceKind.fromCode(s.path("kind").asString()), speaksFor);
            if (registry.putIfAbsent(id, source) != null) {
                problems.add(new DatasetProblem(file, id, "is listed twice"));
            }
        }
    }

    /** One condition of an eligibility rule, nested {@code allOf}/{@code anyOf} included (the schema has checked the shape). */
    private static Requirement requirement(JsonNode r) {
        if (r.has("credential")) {
            return new Requirement.HoldsCredential(new CredentialId(r.path("credential").asString()));
        }
        if (r.has("allOf") || r.has("anyOf")) {
            List<Requirement> parts = new ArrayList<>();
            for (JsonNode part : r.has("allOf") ? r.path("allOf") : r.path("anyOf")) {
                parts.add(requirement(part));
            }
            return r.has("allOf") ? new Requirement.All(parts) : new Requirement.AnyOf(parts);
        }
        ExperienceKind kind = ExperienceKind.fromCode(r.path("experience").asString());
        JsonNode years = r.path("years");
        return years.isString() && "any".equals(years.asString()) ? Requirement.Experience.anyAmount(kind)
                : new Requirement.Experience(kind, years.asInt());
    }

    // Sittings cite their source as a URL for now, not through the registry.
}
