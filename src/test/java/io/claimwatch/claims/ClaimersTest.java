package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimersTest {

    private static final List<String> ISW = List.of("institute-for-the-study-of-war");

    @Test
    void aSourceDescribedByTheBodyItSpeaksFromIsThatBody() {
        assertTrue(Claimers.same(List.of(), "analysts from the Institute for the Study of War", ISW, "Institute for the Study of War"));
        assertTrue(Claimers.same(ISW, "Institute for the Study of War", List.of(), "experts at the Institute for the Study of War"));
    }

    @Test
    void anotherPhraseOrAnotherBodyIsNot() {
        assertFalse(Claimers.same(List.of(), "analysts in Kyiv", ISW, "Institute for the Study of War"));
        assertFalse(Claimers.same(List.of(), "the Institute for the Study of War's critics in Moscow", ISW,
                "Institute for the Study of War"));
        assertFalse(Claimers.same(List.of("russia"), "Russia", ISW, "Institute for the Study of War"));
        assertTrue(Claimers.same(List.of(), "the ministry", List.of(), "The Ministry"));
    }
}
