package org.michishirube.core.coverage;

import org.michishirube.core.model.LocalizedText;

/**
 * How much of a group of targets (an area, a domain or a whole version) a curriculum covers.
 *
 * @param id the area, domain or version id
 * @param name its name
 * @param targets how many leaf targets the group has
 * @param covered how many of them some course addresses
 * @param hours the study hours of all its leaves
 * @param coveredHours the study hours of the covered leaves
 */
public record Share(String id, LocalizedText name, int targets, int covered, int hours, int coveredHours) {

    public Share {
        if (covered < 0 || covered > targets || coveredHours < 0 || coveredHours > hours) {
            throw new IllegalArgumentException("share of " + id + " is inconsistent: " + covered + "/" + targets + ", " + coveredHours + "/" + hours);
        }
    }

    /** {@return the share of targets covered, 0 to 1; 0 for an empty group} */
    public double share() {
        return targets == 0 ? 0 : covered / (double) targets;
    }

    /** {@return the share of study hours covered, 0 to 1; 0 for a group without hours} */
    public double hourShare() {
        return hours == 0 ? 0 : coveredHours / (double) hours;
    }
}
