package org.michishirube.data.revision;

import java.time.Instant;

/**
 * A reviewer's comment on a draft.
 *
 * @param draft the draft
 * @param sequence its position, from 1
 * @param at when
 * @param author the token subject
 * @param text the comment
 */
public record DraftComment(String draft, long sequence, Instant at, String author, String text) {
}
