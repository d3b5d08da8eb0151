package org.michishirube.core.model;

/** The kinds of work experience that eligibility rules count. */
public enum ExperienceKind {
    /** Work on healthcare information systems. */
    HEALTHCARE_IS(LocalizedText.of("医療情報システム業務", "healthcare-IS work")),
    /** Work on information systems in general. */
    GENERAL_IS(LocalizedText.of("情報処理業務", "IS work")),
    /** Work in medical-imaging examinations. */
    IMAGING_EXAM(LocalizedText.of("医用画像検査業務", "medical-imaging examination work"));

    private final LocalizedText label;

    ExperienceKind(LocalizedText label) {
        this.label = label;
    }

    /** {@return the name of this kind of work in ja and en, for texts that describe a rule} */
    public LocalizedText label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ExperienceKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
