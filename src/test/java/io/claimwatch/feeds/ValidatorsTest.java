package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditional requests: what a poll sends back, and what it keeps after each kind of answer. */
class ValidatorsTest {

    private static FetchResponse answer(int status, Map<String, List<String>> headers) {
        return new FetchResponse(URI.create("https://gazette.example/rss"), status, HttpHeaders.of(headers, (a, b) -> true), new byte[0]);
    }

    @Test
    void aFirstPollSendsNoConditionalHeaders() {
        assertTrue(Validators.NONE.requestHeaders().isEmpty());
    }

    @Test
    void theValidatorsOfA200AreSentBackExactlyAsGiven() {
        Validators v = Validators.NONE.after(answer(200, Map.of("ETag", List.of("W/\"abc-12\""),
                "Last-Modified", List.of("Tue, 03 Mar 2026 09:15:00 GMT"))));
        assertEquals(Map.of("If-None-Match", "W/\"abc-12\"", "If-Modified-Since", "Tue, 03 Mar 2026 09:15:00 GMT"), v.requestHeaders());
    }

    @Test
    void a304KeepsWhatItDoesNotRepeatAndTakesWhatItUpdates() {
        Validators before = new Validators("\"v1\"", "Tue, 03 Mar 2026 09:15:00 GMT");
        assertEquals(before, before.after(answer(304, Map.of())), "a bare 304 confirms both");
        Validators updated = before.after(answer(304, Map.of("ETag", List.of("\"v2\""))));
        assertEquals(new Validators("\"v2\"", "Tue, 03 Mar 2026 09:15:00 GMT"), updated);
    }

    @Test
    void a200WithoutValidatorsForgetsTheOldOnes() {
        Validators v = new Validators("\"v1\"", null).after(answer(200, Map.of()));
        assertTrue(v.isEmpty(), "a server that stopped sending an ETag must not get the stale one back");
    }

    @Test
    void aValueWithControlCharactersIsNeverEchoed() {
        Validators v = Validators.of(answer(200, Map.of("ETag", List.of("\"a\u0001b\""))));
        assertNull(v.etag());
    }
}
