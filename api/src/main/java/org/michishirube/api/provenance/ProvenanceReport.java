package org.michishirube.api.provenance;

import java.util.List;

/**
 * How far the reference data is confirmed.
 *
 * @param datasetVersion the release of the dataset the provenance comes from
 * @param counts how many items of each credential and version stand at each level on each kind of source
 * @param anachronisms items of retired versions that cite a source published after the version ended
 * @param verifyFirst targets of the current versions below {@code corroborated}, the most depended-on first
 */
record ProvenanceReport(String datasetVersion, List<Count> counts, List<Anachronism> anachronisms, List<VerifyFirst> verifyFirst) {

    /**
     * One cell of the counts.
     *
     * @param credential the credential the items are about
     * @param version the framework version, or null for credentials, roles and statistics
     * @param level the verification level
     * @param sourceKind the kind of a cited source; an item citing several kinds counts once under each
     * @param items how many items
     */
    record Count(String credential, String version, String level, String sourceKind, int items) {
    }

    /**
     * A citation that post-dates its version.
     *
     * @param item the item's id
     * @param type what the item is (target, domain, version, change)
     * @param version the retired version
     * @param versionEnd when that version ended
     * @param source the registry id of the later source
     * @param published when that source was published
     * @param level the item's level (always below what the source alone would earn, or the rules would refuse it)
     */
    record Anachronism(String item, String type, String version, String versionEnd, String source, String published, String level) {
    }

    /**
     * A target worth checking against the official text.
     *
     * @param target the target's id
     * @param version its (current) version
     * @param level its verification level
     * @param roles how many roles need it
     * @param curricula how many curricula address it
     * @param savedPlans how many saved plans reference it
     * @param dependents the sum of the three, the ranking key
     */
    record VerifyFirst(String target, String version, String level, int roles, int curricula, int savedPlans, int dependents) {
    }
}
