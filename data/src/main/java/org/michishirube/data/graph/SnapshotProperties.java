package org.michishirube.data.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the published snapshot.
 *
 * @param pollInterval how often each instance checks the graph's revision to pick up other instances' changes
 */
@ConfigurationProperties("michishirube.snapshot")
public record SnapshotProperties(Duration pollInterval) {

    public SnapshotProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("michishirube.snapshot.poll-interval must be positive, not " + pollInterval);
        }
    }
}
