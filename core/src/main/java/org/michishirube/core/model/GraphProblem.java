package org.michishirube.core.model;

/**
 * One fault found in graph data, with what it concerns.
 *
 * @param subject the id of the item at fault
 * @param fault what is wrong, in English
 */
public record GraphProblem(String subject, String fault) {

    @Override
    public String toString() {
        return subject + ": " + fault;
    }
}
