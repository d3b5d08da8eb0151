package org.michishirube.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.interop.testing.Fixtures;

/** The real CTDL-ASN framework imports; every other CTDL fixture is refused with what it holds instead. */
class CtdlFrameworkReaderTests {

    @Test
    void theOnetKnowledgeFrameworkReadsWithItsTree() {
        ImportedFramework f = CtdlFrameworkReader.read(Fixtures.read("ctdl/competency-framework/onet-knowledge_ctdlasn-graph.json"));
        assertThat(f.format()).isEqualTo("CTDL-ASN");
        assertThat(f.items()).hasSize(41);
        assertThat(f.items().stream().filter(i -> i.parent().isEmpty()).count()).isEqualTo(10);
        assertThat(f.items().get(0).code()).contains("2.C.1");
        assertThat(f.title().en()).startsWith("O*NET Content Model");
        assertThat(f.notes()).anyMatch(n -> n.contains("no Japanese"));
    }

    @Test
    void credentialAndPathwayGraphsAreRefusedWithWhatTheyHold() {
        for (String file : List.of("ctdl/credential/ingest-example_Credential-1-graph.json", "ctdl/credential/wgu_ms-nursing-education_registry-record.json",
                "ctdl/pathway/badgr-french-ba-marketable-skills_pathway-graph.json", "ctdl/pathway/comptia-it-networking-specialist_pathway-graph.jsonld",
                "ctdl/pathway/comptia-it_progression-model.json", "ctdl/pathway/heriotwatt-cs_pathway-with-constraints_expanded.json")) {
            InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CtdlFrameworkReader.read(Fixtures.read(file)));
            assertThat(e).as(file).isNotNull();
            assertThat(e.faults()).as(file).singleElement().satisfies(x -> assertThat(x.fault()).startsWith("holds no ceasn:CompetencyFramework"));
        }
        InvalidImportException pathway = catchThrowableOfType(InvalidImportException.class,
                () -> CtdlFrameworkReader.read(Fixtures.read("ctdl/pathway/badgr-french-ba-marketable-skills_pathway-graph.json")));
        assertThat(pathway.faults().get(0).fault()).contains("ceterms:Pathway", "ceterms:CredentialComponent");
    }

    @Test
    void theCaseV10SchemaIsNoPackage() {
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class,
                () -> CasePackageReader.read(Fixtures.read("case/case-v1p0-cfpackage.schema.opensalt.json")));
        assertThat(e.faults()).singleElement().satisfies(x -> assertThat(x.fault()).contains("a CFPackage needs a CFDocument"));
    }
}
