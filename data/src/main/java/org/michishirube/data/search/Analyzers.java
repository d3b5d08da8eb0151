package org.michishirube.data.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analyzers of the search index. Japanese text goes through Kuromoji in search mode (long compounds split into their
 * words), with width folding before the tokenizer (full-width Latin, half-width katakana, by a char filter that keeps
 * offsets right for snippets), base forms, part-of-speech and stop-word removal and the katakana long-vowel stem
 * (モニター = モニタ). English text is tokenised, lower-cased, stripped of stop words and Porter-stemmed. Readings
 * (katakana) of Japanese names are indexed as bigrams so that kana input finds kanji names (がぞう → 画像).
 */
final class Analyzers {

    /** Analyzers are thread-safe (token streams are reused per thread), so one of each serves every index. */
    static final Analyzer JAPANESE = new FieldAnalyzer(true) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream s = new JapaneseBaseFormFilter(tokenizer);
            s = new JapanesePartOfSpeechStopFilter(s, JapaneseAnalyzer.getDefaultStopTags());
            s = new CJKWidthFilter(s);
            s = new StopFilter(s, JapaneseAnalyzer.getDefaultStopSet());
            s = new StopFilter(s, COURSE_SUFFIXES);
            s = new JapaneseKatakanaStemFilter(s);
            s = new LowerCaseFilter(s);
            return new TokenStreamComponents(tokenizer, s);
        }

    };

    static final Analyzer ENGLISH = new FieldAnalyzer(true) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            // Japanese quoted inside English text is indexed by the Japanese field; single ideographs here are noise.
            TokenStream s = new TypeTokenFilter(tokenizer, CJK_TYPES);
            s = new EnglishPossessiveFilter(s);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new StopFilter(s, ENGLISH_COURSE_WORDS);
            s = new BritishSpellingFilter(s);
            s = new PorterStemFilter(s);
            return new TokenStreamComponents(tokenizer, s);
        }

    };

    /** Katakana readings as overlapping bigrams: a kana query matches any stretch of a reading. */
    static final Analyzer READING = new FieldAnalyzer(false) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
        }

    };

    private static final Analyzer READER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
            return new TokenStreamComponents(tokenizer, new JapaneseReadingFormFilter(tokenizer));
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    /** Suffixes of course titles (医療統計学, データベース論, 情報処理演習) that say "a course", not what it is about. */
    /** What 演習 and 実習 are in a Japanese course title: the kind of class, not its topic. */
    private static final CharArraySet ENGLISH_COURSE_WORDS = new CharArraySet(List.of("practice", "practicum"), true);

    private static final CharArraySet COURSE_SUFFIXES = new CharArraySet(List.of("学", "論", "概論", "演習", "実習", "特論", "序論"), false);

    private static final Set<String> CJK_TYPES = Set.of(
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC], StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA], StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

    private Analyzers() {
    }

    /** One token of analysed text: its term and where it came from in the text. */
    record Token(String term, int start, int end, int positionIncrement) {
    }

    /** {@return the tokens of {@code text} as {@code analyzer} produces them for {@code field}} */
    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            var increment = s.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** {@return the katakana reading of Japanese text, word readings joined} */
    static String reading(String text) {
        StringBuilder b = new StringBuilder();
        try (TokenStream s = READER.tokenStream("reading", new StringReader(text))) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                b.append(term);
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** {@return the query as typed, normalised: NFKC (half-width katakana, full-width Latin), lower case, single spaces} */
    static String normalise(String query) {
        return Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** {@return the text with hiragana turned into katakana, or empty when it is not all kana} */
    static java.util.Optional<String> kanaAsKatakana(String normalised) {
        String compact = normalised.replace(" ", "");
        if (compact.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '\u3041' && c <= '\u3096') {
                b.append((char) (c + 0x60));
            } else if ((c >= '\u30a1' && c <= '\u30fa') || c == '\u30fc') {
                b.append(c);
            } else {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(b.toString());
    }

    /** {@return a compact key for exact name matches: normalised, without spaces and middle dots} */
    static String key(String text) {
        return normalise(text).replaceAll("[\\s・･]", "");
    }

    /**
     * {@return the words of a text as one key, or empty when it has none} Two texts with the same words in the same order
     * share it although their spelling differs: a plural (Hospital information systems / hospital information system),
     * a course suffix (医療安全管理学 / 医療安全管理), width or case.
     */
    static String wordKey(Analyzer analyzer, String text) {
        StringBuilder b = new StringBuilder("~");
        for (Token t : tokens(analyzer, "key", text)) {
            if (t.positionIncrement() > 0) {
                b.append(b.length() > 1 ? " " : "").append(t.term());
            }
        }
        return b.length() > 1 ? b.toString() : "";
    }

    /**
     * What the indexed fields share: a gap between the values of a multi-valued field (labels), so a phrase never
     * spans two of them, and optionally width folding before tokenizing, so offsets still point into the original text.
     */
    private abstract static class FieldAnalyzer extends Analyzer {
        private final boolean foldWidth;

        FieldAnalyzer(boolean foldWidth) {
            this.foldWidth = foldWidth;
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return foldWidth ? new CJKWidthCharFilter(reader) : reader;
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return 100;
        }
    }
}
