package org.michishirube.data.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerPathId;
import org.michishirube.core.model.CareerStage;
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
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;

/**
 * The one place that says how core values become node properties and back, so the loader and
 * the snapshot reader cannot drift apart. Localised texts become {@code xJa}/{@code xEn} pairs,
 * which the full-text index covers.
 */
public final class GraphProperties {

    /** Marks nodes that belong to the shipped reference dataset, as opposed to users' data. */
    public static final String REFERENCE = "reference";

    private GraphProperties() {
    }

    public static Map<String, Object> of(Credential c, Map<String, Object> extras) {
        Map<String, Object> p = base("Credential", c.id().value(), c.provenance());
        text(p, "name", c.name());
        c.description().ifPresent(d -> text(p, "description", d));
        text(p, "issuer", c.issuer());
        c.renewal().ifPresent(r -> text(p, "renewal", r));
        c.abbreviation().ifPresent(a -> p.put("abbreviation", a));
        c.since().ifPresent(y -> p.put("since", y));
        p.put("kind", c.kind().code());
        // The whole AND/OR tree; REQUIRES relationships still link every credential it names.
        p.put("eligibility", EligibilityJson.write(c.requirements()));
        p.putAll(extras);
        return p;
    }

    public static Credential credential(Map<String, Object> p, List<String> requiredCredentials, Optional<String> framework) {
        List<Requirement> requirements = new ArrayList<>();
        if (p.get("eligibility") instanceof String json) {
            requirements.addAll(EligibilityJson.read(json));
        } else {
            // Layout 2 and older: a flat AND of REQUIRES relationships and parallel kind/year lists.
            requiredCredentials.stream().sorted().forEach(id -> requirements.add(new Requirement.HoldsCredential(new CredentialId(id))));
            List<?> kinds = (List<?>) p.getOrDefault("experienceKinds", List.of());
            List<?> years = (List<?>) p.getOrDefault("experienceYears", List.of());
            for (int i = 0; i < kinds.size(); i++) {
                requirements.add(new Requirement.Experience(ExperienceKind.fromCode((String) kinds.get(i)), ((Number) years.get(i)).intValue()));
            }
        }
        return new Credential(new CredentialId(str(p, "id")), text(p, "name"), Optional.ofNullable((String) p.get("abbreviation")),
                optionalText(p, "description"), text(p, "issuer"), optionalInt(p, "since"), CredentialKind.fromCode(str(p, "kind")),
                optionalText(p, "renewal"), framework.map(FrameworkId::new), requirements, provenance(p));
    }

    public static Map<String, Object> of(Framework f) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", f.id().value());
        p.put("refKey", "Framework:" + f.id().value());
        p.put("origin", REFERENCE);
        p.put("credential", f.credential().value());
        text(p, "name", f.name());
        f.reviewCycleYears().ifPresent(y -> p.put("reviewCycleYears", y));
        return p;
    }

    public static Framework framework(Map<String, Object> p) {
        return new Framework(new FrameworkId(str(p, "id")), new CredentialId(str(p, "credential")), text(p, "name"),
                optionalInt(p, "reviewCycleYears"));
    }

    public static Map<String, Object> of(FrameworkVersion v) {
        Map<String, Object> p = base("FrameworkVersion", v.id().value(), v.provenance());
        p.put("framework", v.framework().value());
        p.put("version", v.id().version());
        text(p, "name", v.name());
        p.put("status", v.status().code());
        p.put("current", v.status() == VersionStatus.PUBLISHED);
        v.effectiveDate().ifPresent(d -> p.put("effectiveDate", d));
        v.statusEndDate().ifPresent(d -> p.put("statusEndDate", d));
        v.supersedes().ifPresent(s -> p.put("supersedes", s.value()));
        return p;
    }

    public static FrameworkVersion version(Map<String, Object> p) {
        return new FrameworkVersion(new FrameworkVersionId(str(p, "id")), text(p, "name"), VersionStatus.fromCode(str(p, "status")),
                Optional.ofNullable((LocalDate) p.get("effectiveDate")),
                Optional.ofNullable((String) p.get("supersedes")).map(FrameworkVersionId::new), provenance(p),
                Optional.ofNullable((LocalDate) p.get("statusEndDate")));
    }

    public static Map<String, Object> of(Domain d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id().value());
        p.put("refKey", "Domain:" + d.id().value());
        p.put("origin", REFERENCE);
        p.put("framework", d.framework().value());
        text(p, "name", d.name());
        return p;
    }

    public static Domain domain(Map<String, Object> p) {
        return new Domain(new DomainId(str(p, "id")), new FrameworkId(str(p, "framework")), text(p, "name"));
    }

    /** {@return the unique key of a target node: the same lineage id appears once per version} */
    public static String uid(FrameworkVersionId version, TargetId id) {
        return version.value() + "/" + id.value();
    }

    public static Map<String, Object> of(Target t) {
        Map<String, Object> p = base("Target", uid(t.version(), t.id()), t.provenance());
        p.put("uid", uid(t.version(), t.id()));
        p.put("id", t.id().value());
        p.put("version", t.version().value());
        p.put("framework", t.version().framework().value());
        p.put("domain", t.domain().value());
        t.parent().ifPresent(parent -> p.put("parent", parent.value()));
        p.put("kind", t.kind().code());
        text(p, "name", t.name());
        t.description().ifPresent(d -> text(p, "description", d));
        t.effortHours().ifPresent(h -> p.put("effortHours", h));
        p.put("tags", List.copyOf(new TreeSet<>(t.tags())));
        return p;
    }

    public static Target target(Map<String, Object> p) {
        List<?> tags = (List<?>) p.getOrDefault("tags", List.of());
        Set<String> tagSet = new TreeSet<>();
        tags.forEach(t -> tagSet.add((String) t));
        return new Target(new TargetId(str(p, "id")), new FrameworkVersionId(str(p, "version")), new DomainId(str(p, "domain")),
                Optional.ofNullable((String) p.get("parent")).map(TargetId::new), TargetKind.fromCode(str(p, "kind")),
                text(p, "name"), optionalText(p, "description"), provenance(p), optionalInt(p, "effortHours"), tagSet);
    }

    public static Map<String, Object> of(Role r) {
        Map<String, Object> p = base("Role", r.id().value(), r.provenance());
        text(p, "name", r.name());
        r.description().ifPresent(d -> text(p, "description", d));
        p.put("family", r.family());
        return p;
    }

    public static Role role(Map<String, Object> p, List<org.michishirube.core.model.Need> needs) {
        return new Role(new RoleId(str(p, "id")), text(p, "name"), optionalText(p, "description"), str(p, "family"), needs, provenance(p));
    }

    public static Map<String, Object> of(ExamStatistic s, int index) {
        String key = s.credential().value() + "/" + s.year() + "/" + s.stage() + "/" + index;
        Map<String, Object> p = base("ExamStatistic", key, s.provenance());
        p.put("credential", s.credential().value());
        p.put("year", s.year());
        p.put("stage", s.stage());
        p.put("index", index);
        s.examNo().ifPresent(v -> p.put("examNo", v));
        s.applicants().ifPresent(v -> p.put("applicants", v));
        s.examinees().ifPresent(v -> p.put("examinees", v));
        s.passed().ifPresent(v -> p.put("passed", v));
        s.passRate().ifPresent(v -> p.put("passRate", v));
        p.put("cancelled", s.cancelled());
        s.note().ifPresent(n -> p.put("note", n));
        return p;
    }

    public static ExamStatistic statistic(Map<String, Object> p) {
        return new ExamStatistic(new CredentialId(str(p, "credential")), ((Number) p.get("year")).intValue(), optionalInt(p, "examNo"),
                str(p, "stage"), optionalInt(p, "applicants"), optionalInt(p, "examinees"), optionalInt(p, "passed"),
                p.get("passRate") == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) p.get("passRate")).doubleValue()),
                Boolean.TRUE.equals(p.get("cancelled")), provenance(p), Optional.ofNullable((String) p.get("note")));
    }

    /** {@return one node per stage of a sitting: nested lists are no node property, so stages are flattened} */
    public static List<Map<String, Object>> of(ExamSitting s) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < s.stages().size(); i++) {
            ExamSitting.Stage st = s.stages().get(i);
            Map<String, Object> p = base("ExamSitting", s.credential().value() + "/" + s.year() + "/" + i, s.provenance());
            p.put("credential", s.credential().value());
            p.put("year", s.year());
            p.put("stageIndex", i);
            p.put("stage", st.stage());
            p.put("examDays", st.examDays());
            st.applicationOpens().ifPresent(d -> p.put("applicationOpens", d));
            p.put("applicationCloses", st.applicationCloses());
            st.resultDay().ifPresent(d -> p.put("resultDay", d));
            p.put("projected", s.projected());
            p.put("cancelled", s.cancelled());
            s.note().ifPresent(n -> p.put("note", n));
            nodes.add(p);
        }
        return nodes;
    }

    /** {@return the sitting whose stage nodes these are, in stage order} */
    public static ExamSitting sitting(List<Map<String, Object>> stages) {
        Map<String, Object> first = stages.get(0);
        List<ExamSitting.Stage> read = new ArrayList<>();
        for (Map<String, Object> p : stages) {
            List<LocalDate> days = new ArrayList<>();
            for (Object d : (List<?>) p.get("examDays")) {
                days.add((LocalDate) d);
            }
            read.add(new ExamSitting.Stage(str(p, "stage"), days, Optional.ofNullable((LocalDate) p.get("applicationOpens")),
                    (LocalDate) p.get("applicationCloses"), Optional.ofNullable((LocalDate) p.get("resultDay"))));
        }
        return new ExamSitting(new CredentialId(str(first, "credential")), ((Number) first.get("year")).intValue(), read,
                Boolean.TRUE.equals(first.get("projected")), Boolean.TRUE.equals(first.get("cancelled")), provenance(first),
                Optional.ofNullable((String) first.get("note")));
    }

    /** {@return the node of a career path: stages as parallel lists, since a node property holds no nested map} */
    public static Map<String, Object> of(CareerPath path) {
        Map<String, Object> p = base("CareerPath", path.id().value(), path.provenance());
        text(p, "name", path.name());
        text(p, "description", path.description());
        p.put("stageNamesJa", path.stages().stream().map(s -> s.name().ja()).toList());
        p.put("stageNamesEn", path.stages().stream().map(s -> s.name().en()).toList());
        p.put("stageRoles", path.stages().stream().map(s -> s.role().map(RoleId::value).orElse("")).toList());
        p.put("stageCredentials", path.stages().stream().map(s -> s.credential().map(CredentialId::value).orElse("")).toList());
        p.put("stageYears", path.stages().stream().map(s -> (long) s.typicalYear()).toList());
        p.put("stageNotes", path.stages().stream().map(s -> s.note().orElse("")).toList());
        path.note().ifPresent(n -> p.put("note", n));
        return p;
    }

    /** {@return the career path a node holds} */
    public static CareerPath careerPath(Map<String, Object> p) {
        List<?> namesJa = (List<?>) p.get("stageNamesJa");
        List<?> namesEn = (List<?>) p.get("stageNamesEn");
        List<?> roles = (List<?>) p.get("stageRoles");
        List<?> credentials = (List<?>) p.get("stageCredentials");
        List<?> years = (List<?>) p.get("stageYears");
        List<?> notes = (List<?>) p.get("stageNotes");
        List<CareerStage> stages = new ArrayList<>();
        for (int i = 0; i < namesJa.size(); i++) {
            String role = (String) roles.get(i);
            String credential = (String) credentials.get(i);
            String note = (String) notes.get(i);
            stages.add(new CareerStage(new LocalizedText((String) namesJa.get(i), (String) namesEn.get(i)),
                    role.isEmpty() ? Optional.empty() : Optional.of(new RoleId(role)),
                    credential.isEmpty() ? Optional.empty() : Optional.of(new CredentialId(credential)),
                    ((Number) years.get(i)).intValue(), note.isEmpty() ? Optional.empty() : Optional.of(note)));
        }
        return new CareerPath(new CareerPathId(str(p, "id")), text(p, "name"), text(p, "description"), stages, provenance(p),
                Optional.ofNullable((String) p.get("note")));
    }

    /** {@return the node of a learning resource} */
    public static Map<String, Object> of(org.michishirube.core.resource.LearningResource r) {
        Map<String, Object> p = base("LearningResource", r.id(), r.provenance());
        text(p, "title", r.title());
        p.put("kind", r.kind().code());
        p.put("targets", r.targets().stream().map(TargetId::value).toList());
        p.put("domains", r.domains().stream().map(DomainId::value).toList());
        p.put("depth", r.depth().code());
        r.url().ifPresent(u -> p.put("url", u));
        r.hours().ifPresent(h -> p.put("hours", (long) h));
        r.cost().ifPresent(c -> p.put("cost", c));
        p.put("language", r.language());
        r.note().ifPresent(n -> p.put("note", n));
        return p;
    }

    /** {@return the learning resource a node holds} */
    public static org.michishirube.core.resource.LearningResource resource(Map<String, Object> p) {
        return new org.michishirube.core.resource.LearningResource(str(p, "id"), text(p, "title"),
                org.michishirube.core.resource.ResourceKind.fromCode(str(p, "kind")),
                ((List<?>) p.get("targets")).stream().map(t -> new TargetId((String) t)).toList(),
                ((List<?>) p.getOrDefault("domains", List.of())).stream().map(d -> new DomainId((String) d)).toList(),
                org.michishirube.core.coverage.Depth.parse(str(p, "depth")).orElseThrow(),
                Optional.ofNullable((String) p.get("url")),
                p.get("hours") == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(((Number) p.get("hours")).intValue()),
                Optional.ofNullable((String) p.get("cost")), str(p, "language"), provenance(p), Optional.ofNullable((String) p.get("note")));
    }

    private static Map<String, Object> base(String label, String key, Provenance provenance) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", key);
        p.put("refKey", label + ":" + key);
        p.put("origin", REFERENCE);
        p.put("source", provenance.source());
        p.put("verification", provenance.verification().code());
        return p;
    }

    private static void text(Map<String, Object> p, String field, LocalizedText text) {
        p.put(field + "Ja", text.ja());
        p.put(field + "En", text.en());
    }

    private static LocalizedText text(Map<String, Object> p, String field) {
        return new LocalizedText(str(p, field + "Ja"), str(p, field + "En"));
    }

    private static Optional<LocalizedText> optionalText(Map<String, Object> p, String field) {
        return p.get(field + "Ja") == null ? Optional.empty() : Optional.of(text(p, field));
    }

    private static OptionalInt optionalInt(Map<String, Object> p, String field) {
        Object v = p.get(field);
        return v == null ? OptionalInt.empty() : OptionalInt.of(((Number) v).intValue());
    }

    private static String str(Map<String, Object> p, String field) {
        return (String) p.get(field);
    }

    private static Provenance provenance(Map<String, Object> p) {
        return new Provenance(str(p, "source"), Verification.fromCode(str(p, "verification")));
    }
}
