package io.claimwatch.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The sentences of one paragraph: OpenNLP's trained detector, corrected where news writing breaks
 * it: a dateline ("LONDON, England —", "KYIV, Ukraine (AP) —") is a segment of its own, and no
 * sentence ends after a title before a name ("Gov.", "Lt. Col."), an abbreviation before a number
 * ("Aug. 24", "No. 3"), a middle initial ("George W. Bush") or before a lower-case word. Not
 * thread-safe (the detector is not).
 */
public final class SentenceSplitter {

    public static final String RESOURCE = "/config/sentence-lexicon.yaml";

    /**
     * A place in capitals, optionally a region or country, a date and an agency in brackets, then a
     * dash: "MOSCOW —", "SAN FRANCISCO --", "LONDON, England —", "KYIV, Ukraine, Aug. 24 (AP) —".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}.'’-]+(?: [\\p{Lu}][\\p{Lu}.'’-]+){0,3}"
                    + "(?:, (?:[\\p{Lu}][\\p{L}.]*)(?: [\\p{Lu}][\\p{L}.]*){0,2})?"
                    + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?)?"
                    + "(?: \\((?:[\\p{L} ]{2,30})\\))?"
                    + " ?(?:—|–|--|-|:) ");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    /**
     * Two paragraphs a scraper glued together without a space: a word of two or more lower-case
     * letters, an end mark, perhaps a closing quote, then at once a capitalised word
     * ("surveilled.Her lawyer", "our elections.\"Sen. Mitt Romney", "his mind?\"This"). The trained
     * detector never breaks there, so the two sentences would be read as one.
     */
    private static final Pattern GLUED = Pattern.compile("(\\p{Ll}{2,})[.!?][\"”’']?(?=[\"“]?(?:\\p{Lu}\\p{Ll}|I['’ ]))");

    /** The abbreviation lists of {@code config/sentence-lexicon.yaml}. */
    public record Abbreviations(Set<String> beforeNames, Set<String> beforeNumbers, Set<String> inside) {

        private static volatile Abbreviations shared;

        public static Abbreviations get() {
            Abbreviations a = shared;
            if (a == null) {
                synchronized (Abbreviations.class) {
                    a = shared;
                    if (a == null) {
                        a = load();
                        shared = a;
                    }
                }
            }
            return a;
        }

        static Abbreviations load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
                return new Abbreviations(words(root, "before-names"), words(root, "before-numbers"), words(root, "inside"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        private static Set<String> words(JsonNode root, String field) {
            JsonNode list = root.path(field);
            if (!list.isArray()) {
                throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a list of abbreviations");
            }
            Set<String> out = new HashSet<>();
            list.forEach(n -> out.add(n.asText()));
            return Set.copyOf(out);
        }
    }

    private final SentenceDetectorME detector;
    private final Abbreviations abbreviations;

    public SentenceSplitter(SentenceModel model, Abbreviations abbreviations) {
        this.detector = new SentenceDetectorME(model);
        this.abbreviations = abbreviations;
    }

    /** Sentence spans of the paragraph, as offsets into it, in order, trimmed. */
    public List<Span> split(String paragraph) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        Matcher dateline = DATELINE.matcher(paragraph);
        if (dateline.find() && dateline.end() < paragraph.length()) {
            int end = dateline.end();
            while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            out.add(new Span(0, end));
            from = dateline.end();
        }
        Span previous = null;
        for (Detected d : detected(paragraph, from)) {
            Span span = d.span();
            if (previous != null && !d.opensPiece() && continues(paragraph, previous, span)) {
                previous = new Span(previous.getStart(), span.getEnd());
                continue;
            }
            if (previous != null) {
                out.add(previous);
            }
            previous = span;
        }
        if (previous != null) {
            out.add(previous);
        }
        return out;
    }

    /** A span the detector found, and whether it opens a piece after a glued join (never merged back). */
    private record Detected(Span span, boolean opensPiece) {}

    /** The detector's spans of {@code paragraph} from {@code from} on, detected piece by piece between glued paragraph joins. */
    private List<Detected> detected(String paragraph, int from) {
        List<Detected> out = new ArrayList<>();
        Matcher glued = GLUED.matcher(paragraph);
        int pieceStart = from;
        while (pieceStart < paragraph.length()) {
            int pieceEnd = nextGlue(glued, paragraph, pieceStart);
            String piece = paragraph.substring(pieceStart, pieceEnd);
            boolean first = true;
            for (Span s : detector.sentPosDetect(piece)) {
                out.add(new Detected(new Span(s.getStart() + pieceStart, s.getEnd() + pieceStart), first));
                first = false;
            }
            pieceStart = pieceEnd;
        }
        return out;
    }

    /** The end of the piece that starts at {@code pieceStart}: the next glued join after it, or the end. */
    private int nextGlue(Matcher glued, String paragraph, int pieceStart) {
        int at = pieceStart;
        while (glued.find(at)) {
            int w = glued.start(1);
            while (w > 0 && (Character.isLetter(paragraph.charAt(w - 1)) || paragraph.charAt(w - 1) == '.')) {
                w--;
            }
            String word = paragraph.substring(w, glued.end(1) + 1);
            boolean inAddress = w > 0 && "/@#".indexOf(paragraph.charAt(w - 1)) >= 0;
            if (!inAddress && !abbreviations.beforeNames().contains(word) && !abbreviations.inside().contains(word)) {
                return glued.end();
            }
            at = glued.end();
        }
        return paragraph.length();
    }

    /** Whether the detector's break between two spans is wrong: the second continues the first. */
    private boolean continues(String text, Span first, Span second) {
        String next = text.substring(second.getStart(), second.getEnd());
        int k = 0;
        while (k < next.length() && "\"“‘'([".indexOf(next.charAt(k)) >= 0) {
            k++;
        }
        if (k == next.length()) {
            return false;
        }
        char c = next.charAt(k);
        if (Character.isLowerCase(c)) {
            return true; // "…$103.5 | million", "…8 a.m. | he said"
        }
        Matcher m = LAST_WORD.matcher(text.substring(first.getStart(), first.getEnd()));
        if (!m.find()) {
            return false;
        }
        String word = stripOpening(m.group(1));
        if (abbreviations.beforeNames().contains(word) || abbreviations.inside().contains(word)) {
            return Character.isUpperCase(c) || Character.isDigit(c);
        }
        if (abbreviations.beforeNumbers().contains(word)) {
            return Character.isDigit(c);
        }
        if (INITIAL.matcher(word).matches() && Character.isUpperCase(c)) {
            // "Siri R. Svendsen", "George W. Bush": a capitalised word, an initial, a capitalised word.
            String before = text.substring(first.getStart(), first.getEnd() - m.group(1).length()).stripTrailing();
            Matcher b = LAST_WORD.matcher(before);
            return b.find() && Character.isUpperCase(stripOpening(b.group(1)).isEmpty() ? 'x' : stripOpening(b.group(1)).charAt(0));
        }
        return false;
    }

    private static String stripOpening(String w) {
        int k = 0;
        while (k < w.length() && "\"“‘'([".indexOf(w.charAt(k)) >= 0) {
            k++;
        }
        return w.substring(k);
    }
}
