package org.michishirube.api.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.MediaType;

/** Picks the format of a report that offers several (JSON, CSV, Markdown, XLSX) from the Accept header. */
public final class Negotiation {

    private Negotiation() {
    }

    /** {@return the offered type the client prefers most; the first offered (JSON) when it does not say or accepts none} */
    public static MediaType choose(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType a : accepted) {
            for (MediaType o : offered) {
                if (a.getQualityValue() > 0 && a.includes(o)) {
                    return o;
                }
            }
        }
        return offered.get(0);
    }
}
