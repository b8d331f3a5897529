package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * Makes untrusted text (article text, titles, names, anything read from a topic) safe to print on a
 * terminal. Article text can carry escape sequences that a terminal would obey: move the cursor,
 * rewrite earlier lines, set the window title, ring the bell, or (OSC 52) write the clipboard. Every
 * CLI line that prints such text goes through here.
 */
final class TerminalText {

    /**
     * Escape sequences, whole: CSI (ESC [ or the single character U+009B, parameters, one final
     * character), OSC/DCS/SOS/PM/APC strings (ESC ] P X ^ _ or U+009D U+0090 U+0098 U+009E U+009F, up to
     * BEL or the string terminator ESC \ or U+009C, or to the end when unterminated), and the
     * two-character ESC sequences (ESC and any one character).
     */
    private static final Pattern SEQUENCE = Pattern.compile(
            "(?:\\x1B\\[|\\x{9B})[\\x20-\\x3F]*[\\x40-\\x7E]?"
                    + "|(?:\\x1B[\\]PX^_]|[\\x{9D}\\x{90}\\x{98}\\x{9E}\\x{9F}])[^\\x07\\x1B\\x{9C}]*(?:\\x07|\\x1B\\\\|\\x{9C})?"
                    + "|\\x1B.?",
            Pattern.DOTALL);

    /** Line breaks and tabs: one line per record, so they become spaces. */
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\r\\x0B\\x0C\\x{85}\\x{2028}\\x{2029}]+");

    /**
     * What is left that a terminal could act on: C0 controls, DEL, C1 controls, and the bidirectional
     * overrides and isolates that make a terminal show text in another order than it is.
     */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F\\x{80}-\\x{9F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TerminalText() {}

    /** The text as one printable line: escape sequences and control characters removed, breaks as spaces. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        String s = SEQUENCE.matcher(text).replaceAll("");
        s = BREAKS.matcher(s).replaceAll(" ");
        return CONTROLS.matcher(s).replaceAll("");
    }

    /**
     * The node as one line of JSON that keeps every character (so offsets into its text stay true) but
     * writes the ones a terminal would act on as {@code \}{@code uXXXX} escapes. Jackson already escapes
     * C0 controls; DEL, C1 controls and bidi overrides are valid raw in JSON, so they are escaped here.
     */
    static String json(JsonNode node) {
        String s;
        try {
            s = JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var m = CONTROLS.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append(String.format("\\u%04x", (int) m.group().charAt(0)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
