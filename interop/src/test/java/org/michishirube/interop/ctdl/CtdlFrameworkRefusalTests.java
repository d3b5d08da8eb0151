package org.michishirube.interop.ctdl;

import org.michishirube.interop.ImportFault;
import org.michishirube.interop.InvalidImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.michishirube.interop.ctdl.CtdlTestGraphs.FRAMEWORK;
import static org.michishirube.interop.ctdl.CtdlTestGraphs.id;
import static org.michishirube.interop.ctdl.CtdlTestGraphs.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each way a CTDL-ASN framework is refused, with a fault that names the competency as people know it: its code, else its first words. */
class CtdlFrameworkRefusalTests {

    private static final String HI2 = id("0a", "01");
    private static final String HI2A = id("0a", "02");
    private static final String HI2B = id("0a", "10");
    private static final String ACCESS = id("0d", "41");

    private static List<ImportFault> refused(JsonNode graph) {
        return refused(graph.toString());
    }

    private static List<ImportFault> refused(String json) {
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CtdlFrameworkReader.read(json));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.faults()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.where()).isNotBlank();
            assertThat(f.fault()).isNotBlank();
        });
        return e.faults();
    }

    @Test
    void aGraphWithoutAFrameworkSaysWhatItHolds() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        CtdlTestGraphs.remove(graph, FRAMEWORK);
        assertThat(refused(graph)).singleElement().satisfies(f -> assertThat(f.fault())
                .isEqualTo("holds no ceasn:CompetencyFramework (it holds ceasn:Competency, ceterms:CredentialOrganization); "
                        + "only CTDL-ASN competency frameworks can be imported"));
        assertThat(refused("[]")).singleElement().satisfies(f -> assertThat(f.fault()).contains("no typed nodes"));
        assertThat(refused("")).singleElement().satisfies(f -> assertThat(f.fault()).contains("no ceasn:CompetencyFramework"));
        assertThat(refused("\"a string\"")).singleElement().satisfies(f -> assertThat(f.fault()).contains("no ceasn:CompetencyFramework"));
    }

    @Test
    void aFrameworkWithoutANameIsRefused() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        node(graph, FRAMEWORK).remove("ceasn:name");
        assertThat(refused(graph)).singleElement().satisfies(f -> {
            assertThat(f.fault()).isEqualTo("the framework has no ceasn:name");
            assertThat(f.where()).isEqualTo(FRAMEWORK);
        });
        node(graph, FRAMEWORK).putObject("ceasn:name").put("en-US", " ");
        assertThat(refused(graph)).extracting(ImportFault::fault).containsExactly("the framework has no ceasn:name");
    }

    @Test
    void aCompetencyWithoutTextIsRefusedByItsCodeOrLabel() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        node(graph, HI2A).remove("ceasn:competencyText");
        node(graph, ACCESS).remove("ceasn:competencyText");
        assertThat(refused(graph)).extracting(ImportFault::where, ImportFault::fault).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HI2A, "HI.2.a (" + HI2A + ") has no ceasn:competencyText"),
                org.assertj.core.groups.Tuple.tuple(ACCESS, "「Access policies」 (" + ACCESS + ") has no ceasn:competencyText"));
    }

    @Test
    void aChildCycleIsRefusedNamingItsCompetencies() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        node(graph, HI2).put("ceasn:isChildOf", HI2B);
        assertThat(refused(graph)).singleElement().satisfies(f -> assertThat(f.fault()).isIn(
                "ceasn:isChildOf / ceasn:hasChild form a cycle: HI.2 → HI.2.b → HI.2",
                "ceasn:isChildOf / ceasn:hasChild form a cycle: HI.2.b → HI.2 → HI.2.b"));
        // A competency that is its own child.
        ObjectNode self = CtdlTestGraphs.registryGraph();
        ((ArrayNode) node(self, HI2A).putArray("ceasn:hasChild")).add(HI2A);
        assertThat(refused(self)).singleElement().satisfies(f -> assertThat(f.fault()).contains("cycle: HI.2.a → HI.2.a"));
    }

    @Test
    void aParentOrChildOutsideTheGraphIsRefusedNamingTheCompetency() {
        String missing = CtdlTestGraphs.BASE + "ce-0d000000-0000-4000-8000-0000000000ff";
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        node(graph, ACCESS).put("ceasn:isChildOf", missing);
        node(graph, HI2).withArray("ceasn:hasChild").add("ce-0d000000-0000-4000-8000-0000000000fe");
        node(graph, FRAMEWORK).withArray("ceasn:hasTopChild").add(missing);
        node(graph, HI2B).put("ceasn:isTopChildOf", "https://elsewhere.example/ce-77000000-0000-4000-8000-000000000000");
        assertThat(refused(graph)).extracting(ImportFault::fault).containsExactlyInAnyOrder(
                "ceasn:isChildOf of 「Policies for access to records…」 (" + ACCESS + ") names " + missing
                        + ", which is neither a competency of this graph nor the framework",
                "ceasn:hasChild of HI.2 (" + HI2 + ") names ce-0d000000-0000-4000-8000-0000000000fe, which is not a competency of this graph",
                "ceasn:hasTopChild of the framework names " + missing + ", which is not a competency of this graph",
                "ceasn:isTopChildOf of HI.2.b (" + HI2B + ") names https://elsewhere.example/ce-77000000-0000-4000-8000-000000000000,"
                        + " which is not this framework");
    }

    @Test
    void aFrameworkWithoutCompetenciesIsRefused() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        ArrayNode nodes = (ArrayNode) graph.get("@graph");
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).path("@type").asString("").equals("ceasn:Competency")) {
                nodes.remove(i);
            }
        }
        node(graph, FRAMEWORK).remove("ceasn:hasTopChild");
        assertThat(refused(graph)).singleElement().satisfies(f -> assertThat(f.fault()).isEqualTo("the framework holds no competencies"));
    }

    @Test
    void competenciesWithoutIdsOrWithTheSameIdAreRefused() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        node(graph, ACCESS).remove("ceterms:ctid");
        node(graph, ACCESS).remove("@id");
        ObjectNode twin = ((ArrayNode) graph.get("@graph")).addObject();
        twin.put("@id", HI2A).put("@type", "ceasn:Competency").putObject("ceasn:competencyText").put("en", "A twin");
        assertThat(refused(graph)).extracting(ImportFault::fault).containsExactlyInAnyOrder(
                "a ceasn:Competency (「Policies for access to records…」) has neither @id nor ceterms:ctid",
                "the @id of HI.2.a (" + HI2A + ") is not unique in the graph");
    }

    @Test
    void aPrerequisiteCycleIsRefused() {
        ObjectNode graph = CtdlTestGraphs.registryGraph();
        node(graph, HI2A).withArray("ceasn:prerequisiteAlignment").add(HI2B);
        assertThat(refused(graph)).singleElement().satisfies(f -> assertThat(f.fault()).startsWith("ceasn:prerequisiteAlignment forms a cycle: ")
                .contains("HI.2.a", "HI.2.b"));
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() {
        assertThat(refused("{\n  \"@graph\": [\n    {\"@id\": }\n  ]\n}")).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("line 3, column 13");
            assertThat(f.fault()).startsWith("malformed JSON: ");
        });
        assertThat(refused(CtdlTestGraphs.registry().substring(0, 500))).singleElement().satisfies(f -> assertThat(f.where()).startsWith("line "));
    }
}
