package org.michishirube.examples;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.michishirube.core.diff.Changelog;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.dataset.ReferenceDataset;

/** What the FY2020 revision of the HIT targets changed: counts by kind and the bilingual changelog. */
public final class DiffVersions {

    private DiffVersions() {
    }

    /** @param args none */
    public static void main(String[] args) {
        // tag::diff[]
        Map<String, FrameworkTree> versions = ReferenceDataset.load().trees().stream()
                .collect(Collectors.toMap(t -> t.version().id().value(), Function.identity()));
        VersionDiff diff = FrameworkDiff.lineageAware().diff(versions.get("hit@pre-fy2020"), versions.get("hit@fy2020"));
        System.out.println(diff.counts().byKind());
        System.out.print(Changelog.of(diff).markdown("ja"));
        // end::diff[]
    }
}
