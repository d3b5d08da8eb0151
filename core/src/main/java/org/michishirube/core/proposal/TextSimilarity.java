package org.michishirube.core.proposal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Jaccard similarities of short names: character bigrams for Japanese, words for English. */
final class TextSimilarity {

    /** Words that carry no topic in target names. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "in", "for", "to", "on",
            "with", "by", "or", "as", "at", "from", "its", "their", "into");

    private TextSimilarity() {
    }

    /** {@return the Jaccard index of the character bigrams, after NFKC, lower case and dropping non-alphanumerics} */
    static double japanese(String a, String b) {
        return jaccard(bigrams(a), bigrams(b));
    }

    /** {@return the Jaccard index of the words, after NFKC and lower case, without stop words} */
    static double english(String a, String b) {
        return jaccard(words(a), words(b));
    }

    static Set<String> bigrams(String text) {
        String s = clean(text).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Set<String> grams = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        if (cps.length == 1) {
            grams.add(s);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : clean(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / union.size();
    }
}
