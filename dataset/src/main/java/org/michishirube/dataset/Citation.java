package org.michishirube.dataset;

import java.util.Optional;

/**
 * A reference from an item to a source of the registry.
 *
 * @param source the source id
 * @param at where in the source (page, section, question or abstract number), when given
 */
public record Citation(String source, Optional<String> at) {

    /** {@return the citation as the files write it: the id, then the locator after " § "} */
    @Override
    public String toString() {
        return source + at.map(a -> " § " + a).orElse("");
    }
}
