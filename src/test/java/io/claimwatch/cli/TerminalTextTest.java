package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Text from articles reaches a terminal without any sequence the terminal would obey. */
class TerminalTextTest {

    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";

    private static void assertPrintable(String s) {
        for (char c : s.toCharArray()) {
            assertTrue(c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f), "control character U+" + Integer.toHexString(c) + " in: " + s);
        }
    }

    @Test
    void csiSequencesGoWholeNotJustTheirEscape() {
        String s = TerminalText.line("Mayor " + ESC + "[2J" + ESC + "[1;31mOkafor" + ESC + "[0m said " + ESC + "[?25l" + "it");
        assertEquals("Mayor Okafor said it", s);
        assertEquals("a b", TerminalText.line("a \u009b31mb"), "the one-character C1 CSI too");
    }

    @Test
    void oscSequencesEndingInBelOrStringTerminatorGoWhole() {
        assertEquals("before after", TerminalText.line("before " + ESC + "]0;owned title" + BEL + "after"));
        assertEquals("x y", TerminalText.line("x " + ESC + "]52;c;ZWNobyBoaQ==" + ESC + "\\y"), "OSC 52 (clipboard write)");
        assertEquals("link", TerminalText.line(ESC + "]8;;https://evil.example" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\"));
        assertEquals("t ", TerminalText.line("t " + ESC + "]2;unterminated title to the end"));
        assertEquals("d", TerminalText.line(ESC + "P1$r" + ESC + "\\d"), "DCS");
    }

    @Test
    void belAndOtherControlsGoAndBreaksBecomeSpaces() {
        String s = TerminalText.line("ring" + BEL + BEL + " back\u0008\u0008\u0008space\ttab\r\nnew\u007fline" + ESC + "c" + "\u202eevil\u202c");
        assertEquals("ring backspace tab newlineevil", s);
        assertPrintable(s);
        assertEquals("", TerminalText.line(null));
        assertEquals("Zelenskyy’s “plan” — 40 %, Київ", TerminalText.line("Zelenskyy’s “plan” — 40 %, Київ"), "ordinary text is kept");
    }

    @Test
    void jsonKeepsEveryCharacterButEscapesTheDangerousOnes() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String text = "a" + ESC + "[31mb\u009b2Jc\u007fd\u202ee" + BEL;
        JsonNode node = m.createObjectNode().put("text", text).put("name", "Київ");
        String line = TerminalText.json(node);
        assertPrintable(line);
        assertFalse(line.contains("\n"));
        assertTrue(line.contains("Київ"), "non-ASCII letters stay readable: " + line);
        assertEquals(text, m.readTree(line).get("text").asText(), "the text is the same once parsed, so offsets stay true");
    }
}
