package org.michishirube.data.learner;

/**
 * A learner's stored profile.
 *
 * @param document the profile as JSON, as the learner sent it
 * @param version raised by every write; a profile stored before versions existed reads as 0
 */
public record StoredProfile(String document, long version) {
}
