package org.michishirube.data.dataset;

import java.util.List;
import java.util.Optional;

/**
 * What a load of the reference dataset changed in the graph.
 *
 * @param datasetVersion the version now loaded
 * @param previousVersion the version loaded before, if any
 * @param nodesAdded keys of reference nodes that are new
 * @param nodesRemoved keys of reference nodes that are gone
 * @param nodesChanged keys of reference nodes whose properties changed
 * @param relationshipsAdded relationships between reference nodes that are new
 * @param relationshipsRemoved relationships between reference nodes that are gone
 * @param targets how many targets the dataset holds over all versions
 */
public record LoadReport(String datasetVersion, Optional<String> previousVersion, List<String> nodesAdded, List<String> nodesRemoved,
                         List<String> nodesChanged, int relationshipsAdded, int relationshipsRemoved, int targets) {

    public LoadReport {
        nodesAdded = List.copyOf(nodesAdded);
        nodesRemoved = List.copyOf(nodesRemoved);
        nodesChanged = List.copyOf(nodesChanged);
    }

    /** {@return whether the graph is exactly as it was before} */
    public boolean unchanged() {
        return nodesAdded.isEmpty() && nodesRemoved.isEmpty() && nodesChanged.isEmpty()
                && relationshipsAdded == 0 && relationshipsRemoved == 0;
    }
}
