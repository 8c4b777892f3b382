package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with the three expressions it tries most often (a run of backticks
 * here or further on, the spaces and one line end after a link's text) matched by hand: for each,
 * flexmark made a {@code Matcher} over the rest of the paragraph, and they took a sixth of the
 * parser's time. Same matches, same parse (tested against flexmark's own on the same bodies).
 */
final class QuickInlineParser extends CommonmarkInlineParser {

    private static final InlineParserFactory FACTORY = QuickInlineParser::new;

    /**
     * A parser for {@code options} that uses this inline parser. flexmark adds its own reference
     * definitions' pre-processor only with its own inline parser, so it is added here as flexmark
     * would (its order among the others comes from their declared dependencies).
     */
    static Parser parser(DataHolder options) {
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    private QuickInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null; // as flexmark's, whatever the expression
        if (re == myParsing.TICKS_HERE) return ticksAt(index);
        if (re == myParsing.TICKS) {
            for (int i = index, n = input.length(); i < n; i++) {
                if (input.charAt(i) == '`') return ticksAt(i);
            }
            return null;
        }
        if (re == myParsing.SPNL) return spacesAndOneLineEnd();
        return super.match(re);
    }

    /** {@code `+} starting at {@code start}, or null. */
    private BasedSequence ticksAt(int start) {
        int end = start;
        int n = input.length();
        while (end < n && input.charAt(end) == '`') end++;
        if (end == start) return null;
        index = end;
        return input.subSequence(start, end);
    }

    /** {@code ^[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)?}: matches always, if only nothing. */
    private BasedSequence spacesAndOneLineEnd() {
        int start = index;
        int n = input.length();
        int i = spacesFrom(start);
        if (i < n && input.charAt(i) == '\r') {
            i++;
            if (i < n && input.charAt(i) == '\n') i++;
            i = spacesFrom(i);
        } else if (i < n && input.charAt(i) == '\n') {
            i = spacesFrom(i + 1);
        }
        index = i;
        return input.subSequence(start, i);
    }

    private int spacesFrom(int i) {
        int n = input.length();
        while (i < n && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) i++;
        return i;
    }
}
