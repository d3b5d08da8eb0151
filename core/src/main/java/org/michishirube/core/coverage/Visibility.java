package org.michishirube.core.coverage;

import java.util.Locale;
import java.util.Optional;

/** Who may see a curriculum: everyone, or only the educators of the institution that owns it. */
public enum Visibility {
    PUBLIC, PRIVATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> parse(String text) {
        for (Visibility v : values()) {
            if (v.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
