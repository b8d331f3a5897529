package io.claimwatch.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameVariantsTest {

    @ParameterizedTest
    @CsvSource({
        "Zelensky, Zelenskyy", "Zelensky, Zelenskiy", "Izium, Izyum", "Izium, Izioum", "Bakhmut, Bakhmout",
        "Balakliia, Balakliïa", "Balakliia, Balakliya", "Kupyansk, Kupiansk", "Prigozhin, Prigojine",
        "Yevgeny, Yevgueni", "Zaporizhzhia, Zaporijjia", "Gerasimov, Guerassimov", "Dvorichna, Dvoritchna", "Bucha, Boutcha",
        "Zaporizhzhia, Zaporizhya", "Kyiv, kyiv", "Kyiv, KYIV", "Defence Ministry, Defense Ministry", "Olexander, Oleksander",
        "Donetsk People's Republic, Donetsk People’s Republic"
    })
    void spellingVariantsShareAKey(String a, String b) {
        assertEquals(NameVariants.key(a), NameVariants.key(b));
    }

    @ParameterizedTest
    @CsvSource({"Zelensky, Zelenska", "Kyiv, Kiev", "Putin, Puting", "Austria, Australia"})
    void differentNamesOrOtherNamesDoNot(String a, String b) {
        // Kiev is another name, not a spelling: the alias table holds it.
        assertNotEquals(NameVariants.key(a), NameVariants.key(b));
    }

    @Test
    void slugsAreReadableAndStable() {
        assertEquals("volodymyr-zelensky", NameVariants.slug("Volodymyr Zelensky"));
        assertEquals("donetsk-peoples-republic", NameVariants.slug("Donetsk People’s Republic"));
        assertEquals("balakliia", NameVariants.slug("Balakliïa"));
    }

    @Test
    void initialsAndAcronyms() {
        assertEquals("US", NameVariants.initials("United States"));
        assertEquals("AFU", NameVariants.initials("Armed Forces of Ukraine"));
        assertEquals("US", NameVariants.acronym("U.S."));
        assertEquals("NATO", NameVariants.acronym("NATO"));
        assertNull(NameVariants.acronym("Nato"));
        assertNull(NameVariants.acronym("A"));
    }
}
