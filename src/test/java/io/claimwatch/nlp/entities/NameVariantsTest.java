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
    void idsKeepEnglishWordsAndGivenNamesAndFoldOnlyRomanisations() {
        java.util.function.Predicate<String> english = java.util.Set.of("international", "monitoring", "mission", "paul", "press",
                "associated", "the")::contains;
        assertEquals("international-monitoring-mission", NameVariants.id("International Monitoring Mission", english));
        assertEquals("the-associated-press", NameVariants.id("The Associated Press", english));
        assertEquals("paul-whelan", NameVariants.id("Paul Whelan", english));
        assertEquals("wnba", NameVariants.id("WNBA", english));
        assertEquals(NameVariants.id("Volodymyr Zelenskyy", english), NameVariants.id("Volodymyr Zelenskiy", english));
        assertEquals(NameVariants.id("Zelensky", english), NameVariants.id("Zelenskyy", english));
        assertEquals(NameVariants.id("Bakhmut", english), NameVariants.id("Bakhmout", english));
        assertEquals(NameVariants.id("Putin", english), NameVariants.id("Poutine", english));
        assertEquals("yoon-suk-yeol", NameVariants.id("Yoon Suk Yeol", english), "a first y stays");
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
