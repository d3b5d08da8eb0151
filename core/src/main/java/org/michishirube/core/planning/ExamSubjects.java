package org.michishirube.core.planning;

import java.util.List;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;

/**
 * The subjects of a credential's exam that are passed one by one, each a domain of its framework, and how long a
 * passed subject stays in credit (HIT: three subjects, each kept for the next two years).
 *
 * @param credential the credential
 * @param subjects the subjects, as domains of its framework, in the order the exam body lists them
 * @param creditYears how many years after the pass year a subject still counts (≥ 1)
 */
public record ExamSubjects(CredentialId credential, List<DomainId> subjects, int creditYears) {

    public ExamSubjects {
        if (credential == null) {
            throw new IllegalArgumentException("credential is missing");
        }
        subjects = List.copyOf(subjects);
        if (subjects.size() < 2 || subjects.stream().distinct().count() != subjects.size()) {
            throw new IllegalArgumentException("an exam passed subject by subject needs two or more distinct subjects");
        }
        if (creditYears < 1) {
            throw new IllegalArgumentException("credit must last at least a year, was " + creditYears);
        }
    }
}
