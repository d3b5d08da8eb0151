package org.michishirube.data.revision;

import java.util.List;

/**
 * What publishing moved along the crosswalk, and what it could not.
 *
 * @param published the new current version
 * @param retired the version it replaced
 * @param roleNeedsMoved role needs now pointing at the new version
 * @param roleNeedsDropped {@code role → target} needs of targets retired without successor, which roles no longer have
 * @param curriculumMappingsMoved course mappings moved to the new version (0 unless asked for)
 * @param curriculumMappingsLeft {@code curriculum/course → target} mappings of retired targets, left on the old version
 * @param planReferencesMoved saved-plan references moved to the new version (0 unless asked for)
 * @param planReferencesLeft {@code plan → target} references of retired targets, left on the old version
 */
public record PublishReport(String published, String retired, int roleNeedsMoved, List<String> roleNeedsDropped,
                            int curriculumMappingsMoved, List<String> curriculumMappingsLeft, int planReferencesMoved,
                            List<String> planReferencesLeft) {

    public PublishReport {
        roleNeedsDropped = List.copyOf(roleNeedsDropped);
        curriculumMappingsLeft = List.copyOf(curriculumMappingsLeft);
        planReferencesLeft = List.copyOf(planReferencesLeft);
    }
}
