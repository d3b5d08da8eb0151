package org.michishirube.core.coverage;

import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/**
 * A target that a course's title and syllabus suggest it addresses, found by full-text search.
 *
 * @param course the course code
 * @param target the suggested target
 * @param version the framework version the target was found in
 * @param name the target's name
 * @param score the full-text relevance; higher is likelier, comparable within one course only
 */
public record Suggestion(String course, TargetId target, FrameworkVersionId version, LocalizedText name, double score) {
}
