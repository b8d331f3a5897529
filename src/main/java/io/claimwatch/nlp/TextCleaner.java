package io.claimwatch.nlp;

import io.claimwatch.model.CleanedText;
import io.claimwatch.model.RemovedSpan;
import io.claimwatch.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into paragraphs (one per line) and keeps those worth analysing: page furniture
 * (comment prompts, share buttons, credits), blocks of teaser headlines after "You may also like"
 * and paragraphs the page repeats are left out. Inside a kept paragraph, boilerplate sentences
 * (contributor lines, promos) and photo captions with their credits are cut out too, because scraped
 * text often runs a whole page into one line. Offsets stay those of the original text.
 */
public final class TextCleaner {

    /** A teaser headline is short and does not end like a sentence. */
    private static final int TEASER_MAX_WORDS = 20;

    /** A paragraph this short that ends with a photo credit is a caption as a whole. */
    private static final int CAPTION_PARAGRAPH_CHARS = 600;

    /** A paragraph this short on the line above a credit line is that picture's caption. */
    private static final int CAPTION_LINE_CHARS = 300;

    /** How far before a credit a caption opener ("FILE - ") may stand, in sentences and characters. */
    private static final int CAPTION_MAX_SENTENCES = 4;
    private static final int CAPTION_MAX_CHARS = 1200;

    /**
     * Why a span was cut: a photo caption with its credit, or a byline or contributor line. Both are
     * out of the statements, but the names in them are the article's (the people pictured, who
     * reported it), so the annotator still reads entities there.
     */
    public static final String CAPTION = "caption";
    public static final String BYLINE = "byline";

    private final BoilerplateLexicon lexicon;

    public TextCleaner(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public CleanedText clean(String text) {
        List<TextSpan> kept = new ArrayList<>();
        List<RemovedSpan> removed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inTeaserBlock = false;
        TextSpan previous = null;
        for (TextSpan paragraph : paragraphs(text)) {
            String p = paragraph.of(text);
            if (lexicon.isCredit(p) && previous != null && isCaptionAbove(text, previous, paragraph, kept)) {
                // A credit on the line under a short paragraph: that paragraph is the picture's caption.
                kept.remove(kept.size() - 1);
                removed.add(new RemovedSpan(previous.start(), previous.end(), CAPTION));
            }
            previous = paragraph;
            if (lexicon.opensTeaserBlock(p)) {
                inTeaserBlock = true;
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "boilerplate"));
                continue;
            }
            if (lexicon.isByline(p)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), BYLINE));
                continue;
            }
            if (lexicon.isBoilerplateLine(p)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "boilerplate"));
                continue;
            }
            if (inTeaserBlock && looksLikeTeaser(p)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "teaser"));
                continue;
            }
            inTeaserBlock = false;
            String norm = normalise(p);
            if (norm.length() >= 20 && !seen.add(norm)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "repeated"));
                continue;
            }
            cutInline(text, paragraph, kept, removed);
        }
        removed.sort(java.util.Comparator.comparingInt(RemovedSpan::start));
        return new CleanedText(kept, removed);
    }

    /**
     * The paragraph above a credit line is its caption: kept whole as the last paragraph so far, short,
     * and on the line just above (a caption and its credit are one block; a blank line would separate
     * them as paragraphs of the story).
     */
    private static boolean isCaptionAbove(String text, TextSpan above, TextSpan credit, List<TextSpan> kept) {
        if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(above) || above.end() - above.start() > CAPTION_LINE_CHARS) {
            return false;
        }
        String gap = text.substring(above.end(), credit.start());
        return gap.isBlank() && gap.indexOf('\n') == gap.lastIndexOf('\n') && gap.indexOf('\n') >= 0;
    }

    /** Keeps a paragraph without its captions and boilerplate sentences; what is cut is recorded. */
    private void cutInline(String text, TextSpan paragraph, List<TextSpan> kept, List<RemovedSpan> removed) {
        List<TextSpan> sentences = SentenceBounds.of(text, paragraph.start(), paragraph.end());
        List<RemovedSpan> cuts = new ArrayList<>();
        for (TextSpan c : captions(text, paragraph, sentences)) {
            cuts.add(new RemovedSpan(c.start(), c.end(), CAPTION));
        }
        for (TextSpan s : sentences) {
            String sentence = s.of(text);
            if (lexicon.isByline(sentence)) {
                cuts.add(new RemovedSpan(s.start(), s.end(), BYLINE));
            } else if (lexicon.isBoilerplateSentence(sentence)) {
                cuts.add(new RemovedSpan(s.start(), s.end(), "boilerplate"));
            }
        }
        if (cuts.isEmpty()) {
            kept.add(paragraph);
            return;
        }
        cuts.sort(java.util.Comparator.comparingInt(RemovedSpan::start));
        int pos = paragraph.start();
        for (RemovedSpan cut : cuts) {
            if (cut.end() <= pos) {
                continue;
            }
            int from = Math.max(cut.start(), pos);
            keepPiece(text, pos, from, kept);
            removed.add(new RemovedSpan(from, cut.end(), cut.why()));
            pos = cut.end();
        }
        keepPiece(text, pos, paragraph.end(), kept);
    }

    private static void keepPiece(String text, int start, int end, List<TextSpan> kept) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        boolean hasWord = false;
        for (int i = start; i < end && !hasWord; i++) {
            hasWord = Character.isLetterOrDigit(text.charAt(i));
        }
        if (hasWord) {
            kept.add(new TextSpan(start, end));
        }
    }

    /**
     * Captions closed by a photo credit: the credit, the sentence it ends (or follows), and the
     * sentences back to a caption opener ("FILE - ") when one stands shortly before. A short paragraph
     * that ends with a credit is a caption as a whole.
     */
    private List<TextSpan> captions(String text, TextSpan paragraph, List<TextSpan> sentences) {
        List<TextSpan> out = new ArrayList<>();
        String p = paragraph.of(text);
        int previousEnd = paragraph.start();
        for (java.util.regex.Pattern credit : lexicon.credits()) {
            java.util.regex.Matcher m = credit.matcher(p);
            while (m.find()) {
                int cs = paragraph.start() + m.start();
                int ce = paragraph.start() + m.end();
                if (!closesSentence(text, ce, paragraph.end())) {
                    continue;
                }
                if (ce >= paragraph.end() - 1 && p.length() <= CAPTION_PARAGRAPH_CHARS) {
                    out.add(paragraph);
                    continue;
                }
                int start = captionStart(text, sentences, cs, Math.max(previousEnd, paragraph.start()));
                out.add(new TextSpan(start, ce < paragraph.end() && text.charAt(ce) == '.' ? ce + 1 : ce));
                previousEnd = ce;
            }
        }
        return out;
    }

    /** A credit ends a sentence: the paragraph ends, or a full stop, or a space and a new sentence follow. */
    private static boolean closesSentence(String text, int creditEnd, int paragraphEnd) {
        int i = creditEnd;
        if (i < paragraphEnd && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
        }
        if (i >= paragraphEnd) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < paragraphEnd && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= paragraphEnd || !Character.isLowerCase(text.charAt(i));
    }

    /** Where the caption that a credit at {@code creditStart} closes begins. */
    private int captionStart(String text, List<TextSpan> sentences, int creditStart, int notBefore) {
        int k = -1;
        for (int i = 0; i < sentences.size() && sentences.get(i).start() <= creditStart; i++) {
            k = i;
        }
        if (k < 0) {
            return creditStart;
        }
        // "... 2022. (Jane Doe/AP)": the credit is a sentence of its own and the caption is the one before.
        int caption = isOnlyCreditBefore(text, sentences.get(k), creditStart) ? k - 1 : k;
        if (caption < 0 || sentences.get(caption).end() <= notBefore) {
            return creditStart;
        }
        if (sentences.get(caption).start() < notBefore) {
            // Captions in a row: this one starts where the previous credit ended.
            int start = notBefore;
            while (start < creditStart && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            return start;
        }
        for (int i = caption; i >= Math.max(0, caption - CAPTION_MAX_SENTENCES); i--) {
            TextSpan s = sentences.get(i);
            if (s.start() < notBefore || creditStart - s.start() > CAPTION_MAX_CHARS) {
                break;
            }
            if (lexicon.opensCaption(s.of(text))) {
                return s.start();
            }
        }
        return sentences.get(caption).start();
    }

    /** The sentence begins with the credit itself (nothing but spaces before it in that sentence). */
    private static boolean isOnlyCreditBefore(String text, TextSpan sentence, int creditStart) {
        return text.substring(sentence.start(), creditStart).isBlank();
    }

    /**
     * Where one paragraph ends and the next begins: a line break, or what scrapers leave in its place
     * when they run a page into one line: a run of two or more spaces (the Guardian's pages:
     * "…he said.    Two sisters hold … Photograph: AP   The plight of …"; the end of an embedded post:
     * "… #MTP #IfItsSunday  Cruz's comments came …") or a rule of underscores
     * (the agencies' "___ Follow the AP's coverage …").
     */
    private static final java.util.regex.Pattern PARAGRAPH_BREAK =
            java.util.regex.Pattern.compile("\n|[ \t\u00a0]{2,}|(?<=\\s|^)_{2,}(?=\\s|$)");

    /** Non-blank paragraphs, trimmed, as spans of the original text. */
    static List<TextSpan> paragraphs(String text) {
        List<TextSpan> out = new ArrayList<>();
        java.util.regex.Matcher br = PARAGRAPH_BREAK.matcher(text);
        int i = 0;
        while (i <= text.length()) {
            int lineEnd = br.find(i) ? br.start() : text.length();
            int next = lineEnd < text.length() ? br.end() : text.length() + 1;
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new TextSpan(s, e));
            }
            i = next;
        }
        return out;
    }

    private static boolean looksLikeTeaser(String p) {
        String t = p.strip();
        char last = t.charAt(t.length() - 1);
        boolean endsLikeSentence = last == '.' || last == '"' || last == '”' || last == '!';
        return !endsLikeSentence && t.split("\\s+").length <= TEASER_MAX_WORDS;
    }

    /** Case, punctuation and spacing do not make a paragraph new. */
    static String normalise(String p) {
        StringBuilder b = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
