package org.michishirube.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
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

/**
 * A small hand-built graph modelled on HIT, Senior HIT and MIIS, for tests whose expected values are
 * worked out by hand:
 * <pre>
 * hit        (framework hit@fy2020; hit@fy2017 retired)  no requirements
 *   hit.it   GIO  ─ hit.it.net  SBO 8h
 *                 ─ hit.it.db   SBO 6h   prerequisite hit.it.net
 *   hit.med  GIO  ─ hit.med.ethics SBO 4h
 * senior-hit (framework senior@v1)  requires hit and 5 years of healthcare-IS work
 *   senior.mgmt GIO ─ senior.mgmt.strategy SBO 20h  prerequisite hit.med.ethics
 * miis       (framework miis@v1)  requires hit and rt
 *   miis.img GIO miis.dicom ─ miis.dicom.qr SBO 10h  prerequisite hit.it.net
 *                           ─ miis.dicom.sr SBO (no estimate)
 * rt         national licence without a framework
 * roles: pacs-admin (imaging-it)   needs miis.dicom.qr@3 ×1.0, hit.it.db@1 ×0.5; suited by hit, miis
 *        his-se     (hospital-it)  needs hit.it.net@2 ×1.0, hit.it.db@2 ×1.0;    suited by hit
 *        cio        (management)   no needs
 * </pre>
 */
public final class SampleGraphs {

    public static final CredentialId HIT = CredentialId.of("hit");
    public static final CredentialId SENIOR_HIT = CredentialId.of("senior-hit");
    public static final CredentialId MIIS = CredentialId.of("miis");
    public static final CredentialId RT = CredentialId.of("rt");
    public static final TargetId NET = TargetId.of("hit.it.net");
    public static final TargetId DB = TargetId.of("hit.it.db");
    public static final TargetId ETHICS = TargetId.of("hit.med.ethics");
    public static final TargetId STRATEGY = TargetId.of("senior.mgmt.strategy");
    public static final TargetId QR = TargetId.of("miis.dicom.qr");
    public static final TargetId SR = TargetId.of("miis.dicom.sr");
    public static final RoleId PACS_ADMIN = RoleId.of("pacs-admin");
    public static final RoleId HIS_SE = RoleId.of("his-se");
    public static final RoleId CIO = RoleId.of("cio");
    public static final DomainId HIT_IT = DomainId.of("hit.it");
    public static final DomainId HIT_MED = DomainId.of("hit.med");
    public static final FrameworkVersionId HIT_2020 = FrameworkVersionId.of("hit@fy2020");
    public static final FrameworkVersionId HIT_2017 = FrameworkVersionId.of("hit@fy2017");

    private static final Provenance SOURCE = new Provenance("test", Verification.INFERRED);

    private SampleGraphs() {
    }

    /** {@return the graph drawn above} */
    public static CompetencyGraph hospital() {
        return hospital(List.of(new Requirement.HoldsCredential(HIT), new Requirement.Experience(ExperienceKind.HEALTHCARE_IS, 5)));
    }

    /** {@return the graph drawn above, with another eligibility rule for senior-hit} */
    public static CompetencyGraph hospital(List<Requirement> seniorRule) {
        CompetencyGraph.Builder b = CompetencyGraph.builder();
        b.credential(credential(HIT, Optional.of("hit"), List.of()));
        b.credential(credential(SENIOR_HIT, Optional.of("senior"), seniorRule));
        b.credential(credential(MIIS, Optional.of("miis"), List.of(new Requirement.HoldsCredential(HIT),
                new Requirement.HoldsCredential(RT))));
        b.credential(credential(RT, Optional.empty(), List.of()));
        framework(b, "hit", HIT, HIT_2020);
        b.version(version(HIT_2017, VersionStatus.RETIRED), false);
        framework(b, "senior", SENIOR_HIT, FrameworkVersionId.of("senior@v1"));
        framework(b, "miis", MIIS, FrameworkVersionId.of("miis@v1"));
        b.domain(domain("hit.it", "hit")).domain(domain("hit.med", "hit")).domain(domain("senior.mgmt", "senior"))
                .domain(domain("miis.img", "miis"));
        target(b, "hit.it", HIT_2020, "hit.it", null, TargetKind.GIO, null);
        target(b, "hit.it.net", HIT_2020, "hit.it", "hit.it", TargetKind.SBO, 8);
        target(b, "hit.it.db", HIT_2020, "hit.it", "hit.it", TargetKind.SBO, 6);
        target(b, "hit.med", HIT_2020, "hit.med", null, TargetKind.GIO, null);
        target(b, "hit.med.ethics", HIT_2020, "hit.med", "hit.med", TargetKind.SBO, 4);
        FrameworkVersionId senior = FrameworkVersionId.of("senior@v1");
        target(b, "senior.mgmt", senior, "senior.mgmt", null, TargetKind.GIO, null);
        target(b, "senior.mgmt.strategy", senior, "senior.mgmt", "senior.mgmt", TargetKind.SBO, 20);
        FrameworkVersionId miis = FrameworkVersionId.of("miis@v1");
        target(b, "miis.dicom", miis, "miis.img", null, TargetKind.GIO, null);
        target(b, "miis.dicom.qr", miis, "miis.img", "miis.dicom", TargetKind.SBO, 10);
        target(b, "miis.dicom.sr", miis, "miis.img", "miis.dicom", TargetKind.SBO, null);
        b.prerequisite(DB, NET).prerequisite(STRATEGY, ETHICS).prerequisite(QR, NET);
        b.role(role(PACS_ADMIN, "imaging-it", List.of(new Need(QR, 3, 1.0), new Need(DB, 1, 0.5))));
        b.role(role(HIS_SE, "hospital-it", List.of(new Need(NET, 2, 1.0), new Need(DB, 2, 1.0))));
        b.role(role(CIO, "management", List.of()));
        b.suits(HIT, PACS_ADMIN).suits(MIIS, PACS_ADMIN).suits(HIT, HIS_SE);
        return b.build();
    }

    private static Credential credential(CredentialId id, Optional<String> framework, List<Requirement> requirements) {
        return new Credential(id, text(id.value()), Optional.empty(), Optional.empty(), text("issuer"), OptionalInt.empty(),
                framework.isPresent() ? CredentialKind.PRIVATE : CredentialKind.NATIONAL_LICENCE, Optional.empty(),
                framework.map(FrameworkId::of), requirements, SOURCE);
    }

    private static void framework(CompetencyGraph.Builder b, String id, CredentialId credential, FrameworkVersionId current) {
        b.framework(new Framework(FrameworkId.of(id), credential, text(id), OptionalInt.empty()));
        b.version(version(current, VersionStatus.PUBLISHED), true);
    }

    private static FrameworkVersion version(FrameworkVersionId id, VersionStatus status) {
        return new FrameworkVersion(id, text(id.value()), status, Optional.empty(), Optional.empty(), SOURCE);
    }

    private static Domain domain(String id, String framework) {
        return new Domain(DomainId.of(id), FrameworkId.of(framework), text(id));
    }

    private static void target(CompetencyGraph.Builder b, String id, FrameworkVersionId version, String domain,
                               String parent, TargetKind kind, Integer effort) {
        b.target(new Target(TargetId.of(id), version, DomainId.of(domain), Optional.ofNullable(parent).map(TargetId::of),
                kind, text(id), Optional.empty(), SOURCE, effort == null ? OptionalInt.empty() : OptionalInt.of(effort),
                Set.of()));
    }

    private static Role role(RoleId id, String family, List<Need> needs) {
        return new Role(id, text(id.value()), Optional.empty(), family, needs, SOURCE);
    }

    private static LocalizedText text(String s) {
        return LocalizedText.of(s, s);
    }
}
