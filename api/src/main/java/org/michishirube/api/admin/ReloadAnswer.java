package org.michishirube.api.admin;

import java.util.List;

import org.michishirube.data.dataset.LoadReport;

/** What a reload of the reference dataset changed. */
record ReloadAnswer(String datasetVersion, String previousVersion, List<String> nodesAdded, List<String> nodesRemoved,
                    List<String> nodesChanged, int relationshipsAdded, int relationshipsRemoved, int targets, boolean unchanged) {

    static ReloadAnswer from(LoadReport r) {
        return new ReloadAnswer(r.datasetVersion(), r.previousVersion().orElse(null), r.nodesAdded(), r.nodesRemoved(), r.nodesChanged(),
                r.relationshipsAdded(), r.relationshipsRemoved(), r.targets(), r.unchanged());
    }
}
