package org.michishirube.core.coverage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;

/**
 * Two versions of a small framework {@code x}, drawn so that every figure can be worked out by hand:
 * <pre>
 * x@v1 (retired)                                x@v2 (published, supersedes v1)
 * x.a  x.a.g ─ x.a.s1 ─ x.a.t1 3h               same, but x.a.s2 is re-estimated at 3h
 *                     └ x.a.t2 1h
 *            └ x.a.s2 2h
 * x.b  x.b.g ─ x.b.s  (no estimate: 1h)         x.b.g ─ x.b.s (no estimate), x.b.p 2h, x.b.q 2h, x.b.new 4h
 *            └ x.b.old 3h                       lineage: x.b.old split into x.b.p and x.b.q; x.b.new added
 * </pre>
 */
final class CoverageFixtures {

    static final Provenance SOURCE = new Provenance("test", Verification.INFERRED);
    static final FrameworkVersionId V1 = FrameworkVersionId.of("x@v1");
    static final FrameworkVersionId V2 = FrameworkVersionId.of("x@v2");

    private CoverageFixtures() {
    }

    static FrameworkTree v1() {
        FrameworkVersion v = new FrameworkVersion(V1, text("版1"), VersionStatus.RETIRED, Optional.empty(), Optional.empty(), SOURCE);
        return new FrameworkTree(v, domains(), List.of(
                target(V1, "x.a.g", "x.a", null, TargetKind.GIO, null),
                target(V1, "x.a.s1", "x.a", "x.a.g", TargetKind.SBO, null),
                target(V1, "x.a.t1", "x.a", "x.a.s1", TargetKind.TOPIC, 3),
                target(V1, "x.a.t2", "x.a", "x.a.s1", TargetKind.TOPIC, 1),
                target(V1, "x.a.s2", "x.a", "x.a.g", TargetKind.SBO, 2),
                target(V1, "x.b.g", "x.b", null, TargetKind.GIO, null),
                target(V1, "x.b.s", "x.b", "x.b.g", TargetKind.SBO, null),
                target(V1, "x.b.old", "x.b", "x.b.g", TargetKind.SBO, 3)), Map.of(), Map.of(), List.of());
    }

    static FrameworkTree v2() {
        FrameworkVersion v = new FrameworkVersion(V2, text("版2"), VersionStatus.PUBLISHED, Optional.empty(), Optional.of(V1), SOURCE);
        return new FrameworkTree(v, domains(), List.of(
                target(V2, "x.a.g", "x.a", null, TargetKind.GIO, null),
                target(V2, "x.a.s1", "x.a", "x.a.g", TargetKind.SBO, null),
                target(V2, "x.a.t1", "x.a", "x.a.s1", TargetKind.TOPIC, 3),
                target(V2, "x.a.t2", "x.a", "x.a.s1", TargetKind.TOPIC, 1),
                target(V2, "x.a.s2", "x.a", "x.a.g", TargetKind.SBO, 3),
                target(V2, "x.b.g", "x.b", null, TargetKind.GIO, null),
                target(V2, "x.b.s", "x.b", "x.b.g", TargetKind.SBO, null),
                target(V2, "x.b.p", "x.b", "x.b.g", TargetKind.SBO, 2),
                target(V2, "x.b.q", "x.b", "x.b.g", TargetKind.SBO, 2),
                target(V2, "x.b.new", "x.b", "x.b.g", TargetKind.SBO, 4)), Map.of(), Map.of(), List.of(
                new LineageLink(LineageKind.SPLIT_INTO, List.of(TargetId.of("x.b.old")), List.of(TargetId.of("x.b.p"), TargetId.of("x.b.q")),
                        Optional.empty(), Verification.INFERRED),
                new LineageLink(LineageKind.ADDED, List.of(), List.of(TargetId.of("x.b.new")), Optional.empty(), Verification.INFERRED)));
    }

    static Curriculum curriculum(String id, Course... courses) {
        return new Curriculum(new CurriculumId(id), new InstitutionId("test-u"), text("課程 " + id), Visibility.PUBLIC, 0, List.of(courses));
    }

    static Course course(String code, Mapping... mappings) {
        return new Course(code, text("科目 " + code), 1, Semester.FIRST, OptionalInt.of(30), OptionalDouble.empty(), Optional.empty(),
                List.of(mappings));
    }

    static TargetId id(String value) {
        return TargetId.of(value);
    }

    private static List<Domain> domains() {
        return List.of(new Domain(DomainId.of("x.b"), FrameworkId.of("x"), text("領域B")),
                new Domain(DomainId.of("x.a"), FrameworkId.of("x"), text("領域A")));
    }

    private static Target target(FrameworkVersionId v, String id, String domain, String parent, TargetKind kind, Integer hours) {
        return new Target(TargetId.of(id), v, DomainId.of(domain), Optional.ofNullable(parent).map(TargetId::of), kind, text(id),
                Optional.empty(), SOURCE, hours == null ? OptionalInt.empty() : OptionalInt.of(hours), Set.of());
    }

    private static LocalizedText text(String s) {
        return LocalizedText.of(s, s);
    }
}
