package org.michishirube.core.proposal;

import java.time.LocalDate;
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
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;

/**
 * A graph for proposals, modelled on HIT and MIIS:
 * <pre>
 * hit@fy2020 (effective 2022-03-01, review every 5 years)
 *   hit.it   hit.it.db GIO ─ .sql SBO 6h, .design SBO 4h (needs .sql)
 *            hit.it.sec GIO [security] ─ .crypto SBO 3h [security]
 *            hit.it.legacy GIO ─ .mumps SBO 5h, .punch SBO 2h          (nobody uses these)
 *   hit.med  hit.med.ethics GIO ─ .ic 「インフォームド・コンセント」 2h, .consent 「インフォームドコンセント」 2h
 * miis@2011  miis.dicom GIO ─ .qr SBO 10h (needs hit.it.db.sql); miis.ai GIO [ai] ─ .dicom SBO [ai]; miis.endo SBO [non-radiology-imaging]
 * roles  pacs-admin    qr ×1.0, hit.it.db.sql ×0.5, miis.ai.dicom ×0.5   suited by hit, miis
 *        his-se        hit.it.db.design ×1.0, qr ×0.5, hit.med.ethics.ic ×0.25   suited by hit
 *        radiology-ai  miis.ai.dicom ×1.0   suited by none
 * curricula (4): sql 4, design 3, hit.it.sec 1
 * </pre>
 */
final class ProposalGraphs {

    static final Provenance SOURCE = new Provenance("test", Verification.INFERRED);
    static final FrameworkId HIT = FrameworkId.of("hit");
    static final FrameworkVersionId HIT_2020 = FrameworkVersionId.of("hit@fy2020");
    static final FrameworkVersionId MIIS_2011 = FrameworkVersionId.of("miis@2011");

    private ProposalGraphs() {
    }

    static CurriculumUsage usage() {
        return new CurriculumUsage(java.util.Map.of(TargetId.of("hit.it.db.sql"), 4, TargetId.of("hit.it.db.design"), 3,
                TargetId.of("hit.it.sec"), 1), 4);
    }

    static FrameworkVersion hitVersion() {
        return new FrameworkVersion(HIT_2020, text("hit"), VersionStatus.PUBLISHED, Optional.of(LocalDate.of(2022, 3, 1)),
                Optional.empty(), SOURCE);
    }

    static Framework hitFramework() {
        return new Framework(HIT, CredentialId.of("hit"), text("hit"), OptionalInt.of(5));
    }

    static List<Target> hitTargets() {
        return List.of(
                t(HIT_2020, "hit.it", "hit.it.db", null, TargetKind.GIO, "データベース", "Databases", null),
                t(HIT_2020, "hit.it", "hit.it.db.sql", "hit.it.db", TargetKind.SBO, "SQL", "SQL", 6),
                t(HIT_2020, "hit.it", "hit.it.db.design", "hit.it.db", TargetKind.SBO, "データベース設計", "Database design", 4),
                t(HIT_2020, "hit.it", "hit.it.sec", null, TargetKind.GIO, "情報セキュリティ", "Information security", null, "security"),
                t(HIT_2020, "hit.it", "hit.it.sec.crypto", "hit.it.sec", TargetKind.SBO, "暗号", "Cryptography", 3, "security"),
                t(HIT_2020, "hit.it", "hit.it.legacy", null, TargetKind.GIO, "旧来の技術", "Legacy technology", null),
                t(HIT_2020, "hit.it", "hit.it.legacy.mumps", "hit.it.legacy", TargetKind.SBO, "MUMPS言語", "The MUMPS language", 5),
                t(HIT_2020, "hit.it", "hit.it.legacy.punch", "hit.it.legacy", TargetKind.SBO, "穿孔カード", "Punched cards", 2),
                t(HIT_2020, "hit.med", "hit.med.ethics", null, TargetKind.GIO, "医の倫理", "Medical ethics", null),
                t(HIT_2020, "hit.med", "hit.med.ethics.ic", "hit.med.ethics", TargetKind.SBO, "インフォームド・コンセント", "Informed consent", 2),
                t(HIT_2020, "hit.med", "hit.med.ethics.consent", "hit.med.ethics", TargetKind.SBO, "インフォームドコンセント", "Informed consent", 2));
    }

    static List<Domain> hitDomains() {
        return List.of(new Domain(DomainId.of("hit.it"), HIT, text("hit.it")), new Domain(DomainId.of("hit.med"), HIT, text("hit.med")));
    }

    /** {@return hit@fy2020 as a tree, to start drafts from} */
    static FrameworkTree hitTree() {
        return new FrameworkTree(hitVersion(), hitDomains(), hitTargets(),
                java.util.Map.of(TargetId.of("hit.it.db.design"), Set.of(TargetId.of("hit.it.db.sql"))), java.util.Map.of(), List.of());
    }

    static CompetencyGraph graph() {
        CompetencyGraph.Builder b = CompetencyGraph.builder();
        for (String c : List.of("hit", "miis")) {
            b.credential(new Credential(CredentialId.of(c), text(c), Optional.empty(), Optional.empty(), text("issuer"),
                    OptionalInt.empty(), CredentialKind.PRIVATE, Optional.empty(), Optional.of(FrameworkId.of(c)), List.of(), SOURCE));
        }
        b.framework(hitFramework());
        b.framework(new Framework(FrameworkId.of("miis"), CredentialId.of("miis"), text("miis"), OptionalInt.of(5)));
        b.version(hitVersion(), true);
        b.version(new FrameworkVersion(MIIS_2011, text("miis"), VersionStatus.PUBLISHED, Optional.empty(), Optional.empty(), SOURCE), true);
        hitDomains().forEach(b::domain);
        b.domain(new Domain(DomainId.of("miis.img"), FrameworkId.of("miis"), text("miis.img")));
        hitTargets().forEach(b::target);
        b.target(t(MIIS_2011, "miis.img", "miis.dicom", null, TargetKind.GIO, "DICOM", "DICOM", null));
        b.target(t(MIIS_2011, "miis.img", "miis.dicom.qr", "miis.dicom", TargetKind.SBO, "検索と取得", "Query and retrieve", 10));
        b.target(t(MIIS_2011, "miis.img", "miis.ai", null, TargetKind.GIO, "AIと画像", "AI and imaging", null, "ai"));
        b.target(t(MIIS_2011, "miis.img", "miis.ai.dicom", "miis.ai", TargetKind.SBO, "AIのためのDICOM", "DICOM for AI", 4, "ai"));
        b.target(t(MIIS_2011, "miis.img", "miis.endo", null, TargetKind.SBO, "内視鏡画像", "Endoscopy images", 3, "non-radiology-imaging"));
        b.prerequisite(TargetId.of("hit.it.db.design"), TargetId.of("hit.it.db.sql"));
        b.prerequisite(TargetId.of("miis.dicom.qr"), TargetId.of("hit.it.db.sql"));
        b.role(role("pacs-admin", new Need(TargetId.of("miis.dicom.qr"), 3, 1.0), new Need(TargetId.of("hit.it.db.sql"), 2, 0.5),
                new Need(TargetId.of("miis.ai.dicom"), 1, 0.5)));
        b.role(role("his-se", new Need(TargetId.of("hit.it.db.design"), 2, 1.0), new Need(TargetId.of("miis.dicom.qr"), 1, 0.5),
                new Need(TargetId.of("hit.med.ethics.ic"), 1, 0.25)));
        b.role(role("radiology-ai", new Need(TargetId.of("miis.ai.dicom"), 1, 1.0)));
        b.suits(CredentialId.of("hit"), RoleId.of("pacs-admin")).suits(CredentialId.of("hit"), RoleId.of("his-se"))
                .suits(CredentialId.of("miis"), RoleId.of("pacs-admin"));
        return b.build();
    }

    static Role role(String id, Need... needs) {
        return new Role(RoleId.of(id), text(id), Optional.empty(), "family", List.of(needs), SOURCE);
    }

    static Target t(FrameworkVersionId v, String domain, String id, String parent, TargetKind kind, String ja, String en,
                    Integer effort, String... tags) {
        return new Target(TargetId.of(id), v, DomainId.of(domain), Optional.ofNullable(parent).map(TargetId::of), kind,
                LocalizedText.of(ja, en), Optional.empty(), SOURCE, effort == null ? OptionalInt.empty() : OptionalInt.of(effort),
                Set.of(tags));
    }

    static LocalizedText text(String s) {
        return LocalizedText.of(s, s);
    }
}
