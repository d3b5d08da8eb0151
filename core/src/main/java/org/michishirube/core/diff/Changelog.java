package org.michishirube.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/**
 * The human changelog of a diff: one line per change in Japanese and English, in the diff's order.
 *
 * @param from the older version
 * @param to the newer version
 * @param entries the lines, grouped by kind in {@link ChangeKind} order
 */
public record Changelog(FrameworkVersionId from, FrameworkVersionId to, List<Entry> entries) {

    public Changelog {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        entries = List.copyOf(entries);
    }

    /**
     * One line of the changelog.
     *
     * @param kind the kind of change
     * @param subject the id the change is about
     * @param text the line in ja and en
     */
    public record Entry(ChangeKind kind, String subject, LocalizedText text) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@return the changelog of a diff} */
    public static Changelog of(VersionDiff diff) {
        return new Changelog(diff.from().id(), diff.to().id(),
                diff.changes().stream().map(c -> new Entry(c.kind(), c.subject(), line(c))).toList());
    }

    /** {@return the title, e.g. "Changes from hit@pre-fy2020 to hit@fy2020", in the language ("ja" or "en")} */
    public String title(String language) {
        return LocalizedText.of(from + " から " + to + " への変更", "Changes from " + from + " to " + to).in(language);
    }

    /** {@return the lines in the language ("ja" or "en"; English for anything else)} */
    public List<String> lines(String language) {
        return entries.stream().map(e -> e.text().in(language)).toList();
    }

    /** {@return the changelog as Markdown in the language: a title, then one section per kind with its count} */
    public String markdown(String language) {
        StringBuilder md = new StringBuilder("## ").append(escape(title(language))).append("\n\n");
        if (entries.isEmpty()) {
            md.append(LocalizedText.of("変更はありません。", "No changes.").in(language)).append('\n');
            return md.toString();
        }
        for (ChangeKind kind : ChangeKind.values()) {
            List<Entry> section = entries.stream().filter(e -> e.kind() == kind).toList();
            if (section.isEmpty()) {
                continue;
            }
            md.append("### ").append(kind.label().in(language)).append(" (").append(section.size()).append(")\n\n");
            section.forEach(e -> md.append("- ").append(escape(e.text().in(language))).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** {@return the changelog line for one change, in ja and en} */
    public static LocalizedText line(Change change) {
        if (change instanceof Change.Added a) {
            return text("追加: " + ja(a.target()) + place(a.target(), true) + note(a.note(), true),
                    "Added " + en(a.target()) + place(a.target(), false) + note(a.note(), false));
        } else if (change instanceof Change.Retired r) {
            return text("廃止: " + ja(r.target()) + note(r.note(), true), "Retired " + en(r.target()) + note(r.note(), false));
        } else if (change instanceof Change.Replaced r) {
            return text("置換: " + ja(r.before()) + " → " + ja(r.after()) + note(r.note(), true),
                    "Replaced " + en(r.before()) + " by " + en(r.after()) + note(r.note(), false));
        } else if (change instanceof Change.Split s) {
            return text("分割: " + ja(s.before()) + " → " + list(s.into(), true) + note(s.note(), true),
                    "Split " + en(s.before()) + " into " + list(s.into(), false) + note(s.note(), false));
        } else if (change instanceof Change.Merged m) {
            return text("統合: " + list(m.from(), true) + " → " + ja(m.into()) + note(m.note(), true),
                    "Merged " + list(m.from(), false) + " into " + en(m.into()) + note(m.note(), false));
        } else if (change instanceof Change.Moved m) {
            return text("移動: " + m.id() + "「" + ja(m.name()) + "」: " + where(m.fromParent(), m.fromDomain().value(), true)
                            + " → " + where(m.toParent(), m.toDomain().value(), true),
                    "Moved " + m.id() + " “" + en(m.name()) + "”: " + where(m.fromParent(), m.fromDomain().value(), false)
                            + " → " + where(m.toParent(), m.toDomain().value(), false));
        } else if (change instanceof Change.Modified m) {
            return text("変更: " + m.id() + ": " + fields(m, true), "Modified " + m.id() + ": " + fields(m, false));
        } else if (change instanceof Change.Relinked r) {
            return relinked(r);
        }
        return domain((Change.DomainChanged) change);
    }

    private static LocalizedText text(String ja, String en) {
        return LocalizedText.of(ja, en);
    }

    private static String ja(Target t) {
        return t.id() + "「" + ja(t.name()) + "」";
    }

    private static String en(Target t) {
        return t.id() + " “" + en(t.name()) + "”";
    }

    private static String list(List<Target> targets, boolean ja) {
        return targets.stream().map(t -> ja ? ja(t) : en(t)).collect(Collectors.joining(ja ? "、" : ", "));
    }

    private static String place(Target t, boolean ja) {
        return " (" + where(t.parent(), t.domain().value(), ja) + ")";
    }

    private static String where(Optional<TargetId> parent, String domain, boolean ja) {
        return parent.map(p -> ja ? p + " の下" : "under " + p)
                .orElse(ja ? "領域 " + domain + " の直下" : "top of domain " + domain);
    }

    private static String note(Optional<String> note, boolean ja) {
        return note.filter(n -> !n.isBlank()).map(n -> (ja ? " — 注: " : " — ") + n).orElse("");
    }

    private static String fields(Change.Modified m, boolean ja) {
        List<String> parts = new ArrayList<>();
        Target b = m.before();
        Target a = m.after();
        for (Change.Field f : m.fields()) {
            parts.add(switch (f) {
                case NAME_JA -> (ja ? "名称(ja)「" : "name (ja) “") + ja(b.name()) + (ja ? "」→「" : "” → “") + ja(a.name()) + (ja ? "」" : "”");
                case NAME_EN -> (ja ? "名称(en)「" : "name (en) “") + en(b.name()) + (ja ? "」→「" : "” → “") + en(a.name()) + (ja ? "」" : "”");
                case DESCRIPTION -> ja ? "説明を変更" : "description reworded";
                case KIND -> (ja ? "種別 " : "kind ") + b.kind().code() + " → " + a.kind().code();
                case EFFORT -> (ja ? "学習時間 " : "effort ") + hours(b.effortHours(), ja) + " → " + hours(a.effortHours(), ja);
                case TAGS -> (ja ? "タグ " : "tags ") + tags(b.tags()) + " → " + tags(a.tags());
                case PROVENANCE -> (ja ? "出典 " : "source ") + b.provenance().verification().code() + " → "
                        + a.provenance().verification().code()
                        + (b.provenance().source().equals(a.provenance().source()) ? "" : " (" + a.provenance().source() + ")");
            });
        }
        return String.join(ja ? "、" : "; ", parts);
    }

    private static String hours(OptionalInt h, boolean ja) {
        return h.isPresent() ? h.getAsInt() + (ja ? "時間" : "h") : (ja ? "未設定" : "unset");
    }

    private static String tags(Set<String> tags) {
        return "[" + tags.stream().sorted().collect(Collectors.joining(", ")) + "]";
    }

    private static LocalizedText relinked(Change.Relinked r) {
        String added = ids(r.added());
        String removed = ids(r.removed());
        boolean pre = r.link() == Change.Link.PREREQUISITE;
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!r.added().isEmpty()) {
            ja.add((pre ? "前提に追加 " : "関連に追加 ") + added);
            en.add((pre ? "now needs first " : "now related to ") + added);
        }
        if (!r.removed().isEmpty()) {
            ja.add((pre ? "前提から削除 " : "関連から削除 ") + removed);
            en.add((pre ? "no longer needs " : "no longer related to ") + removed);
        }
        return text(r.target() + ": " + String.join("、", ja), r.target() + " " + String.join("; ", en));
    }

    private static String ids(Set<TargetId> ids) {
        return ids.stream().map(TargetId::value).collect(Collectors.joining(", "));
    }

    private static LocalizedText domain(Change.DomainChanged d) {
        if (d.before().isEmpty()) {
            Domain a = d.after().orElseThrow();
            return text("領域を追加: " + d.id() + "「" + ja(a.name()) + "」", "Added domain " + d.id() + " “" + en(a.name()) + "”");
        }
        Domain b = d.before().get();
        if (d.after().isEmpty()) {
            return text("領域を廃止: " + d.id() + "「" + ja(b.name()) + "」", "Dropped domain " + d.id() + " “" + en(b.name()) + "”");
        }
        Domain a = d.after().get();
        return text("領域を変更: " + d.id() + "「" + ja(b.name()) + "」→「" + ja(a.name()) + "」",
                "Renamed domain " + d.id() + " “" + en(b.name()) + "” → “" + en(a.name()) + "”");
    }

    /** A name in Japanese; one imported without Japanese says so and shows the English, rather than an empty 「」. */
    private static String ja(org.michishirube.core.model.LocalizedText name) {
        return name.ja().isEmpty() ? "(未翻訳) " + name.en() : name.ja();
    }

    /** A name in English; one imported without English says so and shows the Japanese. */
    private static String en(org.michishirube.core.model.LocalizedText name) {
        return name.en().isEmpty() ? "(untranslated) " + name.ja() : name.en();
    }
}
