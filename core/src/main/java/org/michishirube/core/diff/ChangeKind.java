package org.michishirube.core.diff;

import java.util.Locale;

import org.michishirube.core.model.LocalizedText;

/** What kind of change a {@link Change} is; also the order in which a diff lists its changes. */
public enum ChangeKind {
    ADDED("追加", "Added"),
    RETIRED("廃止", "Retired"),
    REPLACED("置換", "Replaced"),
    SPLIT("分割", "Split"),
    MERGED("統合", "Merged"),
    MOVED("移動", "Moved"),
    MODIFIED("変更", "Modified"),
    RELINKED("前提・関連の変更", "Links changed"),
    DOMAIN_CHANGED("領域の変更", "Domains changed");

    private final LocalizedText label;

    ChangeKind(String ja, String en) {
        this.label = LocalizedText.of(ja, en);
    }

    /** {@return the heading used in changelogs, in ja and en} */
    public LocalizedText label() {
        return label;
    }

    /** {@return the code as the API writes it, e.g. {@code domain-changed}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
