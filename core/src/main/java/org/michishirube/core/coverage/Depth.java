package org.michishirube.core.coverage;

import java.util.Locale;
import java.util.Optional;

/** How deeply a course addresses a target, on the usual I/R/M curriculum-mapping scale; later constants are deeper. */
public enum Depth {
    /** 導入: the course introduces the target. */
    INTRODUCES("I", "導入"),
    /** 強化: the course reinforces what was introduced elsewhere. */
    REINFORCES("R", "強化"),
    /** 習得: students are expected to master the target in this course. */
    MASTERS("M", "習得");

    private final String letter;
    private final String ja;

    Depth(String letter, String ja) {
        this.letter = letter;
        this.ja = ja;
    }

    /** {@return the code used in JSON and CSV, e.g. {@code introduces}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the one-letter form used in matrices: I, R or M} */
    public String letter() {
        return letter;
    }

    /** {@return the Japanese label} */
    public String ja() {
        return ja;
    }

    /** {@return the deeper of two depths} */
    public Depth deeper(Depth other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /** {@return the depth named by a code, its letter or its Japanese label, ignoring case and surrounding space} */
    public static Optional<Depth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Depth d : values()) {
            if (d.code().equalsIgnoreCase(t) || d.letter.equalsIgnoreCase(t) || d.ja.equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
