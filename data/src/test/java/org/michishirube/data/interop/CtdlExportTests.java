package org.michishirube.data.interop;

import org.michishirube.interop.ctdl.Ctdl;
import org.michishirube.interop.VisibleVersions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.data.testing.CtdlShapes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** HIT, Senior HIT and MIIS and their credentials in CTDL, held against the shapes of the real CTDL examples. */
class CtdlExportTests {

    /** Documented CTDL-ASN and CTDL properties we use that the examples happen not to. */
    static final Set<String> BEYOND_EXAMPLES = Set.of("ceasn:prerequisiteAlignment", "ceasn:comment", "ceterms:targetCredential",
            "ceterms:targetCompetency", "ceterms:yearsOfExperience", "ceasn:dateValidFrom", "ceasn:dateValidUntil",
            "ceterms:alternativeCondition", "ceterms:experience", "ceterms:condition");

    private final VisibleVersions catalog = CaseExportTests.catalog();
    private final Ctdl ctdl = new Ctdl(catalog);

    @Test
    void frameworksAreCompetencyFrameworksShapedLikeTheOnetExample() {
        Map<String, Set<String>> real = CtdlShapes.ofFixtures("ctdl/competency-framework/onet-knowledge_ctdlasn-graph.json");
        for (String v : new String[] {"hit@fy2020", "senior-hit@1.6", "miis@2011"}) {
            var tree = catalog.tree(FrameworkVersionId.of(v)).orElseThrow();
            ObjectNode graph = ctdl.framework(tree);
            assertThat(graph.get("@context").asString()).isEqualTo(Ctdl.ASN_CONTEXT);
            conformsTo(graph, real, v);
            JsonNode fw = graph.get("@graph").get(0);
            assertThat(fw.get("@type").asString()).isEqualTo("ceasn:CompetencyFramework");
            assertThat(graph.get("@graph").size()).isEqualTo(1 + tree.domains().size() + tree.targets().size());
            Set<String> ids = new HashSet<>();
            graph.get("@graph").forEach(n -> ids.add(n.get("@id").asString()));
            // Every reference inside the framework resolves, except prerequisites into another framework's graph.
            graph.get("@graph").forEach(n -> {
                n.path("ceasn:hasChild").forEach(c -> assertThat(ids).contains(c.asString()));
                n.path("ceasn:isChildOf").forEach(c -> assertThat(ids).contains(c.asString()));
                assertThat(n.path("ceasn:competencyText").path("ja").asString("x")).isNotBlank();
            });
            fw.get("ceasn:hasTopChild").forEach(c -> assertThat(ids).contains(c.asString()));
        }
    }

    @Test
    void credentialsAreCertificationsOrLicencesWithTheirRequirements() {
        Map<String, Set<String>> real = CtdlShapes.ofFixtures("ctdl/credential/ingest-example_Credential-1-graph.json",
                "ctdl/credential/wgu_ms-nursing-education_registry-record.json");
        Set<String> credentialKeys = new HashSet<>();
        real.forEach((type, keys) -> {
            if (type.endsWith("Degree")) {
                credentialKeys.addAll(keys);
            }
        });
        for (Credential c : catalog.credentials()) {
            ObjectNode graph = ctdl.credential(c);
            assertThat(graph.get("@context").asString()).isEqualTo(Ctdl.CTDL_CONTEXT);
            JsonNode node = graph.get("@graph").get(0);
            assertThat(node.get("@type").asString()).isIn("ceterms:Certification", "ceterms:License");
            Set<String> keys = new HashSet<>();
            node.propertyNames().forEach(keys::add);
            keys.removeAll(BEYOND_EXAMPLES);
            assertThat(credentialKeys).as(c.id().value()).containsAll(keys);
            Map<String, Set<String>> ours = CtdlShapes.of(graph);
            ours.remove("ceterms:Certification");
            ours.remove("ceterms:License");
            ours.remove("ceterms:CredentialOrganization");
            ours.forEach((type, k) -> {
                Set<String> rest = new HashSet<>(k);
                rest.removeAll(BEYOND_EXAMPLES);
                assertThat(real.get(type)).as(type).containsAll(rest);
            });
        }
        JsonNode senior = ctdl.credential(catalog.credential(new CredentialId("senior-hit")).orElseThrow()).get("@graph").get(0);
        assertThat(senior.get("ceterms:requires").toString()).contains("ceterms:targetCredential", "ceterms:yearsOfExperience", "ceterms:targetCompetency");
    }

    static void conformsTo(JsonNode graph, Map<String, Set<String>> real, String what) {
        CtdlShapes.of(graph).forEach((type, keys) -> {
            assertThat(real).as(what + " " + type).containsKey(type);
            Set<String> rest = new HashSet<>(keys);
            rest.removeAll(BEYOND_EXAMPLES);
            assertThat(real.get(type)).as(what + " " + type).containsAll(rest);
        });
    }
}
