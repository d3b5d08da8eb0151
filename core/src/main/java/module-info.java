/**
 * Michishirube's core: the competency graph of Japan's health-information credentials and the algorithms over it
 * (learning paths, role fit, curriculum coverage, version diffs, redefinition proposals, draft editing), in plain
 * Java with no dependency beyond the JDK. Every exported package is API; implementations are package-private and
 * reached through factories on their interfaces, such as {@code LearningPathPlanner.topological()}.
 */
module org.michishirube.core {
    exports org.michishirube.core.model;
    exports org.michishirube.core.planning;
    exports org.michishirube.core.fit;
    exports org.michishirube.core.coverage;
    exports org.michishirube.core.diff;
    exports org.michishirube.core.proposal;
    exports org.michishirube.core.resource;
    exports org.michishirube.core.revision;
}
