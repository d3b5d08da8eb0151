package org.michishirube.data.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.interop.casepackage.CaseExport;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Versions and items of the reference dataset carry CASE status dates: expectations come from the YAML files, read here
 * on their own (effectiveDate, statusEndDate, and which ids each version holds).
 */
class CaseStatusDatesTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final CaseExport export = new CaseExport(CaseExportTests.catalog());

    @Test
    void aRetiredVersionEndsOnItsRecordedDateAndThePublishedOneStartsOnItsEffectiveDate() {
        JsonNode before = yaml("frameworks/hit@pre-fy2020.yaml");
        JsonNode after = yaml("frameworks/hit@fy2020.yaml");

        JsonNode retired = export.cfDocument(FrameworkVersionId.of("hit@pre-fy2020")).orElseThrow();
        assertThat(retired.path("statusEndDate").asString()).isEqualTo(before.path("statusEndDate").asString()).isNotEmpty();
        assertThat(retired.has("statusStartDate")).isFalse(); // its effectiveDate is unknown

        JsonNode current = export.cfDocument(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        assertThat(current.path("statusStartDate").asString()).isEqualTo(after.path("effectiveDate").asString());
        assertThat(current.has("statusEndDate")).isFalse();
    }

    @Test
    void anItemStartsWithTheFirstVersionHoldingItAndEndsWithTheLastRetiredOne() {
        JsonNode after = yaml("frameworks/hit@fy2020.yaml");
        String added = after.path("changes").get(0).path("to").get(0).asString(); // hit.it.analysis, new in FY2020
        JsonNode fy2020 = export.cfPackage(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        assertThat(item(fy2020, added).path("statusStartDate").asString()).isEqualTo(after.path("effectiveDate").asString());
        // An item that was already in the version before, whose start is unknown, gets no start date.
        assertThat(item(fy2020, "hit.it.db").has("statusStartDate")).isFalse();

        JsonNode pre2017 = yaml("frameworks/senior-hit@pre-2017.yaml");
        Set<String> kept = ids(yaml("frameworks/senior-hit@1.1.yaml"));
        JsonNode pkg = export.cfPackage(FrameworkVersionId.of("senior-hit@pre-2017")).orElseThrow();
        int ended = 0;
        for (String id : ids(pre2017)) {
            JsonNode item = item(pkg, id);
            if (kept.contains(id)) {
                assertThat(item.has("statusEndDate")).as(id).isFalse();
            } else {
                assertThat(item.path("statusEndDate").asString()).as(id).isEqualTo(pre2017.path("statusEndDate").asString());
                ended++;
            }
        }
        assertThat(ended).isPositive();
    }

    @Test
    void theDocumentNamesItsOfficialSourceUrlAndEachItemTheSourceItCites() {
        java.util.Map<String, String> urls = new java.util.HashMap<>();
        yaml("sources.yaml").path("sources").forEach(s -> urls.put(s.path("id").asString(),
                s.has("url") ? s.path("url").asString() : s.path("reference").asString()));
        JsonNode version = yaml("frameworks/hit@fy2020.yaml");
        JsonNode pkg = export.cfPackage(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        assertThat(pkg.at("/CFDocument/officialSourceURL").asString()).isEqualTo(urls.get(version.path("sources").get(0).asString()));
        JsonNode db = version.path("domains").get(1).path("targets").get(3); // hit.it.db, from the study blog
        assertThat(db.path("id").asString()).isEqualTo("hit.it.db");
        assertThat(item(pkg, "hit.it.db").at("/extensions/michishirube/source").asString())
                .isEqualTo(urls.get(db.path("sources").get(0).asString())).contains("%e3%80%80"); // the full-width space, encoded
    }

    @Test
    void ctdlFrameworksCarryTheSameDatesAsValidity() {
        org.michishirube.interop.ctdl.Ctdl ctdl = new org.michishirube.interop.ctdl.Ctdl(CaseExportTests.catalog());
        JsonNode before = ctdl.framework(CaseExportTests.catalog().tree(FrameworkVersionId.of("hit@pre-fy2020")).orElseThrow()).get("@graph").get(0);
        JsonNode after = ctdl.framework(CaseExportTests.catalog().tree(FrameworkVersionId.of("hit@fy2020")).orElseThrow()).get("@graph").get(0);
        assertThat(before.path("ceasn:dateValidUntil").asString()).isEqualTo(yaml("frameworks/hit@pre-fy2020.yaml").path("statusEndDate").asString());
        assertThat(after.path("ceasn:dateValidFrom").asString()).isEqualTo(yaml("frameworks/hit@fy2020.yaml").path("effectiveDate").asString());
        assertThat(after.has("ceasn:dateValidUntil")).isFalse();
    }

    private static JsonNode item(JsonNode pkg, String code) {
        for (JsonNode i : pkg.get("CFItems")) {
            if (i.path("humanCodingScheme").asString().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private static Set<String> ids(JsonNode version) {
        Set<String> ids = new HashSet<>();
        version.path("domains").forEach(d -> collect(d.path("targets"), ids));
        return ids;
    }

    private static void collect(JsonNode targets, Set<String> ids) {
        for (JsonNode t : targets) {
            ids.add(t.path("id").asString());
            collect(t.path("children"), ids);
        }
    }

    private static JsonNode yaml(String file) {
        try (InputStream in = CaseStatusDatesTests.class.getClassLoader().getResourceAsStream("dataset/" + file)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
