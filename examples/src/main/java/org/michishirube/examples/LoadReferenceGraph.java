package org.michishirube.examples;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.dataset.ReferenceDataset;

/** Loads the shipped reference dataset and prints what the graph holds. No database, no server. */
public final class LoadReferenceGraph {

    private LoadReferenceGraph() {
    }

    /** @param args none */
    public static void main(String[] args) {
        // tag::load[]
        ReferenceDataset dataset = ReferenceDataset.load();
        CompetencyGraph graph = dataset.graph();
        System.out.printf("dataset %s: %d credentials, %d frameworks, %d current targets, %d roles%n",
                dataset.version(), graph.credentials().size(), graph.frameworks().size(),
                graph.targets().size(), graph.roles().size());
        graph.frameworks().forEach(f -> System.out.printf("  %s %s (%s)%n",
                f.id().value(), f.name().ja(), graph.currentVersion(f.id()).orElseThrow().value()));
        // end::load[]
    }
}
