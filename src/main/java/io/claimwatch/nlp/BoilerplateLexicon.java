package io.claimwatch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Patterns of page furniture, read from {@code config/boilerplate.txt}: lines that are boilerplate
 * on their own, sentences that are boilerplate wherever they stand (also inside a run-on paragraph of
 * scraped text), photo credits that close a caption, words that open a caption, bylines and
 * contributor lines, and headings that open a block of teasers for other stories.
 */
public final class BoilerplateLexicon {

    private static final String RESOURCE = "/config/boilerplate.txt";

    private final List<Pattern> lines;
    private final List<Pattern> sentences;
    private final List<Pattern> credits;
    private final List<Pattern> captionStarts;
    private final List<Pattern> bylines;
    private final List<Pattern> blockHeadings;

    public BoilerplateLexicon(List<Pattern> lines, List<Pattern> sentences, List<Pattern> credits,
            List<Pattern> captionStarts, List<Pattern> bylines, List<Pattern> blockHeadings) {
        this.lines = List.copyOf(lines);
        this.sentences = List.copyOf(sentences);
        this.credits = List.copyOf(credits);
        this.captionStarts = List.copyOf(captionStarts);
        this.bylines = List.copyOf(bylines);
        this.blockHeadings = List.copyOf(blockHeadings);
    }

    public static BoilerplateLexicon loadDefault() {
        try (InputStream in = BoilerplateLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Format: {@code KIND: REGEX}, KIND one of line, sentence, credit, caption, byline, block; '#' starts a comment. */
    static BoilerplateLexicon parse(BufferedReader reader) throws IOException {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> sentences = new ArrayList<>();
        List<Pattern> credits = new ArrayList<>();
        List<Pattern> captions = new ArrayList<>();
        List<Pattern> bylines = new ArrayList<>();
        List<Pattern> blocks = new ArrayList<>();
        String row;
        int number = 0;
        while ((row = reader.readLine()) != null) {
            number++;
            String t = row.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("boilerplate.txt line " + number
                        + ": expected 'KIND: REGEX' with KIND line, sentence, credit, caption, byline or block");
            }
            String kind = t.substring(0, colon).strip();
            Pattern p;
            try {
                p = Pattern.compile(t.substring(colon + 1).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("boilerplate.txt line " + number + ": bad regular expression: "
                        + e.getDescription(), e);
            }
            switch (kind) {
                case "line" -> lines.add(p);
                case "sentence" -> sentences.add(p);
                case "credit" -> credits.add(p);
                case "caption" -> captions.add(p);
                case "byline" -> bylines.add(p);
                case "block" -> blocks.add(p);
                default -> throw new IllegalArgumentException("boilerplate.txt line " + number + ": unknown kind '" + kind
                        + "' (line, sentence, credit, caption, byline or block)");
            }
        }
        return new BoilerplateLexicon(lines, sentences, credits, captions, bylines, blocks);
    }

    /** A paragraph that is furniture as a whole: a line rule, a sentence rule or a credit matches all of it. */
    public boolean isBoilerplateLine(String paragraph) {
        return matchesAny(lines, paragraph) || matchesAny(sentences, paragraph) || matchesAny(credits, paragraph);
    }

    /** A sentence or line that says who wrote, reported or contributed ("AFP contributed to this report."). */
    public boolean isByline(String sentence) {
        return matchesAny(bylines, sentence);
    }

    /** A sentence that is furniture wherever it stands ("AFP contributed to this report."). */
    public boolean isBoilerplateSentence(String sentence) {
        return matchesAny(sentences, sentence) || matchesAny(credits, sentence);
    }

    /** A paragraph that is only a photo credit ("(AP Photo/Jane Doe)", "Photograph: Jane Doe/EPA"). */
    public boolean isCredit(String paragraph) {
        return matchesAny(credits, paragraph);
    }

    /** Photo credits ("(AP Photo/Jane Doe)") to search for inside a paragraph; each closes a caption. */
    public List<Pattern> credits() {
        return credits;
    }

    /** Words that open a caption ("FILE - "), searched for at a sentence start. */
    public boolean opensCaption(String sentence) {
        return captionStarts.stream().anyMatch(p -> p.matcher(sentence).lookingAt());
    }

    public boolean opensTeaserBlock(String paragraph) {
        return matchesAny(blockHeadings, paragraph);
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
