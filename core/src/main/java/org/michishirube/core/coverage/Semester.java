package org.michishirube.core.coverage;

import java.util.Optional;

/** When in the academic year a course runs, as Japanese syllabi state it. */
public enum Semester {
    /** 前期: the first semester (April–September). */
    FIRST("first", "前期"),
    /** 後期: the second semester (October–March). */
    SECOND("second", "後期"),
    /** 通年: the whole year. */
    FULL_YEAR("full-year", "通年"),
    /** 集中: an intensive block, e.g. clinical placement. */
    INTENSIVE("intensive", "集中");

    private final String code;
    private final String ja;

    Semester(String code, String ja) {
        this.code = code;
        this.ja = ja;
    }

    public String code() {
        return code;
    }

    public String ja() {
        return ja;
    }

    /** {@return the semester named by its code or its Japanese label} */
    public static Optional<Semester> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Semester s : values()) {
            if (s.code.equalsIgnoreCase(t) || s.ja.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
