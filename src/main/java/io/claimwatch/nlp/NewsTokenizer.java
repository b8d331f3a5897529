package io.claimwatch.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP tokens and POS tags for one sentence, with the splits news needs that the model does not
 * always make: possessive {@code 's} (also with a curly apostrophe, so "Ukraine’s" yields "Ukraine"),
 * a plural possessive's trailing apostrophe, and contractions ({@code n't}, {@code 're}, {@code 'll}...).
 * Not thread-safe.
 */
public final class NewsTokenizer {

    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public NewsTokenizer(NlpModels models) {
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel(), POSTagFormat.UD);
    }

    public TokenizedSentence tokenize(String text, int start, int end) {
        String sentence = text.substring(start, end);
        List<int[]> spans = new ArrayList<>();
        Span[] raw = tokenizer.tokenizePos(sentence);
        for (int i = 0; i < raw.length; i++) {
            int from = raw[i].getStart();
            int to = raw[i].getEnd();
            // Quotes and brackets the model leaves on a word ("“fight", "Bakhmut”"), and the full stop
            // it leaves on a sentence's last word ("Kyiv."), are tokens of their own.
            while (to - from > 1 && isOpening(sentence.charAt(from))) {
                spans.add(new int[] {from, from + 1});
                from++;
            }
            int trailing = to;
            while (trailing - from > 1 && (isClosing(sentence.charAt(trailing - 1))
                    || i == raw.length - 1 && isFinalStop(sentence, from, trailing))) {
                trailing--;
            }
            split(sentence, from, trailing, spans);
            for (int k = trailing; k < to; k++) {
                spans.add(new int[] {k, k + 1});
            }
        }
        mergeInitials(sentence, spans);
        int n = spans.size();
        String[] tokens = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            int[] s = spans.get(i);
            tokens[i] = sentence.substring(s[0], s[1]);
            starts[i] = start + s[0];
            ends[i] = start + s[1];
        }
        return new TokenizedSentence(start, end, tokens, starts, ends, n == 0 ? new String[0] : tagger.tag(tokens));
    }

    /**
     * An initial or an abbreviation in capitals keeps its stop ("Siri R. Svendsen", "the U.N.
     * envoy"), which the model splits off, unless it ends the sentence.
     */
    static void mergeInitials(String s, List<int[]> spans) {
        for (int i = 0; i + 2 < spans.size(); i++) {
            int[] a = spans.get(i);
            int[] dot = spans.get(i + 1);
            if (dot[1] - dot[0] == 1 && s.charAt(dot[0]) == '.' && dot[0] == a[1] && isCapitalInitials(s, a[0], a[1])) {
                spans.set(i, new int[] {a[0], dot[1]});
                spans.remove(i + 1);
            }
        }
    }

    /** "R", "U.N", "U.S": capitals, each but the last followed by a stop. */
    private static boolean isCapitalInitials(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean letter = (k - from) % 2 == 0;
            char c = s.charAt(k);
            if (letter ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }

    /** Splits a clitic off the end of one token ("Ukraine’s" → "Ukraine" + "’s"). */
    static void split(String s, int from, int to, List<int[]> out) {
        int cut = cliticStart(s, from, to);
        if (cut > from && cut < to) {
            out.add(new int[] {from, cut});
            out.add(new int[] {cut, to});
        } else {
            out.add(new int[] {from, to});
        }
    }

    private static int cliticStart(String s, int from, int to) {
        int len = to - from;
        if (len < 2) {
            return -1;
        }
        char last = s.charAt(to - 1);
        if (isApostrophe(last) && len > 2 && Character.isLetter(s.charAt(to - 2)) && Character.toLowerCase(s.charAt(to - 2)) == 's') {
            return to - 1; // plural possessive: "defenders’"
        }
        for (String c : new String[] {"s", "re", "ll", "ve", "d", "m"}) {
            int a = to - c.length() - 1;
            if (a > from && isApostrophe(s.charAt(a)) && s.regionMatches(true, a + 1, c, 0, c.length())) {
                return a;
            }
        }
        int n = to - 3; // "didn't" → "did" + "n't"
        if (n > from && (s.charAt(n) == 'n' || s.charAt(n) == 'N') && isApostrophe(s.charAt(n + 1))
                && (s.charAt(to - 1) == 't' || s.charAt(to - 1) == 'T')) {
            return n;
        }
        return -1;
    }

    private static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '(' || c == '[' || c == '«';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == ')' || c == ']' || c == '»';
    }

    /** A final '.', '!' or '?' that is not part of an abbreviation such as "U.S.". */
    private static boolean isFinalStop(String s, int from, int to) {
        char c = s.charAt(to - 1);
        if (c == '!' || c == '?' || c == ';' || c == ':' || c == ',') {
            return true;
        }
        return c == '.' && s.lastIndexOf('.', to - 2) < from; // "U.S." keeps its dots
    }

    /** Also the acute accent and backtick that some wires type for an apostrophe ("Russia´s"). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '´' || c == '`';
    }
}
