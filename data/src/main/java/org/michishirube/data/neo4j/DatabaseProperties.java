package org.michishirube.data.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sizes the scheduler the data layer's transactions run on.
 *
 * @param threads the most transactions that run at once for requests; keep it below the driver's pool size
 *                ({@code spring.neo4j.pool.max-connection-pool-size}, 100 by default)
 * @param queuedTasks the most that wait for a thread; beyond that a request fails at once with 503
 */
@ConfigurationProperties("michishirube.database")
public record DatabaseProperties(Integer threads, Integer queuedTasks) {

    static final int DEFAULT_THREADS = 32;
    static final int DEFAULT_QUEUED_TASKS = 1000;

    public DatabaseProperties {
        threads = threads == null ? DEFAULT_THREADS : threads;
        queuedTasks = queuedTasks == null ? DEFAULT_QUEUED_TASKS : queuedTasks;
    }
}
