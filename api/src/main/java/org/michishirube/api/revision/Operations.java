package org.michishirube.api.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.revision.RevisionViews.OperationRequest;
import org.michishirube.api.revision.RevisionViews.PartRequest;
import org.michishirube.api.revision.RevisionViews.Text;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.revision.DraftText;
import org.michishirube.core.revision.Operation;

/**
 * Reads an operation request into a core {@link Operation}. Only the shape is checked here (400 validation-failed):
 * whether the operation fits the draft — ids, languages, cycles — is the draft editor's business (422).
 */
final class Operations {

    static final List<String> NAMES = List.of("add", "reword", "adjust", "move", "split", "replace", "merge", "retire",
            "link-prerequisite", "unlink-prerequisite");

    private final List<Map<String, String>> errors = new ArrayList<>();

    private Operations() {
    }

    static Operation parse(OperationRequest r) {
        if (r == null) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with an operation is required.");
        }
        Operations p = new Operations();
        Operation op = p.read(r);
        if (!p.errors.isEmpty() || op == null) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "The operation has " + p.errors.size() + " invalid field(s).",
                    Map.of("errors", List.copyOf(p.errors)));
        }
        return op;
    }

    private Operation read(OperationRequest r) {
        String op = r.op() == null ? "" : r.op().toLowerCase(Locale.ROOT);
        switch (op) {
            case "add" -> {
                String id = required("id", r.id());
                Optional<TargetId> parent = optionalRef("parent", r.parent());
                DomainId domain = domain("domain", r.domain());
                TargetKind kind = kind("kind", r.kind());
                Integer effort = r.effortHours();
                return errors.isEmpty() ? new Operation.Add(id, parent, domain, kind, text(r.name()), Optional.ofNullable(r.description()).map(Operations::text),
                        effort == null ? OptionalInt.empty() : OptionalInt.of(effort), tags(r.tags()), note(r.note())) : null;
            }
            case "reword" -> {
                TargetId target = ref("target", r.target());
                if (r.name() == null && r.description() == null && r.source() == null && r.verification() == null && r.sources() == null) {
                    error("name", "give a new name, description, source or verification");
                }
                if (r.sources() != null && r.source() != null) {
                    error("sources", "give either sources (registry ids) or source (free text), not both");
                }
                if (r.sources() != null && r.sources().isEmpty()) {
                    error("sources", "must name at least one source of the registry");
                }
                if (r.source() != null && r.source().isBlank()) {
                    error("source", "must not be blank: a URL or a document reference");
                }
                Optional<Verification> verification = Optional.empty();
                if (r.verification() != null) {
                    try {
                        verification = Optional.of(Verification.fromCode(r.verification()));
                    } catch (IllegalArgumentException e) {
                        error("verification", "must be one of " + java.util.Arrays.stream(Verification.values())
                                .map(Verification::code).collect(java.util.stream.Collectors.joining(", ")));
                    }
                }
                return errors.isEmpty() ? new Operation.Reword(target, Optional.ofNullable(r.name()).map(Operations::text),
                        Optional.ofNullable(r.description()).map(Operations::text), Optional.ofNullable(r.source()), verification) : null;
            }
            case "adjust" -> {
                TargetId target = ref("target", r.target());
                Optional<TargetKind> kind = r.kind() == null ? Optional.empty() : Optional.ofNullable(kind("kind", r.kind()));
                return errors.isEmpty() ? new Operation.Adjust(target, kind,
                        r.effortHours() == null ? OptionalInt.empty() : OptionalInt.of(r.effortHours()),
                        r.tags() == null ? Optional.empty() : Optional.of(tags(r.tags()))) : null;
            }
            case "move" -> {
                TargetId target = ref("target", r.target());
                Optional<TargetId> parent = optionalRef("parent", r.parent());
                DomainId domain = domain("domain", r.domain());
                return errors.isEmpty() ? new Operation.Move(target, parent, domain) : null;
            }
            case "split" -> {
                TargetId target = ref("target", r.target());
                if (r.parts() == null) {
                    error("parts", "is required: the new targets, at least two");
                }
                List<Operation.Part> parts = new ArrayList<>();
                if (r.parts() != null) {
                    for (int i = 0; i < r.parts().size(); i++) {
                        parts.add(part("parts[" + i + "]", r.parts().get(i)));
                    }
                }
                return errors.isEmpty() ? new Operation.Split(target, parts, note(r.note())) : null;
            }
            case "replace" -> {
                TargetId target = ref("target", r.target());
                Operation.Part part = part("replacement", r.replacement());
                return errors.isEmpty() ? new Operation.Replace(target, part, note(r.note())) : null;
            }
            case "merge" -> {
                List<TargetId> targets = new ArrayList<>();
                if (r.targets() == null) {
                    error("targets", "is required: the targets to merge, at least two");
                } else {
                    for (int i = 0; i < r.targets().size(); i++) {
                        targets.add(ref("targets[" + i + "]", r.targets().get(i)));
                    }
                }
                Operation.Part into = part("into", r.into());
                return errors.isEmpty() ? new Operation.Merge(targets, into, note(r.note())) : null;
            }
            case "retire" -> {
                TargetId target = ref("target", r.target());
                return errors.isEmpty() ? new Operation.Retire(target, note(r.note())) : null;
            }
            case "link-prerequisite", "unlink-prerequisite" -> {
                TargetId target = ref("target", r.target());
                TargetId prerequisite = ref("prerequisite", r.prerequisite());
                if (!errors.isEmpty()) {
                    return null;
                }
                return op.equals("link-prerequisite") ? new Operation.LinkPrerequisite(target, prerequisite)
                        : new Operation.UnlinkPrerequisite(target, prerequisite);
            }
            default -> {
                error("op", "must be one of " + String.join(", ", NAMES));
                return null;
            }
        }
    }

    /** {@return the request that reads back into this operation; how the API shows suggested and logged operations} */
    static OperationRequest describe(Operation op) {
        if (op instanceof Operation.Add a) {
            return new OperationRequest("add", a.id(), null, null, a.parent().map(TargetId::value).orElse(null), a.domain().value(),
                    a.kind().code(), text(a.name()), a.description().map(Operations::text).orElse(null),
                    a.effortHours().isPresent() ? a.effortHours().getAsInt() : null, a.tags().stream().sorted().toList(), null, null, null,
                    null, a.note().orElse(null));
        } else if (op instanceof Operation.Reword r) {
            return new OperationRequest("reword", null, r.target().value(), null, null, null, null, r.name().map(Operations::text).orElse(null),
                    r.description().map(Operations::text).orElse(null), null, null, null, null, null, null, null, r.source().orElse(null),
                    r.verification().map(Verification::code).orElse(null));
        } else if (op instanceof Operation.Adjust a) {
            return new OperationRequest("adjust", null, a.target().value(), null, null, null, a.kind().map(TargetKind::code).orElse(null),
                    null, null, a.effortHours().isPresent() ? a.effortHours().getAsInt() : null,
                    a.tags().map(t -> t.stream().sorted().toList()).orElse(null), null, null, null, null, null);
        } else if (op instanceof Operation.Move m) {
            return new OperationRequest("move", null, m.target().value(), null, m.parent().map(TargetId::value).orElse(null),
                    m.domain().value(), null, null, null, null, null, null, null, null, null, null);
        } else if (op instanceof Operation.Split s) {
            return new OperationRequest("split", null, s.target().value(), null, null, null, null, null, null, null, null,
                    s.parts().stream().map(Operations::part).toList(), null, null, null, s.note().orElse(null));
        } else if (op instanceof Operation.Replace r) {
            return new OperationRequest("replace", null, r.target().value(), null, null, null, null, null, null, null, null, null,
                    part(r.replacement()), null, null, r.note().orElse(null));
        } else if (op instanceof Operation.Merge m) {
            return new OperationRequest("merge", null, null, m.targets().stream().map(TargetId::value).toList(), null, null, null, null,
                    null, null, null, null, null, part(m.into()), null, m.note().orElse(null));
        } else if (op instanceof Operation.Retire r) {
            return new OperationRequest("retire", null, r.target().value(), null, null, null, null, null, null, null, null, null, null,
                    null, null, r.note().orElse(null));
        } else if (op instanceof Operation.LinkPrerequisite l) {
            return new OperationRequest("link-prerequisite", null, l.target().value(), null, null, null, null, null, null, null, null,
                    null, null, null, l.prerequisite().value(), null);
        }
        Operation.UnlinkPrerequisite u = (Operation.UnlinkPrerequisite) op;
        return new OperationRequest("unlink-prerequisite", null, u.target().value(), null, null, null, null, null, null, null, null,
                null, null, null, u.prerequisite().value(), null);
    }

    private static PartRequest part(Operation.Part p) {
        return new PartRequest(p.id(), text(p.name()), p.description().map(Operations::text).orElse(null),
                p.effortHours().isPresent() ? p.effortHours().getAsInt() : null);
    }

    private static Text text(DraftText t) {
        return new Text(t.ja(), t.en());
    }

    private Operation.Part part(String field, PartRequest p) {
        if (p == null) {
            error(field, "is required: {id, name: {ja, en}, description?, effortHours?}");
            return null;
        }
        String id = required(field + ".id", p.id());
        return id == null ? null : new Operation.Part(id, text(p.name()), Optional.ofNullable(p.description()).map(Operations::text),
                p.effortHours() == null ? OptionalInt.empty() : OptionalInt.of(p.effortHours()));
    }

    private static DraftText text(Text t) {
        return t == null ? new DraftText(null, null) : new DraftText(t.ja(), t.en());
    }

    private Set<String> tags(List<String> tags) {
        if (tags == null) {
            return Set.of();
        }
        if (tags.stream().anyMatch(t -> t == null || t.isBlank())) {
            error("tags", "must not contain empty tags");
            return Set.of();
        }
        return Set.copyOf(tags);
    }

    private static Optional<String> note(String note) {
        return Optional.ofNullable(note).filter(n -> !n.isBlank());
    }

    private String required(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return null;
        }
        return value;
    }

    private TargetId ref(String field, String value) {
        if (value == null || !TargetId.isWellFormed(value)) {
            error(field, value == null ? "is required" : "is not a target id such as miis.dicom.core");
            return null;
        }
        return new TargetId(value);
    }

    private Optional<TargetId> optionalRef(String field, String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(ref(field, value));
    }

    private DomainId domain(String field, String value) {
        if (value == null || !DomainId.isWellFormed(value)) {
            error(field, value == null ? "is required" : "is not a domain id such as miis.pacs");
            return null;
        }
        return new DomainId(value);
    }

    private TargetKind kind(String field, String value) {
        try {
            return TargetKind.fromCode(value);
        } catch (RuntimeException e) {
            error(field, "must be gio, sbo or topic");
            return null;
        }
    }

    private void error(String field, String message) {
        errors.add(Map.of("field", field, "message", message));
    }
}
