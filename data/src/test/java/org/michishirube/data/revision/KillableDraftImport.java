package org.michishirube.data.revision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;

import org.michishirube.core.model.FrameworkId;
import org.michishirube.data.dataset.KillableLoad;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.interop.ImportRequest;
import org.michishirube.data.neo4j.Database;
import org.michishirube.interop.casepackage.CasePackageReader;
import org.michishirube.testing.Fixtures;
import org.neo4j.driver.Driver;

/**
 * For {@code KilledLoadIT}: importing a CASE package (OpenSALT's smart-level test framework) as the draft of a new
 * framework, killed after its last step ({@code logged}), when the draft node and its audit entry are written and only
 * the commit is missing.
 */
public final class KillableDraftImport implements KillableLoad.Write {

    /** The fixture package imported. */
    public static final String PACKAGE = "case/opensalt-test-smartlevel.cfpackage.json";

    /** The id of the draft the import creates. */
    public static final String DRAFT = "smart@1";

    @Override
    public String midway() {
        return "logged";
    }

    @Override
    public void run(Driver driver, Consumer<String> afterEachStep) {
        RevisionWrite w = importDraft(driver, afterEachStep);
        if (!(w instanceof RevisionWrite.Done)) {
            throw new IllegalStateException("the import did not go through: " + w);
        }
    }

    /** {@return what the store answers to the import; the same request each time, as a client's retry sends it} */
    public static RevisionWrite importDraft(Driver driver, Consumer<String> afterEachStep) {
        PublishedGraph graph = new PublishedGraph(Database.of(driver));
        graph.refresh();
        Revisions store = new Revisions(Database.of(driver), graph, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        store.afterEachStep(afterEachStep);
        return store.importDraft(CasePackageReader.read(Fixtures.read(PACKAGE)),
                new ImportRequest(new FrameworkId("smart"), "1", Optional.empty(), Optional.empty(), Optional.empty()), "steward-1");
    }
}
