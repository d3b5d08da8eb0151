package org.michishirube.data.graph;

/**
 * Work on the database that must be done before the first snapshot is read, such as the schema migrations and the
 * reference dataset. Features contribute them as beans; the snapshot runs them once, in ascending {@code order}.
 *
 * @param name what it does, for the log
 * @param order when it runs: {@link #SCHEMA} comes before {@link #REFERENCE_DATA}
 * @param work the work, on the starting thread
 */
public record GraphPreparation(String name, int order, Runnable work) {

    /** The order of schema changes, which everything else relies on. */
    public static final int SCHEMA = 100;

    /** The order of data loaded into the schema. */
    public static final int REFERENCE_DATA = 200;

    public GraphPreparation {
        if (name == null || work == null) {
            throw new IllegalArgumentException("a name and the work are required");
        }
    }
}
