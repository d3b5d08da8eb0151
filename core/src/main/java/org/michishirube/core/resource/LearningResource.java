package org.michishirube.core.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.michishirube.core.coverage.Depth;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.TargetId;

/**
 * Something to learn from that is not a school's course: a textbook chapter, the certifying body's seminar, an e-learning
 * series. A plan's step lists it when it addresses the step's target or an area above it.
 *
 * @param id the stable id, e.g. {@code jami-textbook-his}
 * @param title the title, ja and en (a Japanese book keeps its Japanese title in both when it has no English one)
 * @param kind what it is
 * @param targets the targets it addresses; a target stands for its whole subtree
 * @param domains the domains it addresses as a whole (a textbook volume per domain)
 * @param depth how far it takes a learner, as a course's depth does
 * @param url where to find it, when it is online
 * @param hours the study time it takes, when known
 * @param cost what it costs, as the provider states it (e.g. {@code ¥4,400}, {@code free for members})
 * @param language the language it is in, {@code ja} or {@code en}
 * @param provenance where the facts about it come from and how far they are confirmed
 * @param note anything a learner should know (edition, who may attend)
 */
public record LearningResource(String id, LocalizedText title, ResourceKind kind, List<TargetId> targets, List<DomainId> domains, Depth depth, Optional<String> url,
                               OptionalInt hours, Optional<String> cost, String language, Provenance provenance, Optional<String> note) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    public LearningResource {
        if (id == null || !isWellFormed(id)) {
            throw new IllegalArgumentException("resource id '" + id + "' is not lowercase words joined by '-' and '.'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        targets = List.copyOf(targets);
        domains = List.copyOf(domains);
        if (targets.isEmpty() && domains.isEmpty()) {
            throw new IllegalArgumentException("resource " + id + " addresses no target and no domain");
        }
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(cost, "cost");
        if (!"ja".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("resource " + id + ": language must be ja or en, was " + language);
        }
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(note, "note");
        if (hours.isPresent() && hours.getAsInt() < 0) {
            throw new IllegalArgumentException("resource " + id + ": hours must be ≥ 0");
        }
    }

    /** {@return whether a text can be a resource id} */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() <= 100 && ID.matcher(id).matches();
    }
}
