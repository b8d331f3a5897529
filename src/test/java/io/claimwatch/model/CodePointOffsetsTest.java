package io.claimwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    @Test
    void aTextWithoutSupplementaryCharactersKeepsItsOffsets() {
        CodePointOffsets at = CodePointOffsets.of("Kyiv said — “no”.");
        assertEquals(0, at.at(0));
        assertEquals(12, at.at(12));
    }

    @Test
    void eachCharacterOutsideTheBasicPlaneCountsOnceAfterIt() {
        String text = "\uD83C\uDDFA\uD83C\uDDE6 Kyiv \uD83D\uDD17 Moscow";
        CodePointOffsets at = CodePointOffsets.of(text);
        int kyiv = text.indexOf("Kyiv");
        int moscow = text.indexOf("Moscow");
        assertEquals(3, at.at(kyiv), "a flag is two characters, four units");
        assertEquals(10, at.at(moscow));
        assertEquals(text.codePointCount(0, text.length()), at.at(text.length()));
        assertEquals("Moscow", new String(text.codePoints().toArray(), at.at(moscow), 6));
    }
}
