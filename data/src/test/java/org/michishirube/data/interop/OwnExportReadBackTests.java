package org.michishirube.data.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.casepackage.CasePackageReader;
import org.michishirube.interop.ctdl.Ctdl;
import org.michishirube.interop.ctdl.CtdlFrameworkReader;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.VisibleVersions;

/** The readers in the interop module read back what our own exporters write from the reference dataset. */
class OwnExportReadBackTests {

    @Test
    void ourOwnExportReadsBackWithDomainsIdsAndBothLanguages() {
        CaseExport export = new CaseExport(CaseExportTests.catalog());
        String json = export.cfPackage(FrameworkVersionId.of("miis@2011")).orElseThrow().toString();
        ImportedFramework f = CasePackageReader.read(json);
        assertThat(f.items()).filteredOn(ImportedFramework.Item::domain).isNotEmpty();
        assertThat(f.items()).allSatisfy(i -> assertThat(i.ourId()).isPresent());
        assertThat(f.items()).anySatisfy(i -> assertThat(i.name().ja()).isNotEqualTo(i.name().en()));
        assertThat(f.notes()).noneMatch(n -> n.contains("no Japanese"));
    }

    @Test
    void ourOwnCtdlExportReadsBackWithBothLanguagesAndPrerequisites() {
        VisibleVersions catalog = CaseExportTests.catalog();
        var tree = catalog.tree(FrameworkVersionId.of("miis@2011")).orElseThrow();
        ImportedFramework f = CtdlFrameworkReader.read(new Ctdl(catalog).framework(tree).toString());
        assertThat(f.items()).hasSize(tree.targets().size() + tree.domains().size());
        assertThat(f.items()).anySatisfy(i -> assertThat(i.name().ja()).isNotEqualTo(i.name().en()));
        assertThat(f.precedes()).isNotEmpty();
    }
}
