package org.michishirube.core.coverage;

import org.michishirube.core.model.FrameworkTree;

/** Measures a curriculum against one framework version. */
public interface CoverageAnalysis {

    /** {@return the coverage of {@code curriculum} against {@code version}} */
    Coverage analyse(Curriculum curriculum, FrameworkTree version);

    /** {@return the analysis that counts the leaf targets each course addresses, at the depth it claims} */
    static CoverageAnalysis leaves() {
        return new LeafCoverageAnalysis();
    }
}
