package org.michishirube.dataset;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.LocalizedText;

/**
 * One entry of the sources registry ({@code sources.yaml}).
 *
 * @param id the id items cite
 * @param location the URL, or a bibliographic reference when no URL is known
 * @param title the title in ja and en
 * @param publisher the publisher or author
 * @param published {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code undated}
 * @param retrieved when it was read, as precise as known
 * @param kind what kind of document it is
 * @param speaksFor the credentials whose issuing body wrote it; only for those can it corroborate
 */
public record Source(String id, String location, LocalizedText title, String publisher, String published, String retrieved,
                     SourceKind kind, Set<CredentialId> speaksFor) {

    /** The value of {@code published} for a source without a date. */
    public static final String UNDATED = "undated";

    public Source {
        speaksFor = Set.copyOf(speaksFor);
    }

    /** {@return whether the location is a URL rather than a bibliographic reference} */
    public boolean hasUrl() {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /**
     * {@return the earliest day the publication date allows (1 January for a year, the 1st for a month), empty when
     * undated}; a source is post-dated only when even this day is later than the date it is compared with
     */
    public Optional<LocalDate> earliestPublication() {
        return earliest(published);
    }

    static Optional<LocalDate> earliest(String date) {
        if (date == null || UNDATED.equals(date)) {
            return Optional.empty();
        }
        String[] parts = date.split("-");
        return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1));
    }
}
