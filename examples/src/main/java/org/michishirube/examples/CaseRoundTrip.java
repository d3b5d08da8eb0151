package org.michishirube.examples;

import java.time.Instant;
import java.util.Map;

import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.casepackage.CasePackageReader;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.VisibleVersions;

/** Writes the current MIIS targets as a CASE 1.1 package and reads the package back, as another CASE tool would. */
public final class CaseRoundTrip {

    private CaseRoundTrip() {
    }

    /** @param args none */
    public static void main(String[] args) {
        ReferenceDataset dataset = ReferenceDataset.load();
        // tag::case[]
        VisibleVersions catalog = new VisibleVersions("https://example.org/michishirube", dataset.credentials(),
                dataset.frameworks(), dataset.trees(), Map.of(), Instant.parse("2026-12-04T00:00:00Z"));
        String json = new CaseExport(catalog).cfPackage(new FrameworkVersionId("miis@2011")).orElseThrow().toString();
        ImportedFramework read = CasePackageReader.read(json);
        System.out.printf("%d bytes of CASE JSON; read back: %s, %d items, %d skipped%n",
                json.length(), read.title().ja(), read.items().size(), read.skipped().size());
        read.items().stream().limit(3).forEach(item -> System.out.println("  " + item.code().orElse("") + " " + item.name().ja()));
        // Links into other frameworks (MIIS builds on HIT) are not edges of a one-framework package: skipped, with why.
        read.skipped().stream().findFirst().ifPresent(s -> System.out.println("  skipped, e.g. " + s.what() + ": " + s.reason()));
        // end::case[]
    }
}
