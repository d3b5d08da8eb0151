package org.michishirube.data.revision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a draft's audit log.
 *
 * @param draft the draft
 * @param sequence its position in the log, from 1
 * @param at when
 * @param actor the token subject
 * @param action {@code create}, {@code operation}, {@code submit}, {@code reopen}, {@code approve} or {@code publish}
 * @param operation the operation as the API received it (JSON), for {@code operation} entries
 * @param before the affected targets before, one line each
 * @param after the affected targets after, one line each
 * @param revision the draft's revision after the entry
 */
public record AuditEntry(String draft, long sequence, Instant at, String actor, String action, Optional<String> operation,
                         List<String> before, List<String> after, long revision) {

    public AuditEntry {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
