package org.michishirube.core.proposal;

import java.util.Arrays;
import java.util.Optional;

import org.michishirube.core.model.LocalizedText;

/** The emerging areas the dataset tags targets with, and the name a new area would get. */
public enum EmergingTag {
    AI("ai", "AIの医療への活用", "AI in healthcare"),
    NON_RADIOLOGY_IMAGING("non-radiology-imaging", "放射線部門以外の医用画像", "Non-radiology medical imaging"),
    SECURITY("security", "医療情報セキュリティ", "Healthcare information security"),
    DATA_ANALYSIS("data-analysis", "医療データの解析", "Healthcare data analysis"),
    REGIONAL_SHARING("regional-sharing", "地域医療連携と情報共有", "Regional sharing of health information");

    private final String code;
    private final LocalizedText label;

    EmergingTag(String code, String ja, String en) {
        this.code = code;
        this.label = LocalizedText.of(ja, en);
    }

    /** {@return the tag as targets carry it, e.g. {@code non-radiology-imaging}} */
    public String code() {
        return code;
    }

    /** {@return the name suggested for a new area on this tag} */
    public LocalizedText label() {
        return label;
    }

    /** {@return the tag with this code, if it is one of the emerging areas} */
    public static Optional<EmergingTag> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
