package org.michishirube.data.revision;

import org.michishirube.data.neo4j.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.michishirube.data.dataset.KillableLoad;
import org.michishirube.data.graph.PublishedGraph;
import org.neo4j.driver.Driver;

/**
 * For {@code KilledLoadIT}: publishing an approved draft of miis, with curriculum and plan migration, killed after its
 * last step ({@code logged}), when everything is written and only the commit is missing.
 */
public final class KillablePublication implements KillableLoad.Write {

    @Override
    public void prepare(Driver driver) {
        RevisionsIT.approvedDraft(store(driver));
    }

    @Override
    public String midway() {
        return "logged";
    }

    @Override
    public void run(Driver driver, Consumer<String> afterEachStep) {
        Revisions store = store(driver);
        store.afterEachStep(afterEachStep);
        RevisionWrite w = store.publish(RevisionsIT.DRAFT, 5, "a", RevisionsIT.EFFECTIVE, true, true).block();
        if (!(w instanceof RevisionWrite.Done)) {
            throw new IllegalStateException("the publication did not go through: " + w);
        }
    }

    private static Revisions store(Driver driver) {
        PublishedGraph graph = new PublishedGraph(Database.of(driver));
        graph.refresh();
        return new Revisions(Database.of(driver), graph, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    }
}
