package io.claimwatch.model;

import java.util.List;

/**
 * The paragraphs of an article that are worth analysing, as spans of the original text, plus what
 * was removed. Offsets always refer to the original text, never to a rewritten copy.
 */
public record CleanedText(List<TextSpan> paragraphs, List<RemovedSpan> removed) {

    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    /** The kept paragraphs joined by blank lines: what fingerprints and search see. */
    public String keptText(String original) {
        StringBuilder out = new StringBuilder();
        for (TextSpan p : paragraphs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(original, p.start(), p.end());
        }
        return out.toString();
    }
}
