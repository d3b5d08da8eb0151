package org.michishirube.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetVersionTests {

    @Test
    void numericSegmentsCompareAsNumbers() {
        assertThat(DatasetLoader.compareVersions("2026.11.1", "2026.11.1")).isZero();
        assertThat(DatasetLoader.compareVersions("2026.9.0", "2026.11.0")).isNegative();
        assertThat(DatasetLoader.compareVersions("2026.11.10", "2026.11.9")).isPositive();
        assertThat(DatasetLoader.compareVersions("2026.11", "2026.11.0")).isZero();
        assertThat(DatasetLoader.compareVersions("2027.1.0", "2026.12.5")).isPositive();
    }
}
