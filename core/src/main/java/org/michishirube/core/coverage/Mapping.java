package org.michishirube.core.coverage;

import java.util.Optional;

import org.michishirube.core.model.TargetId;

/**
 * That a course addresses a target: {@code (:Course)-[:ADDRESSES {depth, evidence}]->(:Target)}.
 *
 * @param target the target's lineage id; it resolves per framework version
 * @param depth introduces, reinforces or masters
 * @param evidence where the syllabus shows it, e.g. "第5回 DICOM規格"; optional
 */
public record Mapping(TargetId target, Depth depth, Optional<String> evidence) {

    public Mapping {
        if (target == null || depth == null || evidence == null) {
            throw new IllegalArgumentException("a mapping needs a target, a depth and an (optional) evidence");
        }
        evidence = evidence.map(String::strip).filter(e -> !e.isEmpty());
    }

    public static Mapping of(String target, Depth depth) {
        return new Mapping(new TargetId(target), depth, Optional.empty());
    }
}
