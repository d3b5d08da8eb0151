package org.michishirube.data.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CredentialId;
import org.michishirube.interop.VisibleVersions;
import org.michishirube.interop.ctdl.Ctdl;
import tools.jackson.databind.JsonNode;

/**
 * Senior HIT's eligibility rule in CTDL: HIT AND (5 years of healthcare-IS work OR (5 years of IS work AND some
 * healthcare-IS work)), /work/shared/docs/domain.md §0, as ConditionProfiles with ceterms:alternativeCondition.
 */
class CtdlEligibilityExportTests {

    private final VisibleVersions catalog = CaseExportTests.catalog();
    private final Ctdl ctdl = new Ctdl(catalog);

    @Test
    void theSeniorRuleIsWrittenAsConditionProfilesWithAlternatives() {
        JsonNode senior = ctdl.credential(catalog.credential(new CredentialId("senior-hit")).orElseThrow()).get("@graph").get(0);
        String hitId = ctdl.credentialId(catalog.credential(new CredentialId("hit")).orElseThrow());
        List<JsonNode> eligibility = new ArrayList<>();
        senior.get("ceterms:requires").forEach(p -> {
            if (!p.has("ceterms:targetCompetency")) {
                eligibility.add(p);
            }
        });
        assertThat(eligibility).hasSize(2).allSatisfy(p -> assertThat(p.get("@type").asString()).isEqualTo("ceterms:ConditionProfile"));

        JsonNode hit = eligibility.get(0);
        assertThat(hit.get("ceterms:targetCredential").get(0).asString()).isEqualTo(hitId);
        assertThat(hit.has("ceterms:alternativeCondition")).isFalse();

        JsonNode alternatives = eligibility.get(1).get("ceterms:alternativeCondition");
        assertThat(alternatives).hasSize(2);
        JsonNode healthcareOnly = alternatives.get(0);
        assertThat(healthcareOnly.get("ceterms:yearsOfExperience").asInt()).isEqualTo(5);
        assertThat(healthcareOnly.get("ceterms:experience").get("en").asString()).contains("healthcare-IS");
        JsonNode isPlusSome = alternatives.get(1);
        assertThat(isPlusSome.get("ceterms:condition")).hasSize(2);
        // Only the IS-work part counts years; the healthcare-IS part is any amount, so it has no number.
        assertThat(isPlusSome.get("ceterms:yearsOfExperience").asInt()).isEqualTo(5);
        assertThat(isPlusSome.get("ceterms:condition").get(1).get("en").asString()).contains("healthcare-IS").contains("any amount");
        assertThat(isPlusSome.get("ceterms:condition").get(1).get("ja").asString()).contains("期間不問");
        assertThat(eligibility.get(1).get("ceterms:name").get("ja").asString()).startsWith("受験資格: ").contains("または");
    }

    @Test
    void aRuleOfOneCredentialIsAPlainConditionProfile() {
        JsonNode miis = ctdl.credential(catalog.credential(new CredentialId("miis")).orElseThrow()).get("@graph").get(0);
        JsonNode first = miis.get("ceterms:requires").get(0);
        assertThat(first.get("ceterms:name").get("en").asString()).isEqualTo("Eligibility: hold Healthcare Information Technologist");
        assertThat(first.has("ceterms:alternativeCondition")).isFalse();
    }
}
