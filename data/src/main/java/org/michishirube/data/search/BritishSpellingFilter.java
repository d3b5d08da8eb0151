package org.michishirube.data.search;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds British -ise/-isation spellings to -ize/-ization before stemming: the dataset writes "normalisation" and
 * "anonymisation", users type "normalization". Porter would stem the two spellings differently. Applied to the index and
 * the query alike, so a rare false fold costs nothing.
 */
final class BritishSpellingFilter extends TokenFilter {

    private static final Pattern ISE = Pattern.compile("^(\\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    BritishSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        Matcher m = ISE.matcher(term);
        if (m.matches()) {
            String folded = m.group(1) + "iz" + m.group(2);
            term.setEmpty().append(folded);
        }
        return true;
    }
}
