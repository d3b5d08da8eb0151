package org.michishirube.core.coverage;

import org.michishirube.core.model.FrameworkTree;

/** Measures a curriculum against one framework version. */
public interface CoverageAnalysis {

    /** {@return the coverage of {@code curriculum} against {@code version}} */
    Coverage analyse(Curriculum curriculum, FrameworkTree version);
}
