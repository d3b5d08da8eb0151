package org.michishirube.api.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.michishirube.core.diff.Change;
import org.michishirube.core.diff.ChangeKind;
import org.michishirube.core.diff.Changelog;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.proposal.Proposal;
import org.michishirube.core.revision.EditOutcome;
import org.michishirube.data.revision.AuditEntry;
import org.michishirube.data.revision.DraftComment;
import org.michishirube.data.revision.DraftState;
import org.michishirube.data.revision.PublishReport;

/** Request and response bodies of the revision API. */
final class RevisionViews {

    private RevisionViews() {
    }

    record Text(String ja, String en) {
    }

    // --- diff ---------------------------------------------------------------------------------------------------

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TargetRef(String id, LocalizedText name, String kind, String domain, String parent) {
        static TargetRef of(Target t) {
            return new TargetRef(t.id().value(), t.name(), t.kind().code(), t.domain().value(), t.parent().map(TargetId::value).orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeView(String kind, String subject, String domain, LocalizedText text, String note, TargetRef before, TargetRef after,
                      List<TargetRef> from, List<TargetRef> into, List<String> fields, String link, List<String> added,
                      List<String> removed, String fromParent, String toParent, String fromDomain, String toDomain) {

        static ChangeView of(Change c) {
            String domain = c.domain().map(Object::toString).orElse(null);
            LocalizedText text = Changelog.line(c);
            if (c instanceof Change.Added a) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, a.note().orElse(null), null, TargetRef.of(a.target()),
                        null, null, null, null, null, null, null, null, null, null);
            } else if (c instanceof Change.Retired r) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, r.note().orElse(null), TargetRef.of(r.target()), null,
                        null, null, null, null, null, null, null, null, null, null);
            } else if (c instanceof Change.Replaced r) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, r.note().orElse(null), TargetRef.of(r.before()),
                        TargetRef.of(r.after()), null, null, null, null, null, null, null, null, null, null);
            } else if (c instanceof Change.Split s) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, s.note().orElse(null), TargetRef.of(s.before()), null,
                        null, s.into().stream().map(TargetRef::of).toList(), null, null, null, null, null, null, null, null);
            } else if (c instanceof Change.Merged m) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, m.note().orElse(null), null, TargetRef.of(m.into()),
                        m.from().stream().map(TargetRef::of).toList(), null, null, null, null, null, null, null, null, null);
            } else if (c instanceof Change.Moved m) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, null, null, null, null, null, null, null, null, null,
                        m.fromParent().map(TargetId::value).orElse(null), m.toParent().map(TargetId::value).orElse(null),
                        m.fromDomain().value(), m.toDomain().value());
            } else if (c instanceof Change.Modified m) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, null, TargetRef.of(m.before()), TargetRef.of(m.after()),
                        null, null, m.fields().stream().map(Change.Field::code).toList(), null, null, null, null, null, null, null);
            } else if (c instanceof Change.Relinked r) {
                return new ChangeView(c.kind().code(), c.subject(), domain, text, null, null, null, null, null, null, r.link().code(),
                        r.added().stream().map(TargetId::value).toList(), r.removed().stream().map(TargetId::value).toList(),
                        null, null, null, null);
            }
            return new ChangeView(c.kind().code(), c.subject(), domain, text, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CrosswalkEntryView(String from, List<String> to, String mapping, String note) {
    }

    record CountsView(int total, Map<String, Integer> byKind, Map<String, Map<String, Integer>> byDomain) {
    }

    record ChangelogView(LocalizedText title, List<String> ja, List<String> en) {
    }

    record DiffView(String framework, String from, String to, List<ChangeView> changes, List<CrosswalkEntryView> crosswalk,
                    CountsView counts, ChangelogView changelog) {

        static DiffView of(VersionDiff d) {
            Map<String, Integer> byKind = new LinkedHashMap<>();
            d.counts().byKind().forEach((k, n) -> byKind.put(k.code(), n));
            Map<String, Map<String, Integer>> byDomain = new LinkedHashMap<>();
            d.counts().byDomain().forEach((dom, m) -> {
                Map<String, Integer> kinds = new LinkedHashMap<>();
                m.forEach((k, n) -> kinds.put(k.code(), n));
                byDomain.put(dom.value(), kinds);
            });
            Changelog log = d.changelog();
            return new DiffView(d.from().framework().value(), d.from().id().value(), d.to().id().value(),
                    d.changes().stream().map(ChangeView::of).toList(),
                    d.crosswalk().entries().stream().map(e -> new CrosswalkEntryView(e.from().value(),
                            e.to().stream().map(TargetId::value).toList(), e.mapping().code(), e.note().orElse(null))).toList(),
                    new CountsView(d.counts().total(), byKind, byDomain),
                    new ChangelogView(LocalizedText.of(log.title("ja"), log.title("en")), log.lines("ja"), log.lines("en")));
        }
    }

    static List<String> kinds() {
        List<String> codes = new ArrayList<>();
        for (ChangeKind k : ChangeKind.values()) {
            codes.add(k.code());
        }
        return codes;
    }

    // --- drafts ---------------------------------------------------------------------------------------------------

    record DraftRequest(String version, Text name, String source, String verification) {
    }

    record PartRequest(String id, Text name, Text description, Integer effortHours) {
    }

    /** A citation of the sources registry: the source's id and where in it (page, section, question, abstract number). */
    record CitationRequest(String id, String at) {
    }

    /**
     * One typed operation; {@code op} says which, and only its fields are read. {@code source} and
     * {@code verification} belong to {@code reword}: new wording, its source and its level in one step.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OperationRequest(String op, String id, String target, List<String> targets, String parent, String domain, String kind,
                            Text name, Text description, Integer effortHours, List<String> tags, List<PartRequest> parts,
                            PartRequest replacement, PartRequest into, String prerequisite, String note, String source,
                            String verification,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "reword: sources of the registry (dataset/sources.yaml) "
                                    + "by id, each with an optional locator; instead of a free-text source") List<CitationRequest> sources) {

        /** An operation whose source, if any, is free text. */
        OperationRequest(String op, String id, String target, List<String> targets, String parent, String domain, String kind,
                         Text name, Text description, Integer effortHours, List<String> tags, List<PartRequest> parts,
                         PartRequest replacement, PartRequest into, String prerequisite, String note, String source, String verification) {
            this(op, id, target, targets, parent, domain, kind, name, description, effortHours, tags, parts, replacement, into,
                    prerequisite, note, source, verification, null);
        }

        /** An operation without provenance fields: every kind but {@code reword}. */
        OperationRequest(String op, String id, String target, List<String> targets, String parent, String domain, String kind,
                         Text name, Text description, Integer effortHours, List<String> tags, List<PartRequest> parts,
                         PartRequest replacement, PartRequest into, String prerequisite, String note) {
            this(op, id, target, targets, parent, domain, kind, name, description, effortHours, tags, parts, replacement, into,
                    prerequisite, note, null, null);
        }
    }

    record ProposalOperationRequest(String proposal) {
    }

    record PublishRequest(String effectiveDate, Boolean migrateCurricula, Boolean migratePlans) {
    }

    record CommentRequest(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DraftTarget(String id, String parent, String domain, String kind, LocalizedText name, LocalizedText description,
                       Integer effortHours, List<String> tags, List<String> prerequisites, List<String> missingLanguages) {
    }

    /**
     * Where an imported draft came from and what the import did.
     *
     * @param format the format read
     * @param document the package's document identifier
     * @param importedBy who imported it
     * @param importedAt when
     * @param createsFramework the framework publishing creates, for a new framework
     * @param createsCredential the credential publishing creates, when new
     * @param items each source item and what it became (identifier, as, id, label)
     * @param skipped what was not imported, with the reason
     * @param notes how the input was bent to fit
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportView(String format, String document, String importedBy, String importedAt, String createsFramework, String createsCredential,
                      List<org.michishirube.interop.ImportMapping.MappedItem> items, List<org.michishirube.interop.ImportedFramework.Skipped> skipped,
                      List<String> notes) {
        static ImportView of(org.michishirube.data.revision.ImportOrigin i) {
            return new ImportView(i.format(), i.document(), i.importedBy(), i.importedAt().toString(),
                    i.newFramework().map(f -> f.id().value()).orElse(null), i.newCredential().map(c -> c.id().value()).orElse(null),
                    i.mapped(), i.skipped(), i.notes());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DraftView(String id, String framework, String base, String status, long revision, String author, String createdAt,
                     String updatedAt, String approvedBy, LocalizedText name, int targetCount, Map<String, Integer> changes,
                     List<String> changelog, List<DraftTarget> targets, Map<String, Integer> missingLanguages, ImportView imported) {

        static DraftView of(DraftState s, VersionDiff diff, boolean withTargets) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            diff.counts().byKind().forEach((k, n) -> counts.put(k.code(), n));
            var tree = s.draft().tree();
            List<DraftTarget> targets = withTargets ? tree.sortedTargets().stream().map(t -> new DraftTarget(t.id().value(),
                    t.parent().map(TargetId::value).orElse(null), t.domain().value(), t.kind().code(), t.name(), t.description().orElse(null),
                    t.effortHours().isPresent() ? t.effortHours().getAsInt() : null, t.tags().stream().sorted().toList(),
                    tree.prerequisites().getOrDefault(t.id(), java.util.Set.of()).stream().map(TargetId::value).toList(),
                    t.name().missing().isEmpty() ? null : t.name().missing())).toList() : null;
            // How many target names lack each language, so a reviewer sees what is still to translate.
            Map<String, Integer> missing = new java.util.TreeMap<>();
            tree.targets().forEach(t -> t.name().missing().forEach(l -> missing.merge(l, 1, Integer::sum)));
            return new DraftView(s.id().value(), s.framework().value(), s.base().map(Object::toString).orElse(null), s.status().code(),
                    s.revision(), s.author(), s.createdAt().toString(), s.updatedAt().toString(), s.approvedBy().orElse(null),
                    tree.version().name(), tree.targets().size(), counts, diff.changelog().lines("en"), targets,
                    missing.isEmpty() ? null : missing, s.imported().map(ImportView::of).orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EditAnswer(String draft, long revision, List<String> changes, DraftView state) {
    }

    record RejectionView(String reason, String message, List<String> evidence) {
        static List<RejectionView> of(EditOutcome.Rejected r) {
            return r.reasons().stream().map(x -> new RejectionView(x.reason().code(), x.message(), x.evidence())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuditView(long sequence, String at, String actor, String action, Object operation, List<String> before, List<String> after,
                     long revision) {
        static AuditView of(AuditEntry a, tools.jackson.databind.ObjectMapper json) {
            Object op = a.operation().map(o -> (Object) json.readTree(o)).orElse(null);
            return new AuditView(a.sequence(), a.at().toString(), a.actor(), a.action(), op, a.before(), a.after(), a.revision());
        }
    }

    record CommentView(long sequence, String at, String author, String text) {
        static CommentView of(DraftComment c) {
            return new CommentView(c.sequence(), c.at().toString(), c.author(), c.text());
        }
    }

    record PublishAnswer(DraftView draft, PublishReport report) {
    }

    // --- proposals and review status --------------------------------------------------------------------------------

    record ProposalView(String id, String kind, String subject, double score, LocalizedText evidence, OperationRequest suggestedOperation) {
        static ProposalView of(Proposal p) {
            return new ProposalView(RevisionSupport.proposalId(p), p.kind().code(), p.subject(), Math.round(p.score() * 1000) / 1000.0,
                    p.evidence(), Operations.describe(p.suggestedOperation()));
        }
    }

    record ProposalsView(String framework, String version, int curricula, Map<String, Integer> counts, List<ProposalView> proposals) {
    }

    record ReviewView(String framework, String version, Integer reviewCycleYears, String effectiveDate, String due, String state,
                      Long daysUntilDue, Map<String, Integer> accumulated, int total, LocalizedText explanation) {
    }
}
