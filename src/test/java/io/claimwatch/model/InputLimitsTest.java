package io.claimwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The bounds the parser applies where a record enters, so that no later step or sink refuses it. */
class InputLimitsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final ArticleParser parser = new ArticleParser(InputLimits.DEFAULTS, NOW);

    private ParseResult parse(String json) {
        return parser.parse(new RawRecord("t", 0, 3, 0, null, json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String article(String id, String url, String title, String source, String published) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"url\":\"" + url + "\",\"source\":\"" + source + "\",\"title\":\""
                + title + "\",\"published_at\":\"" + published + "\",\"text\":\"Officials said the bridge reopened.\"}";
    }

    @Test
    void anIdTooLongForTheIndexIsReplacedByItsHashAndKept() {
        String longId = "story-" + "é".repeat(300); // 606 bytes in UTF-8
        ParseResult r = parse(article(longId, "https://a.example/1", "T", "Wire", "2026-02-28"));
        assertTrue(r.isOk());
        assertEquals(ArticleIds.hash(longId), r.article().id());
        assertEquals(longId, r.article().originalId());
        // Statement ids add ":offset"; they stay far below Elasticsearch's 512 bytes.
        assertTrue(StatementRef.globalId(r.article().id(), 123456).getBytes(StandardCharsets.UTF_8).length < 512);
    }

    @Test
    void anIdWithinTheLimitIsKeptAsGiven() {
        ParseResult r = parse(article("a".repeat(256), "https://a.example/1", "T", "Wire", "2026-02-28"));
        assertEquals("a".repeat(256), r.article().id());
        assertNull(r.article().originalId());
    }

    @Test
    void fieldsLongerThanTheirLimitAreDeadLetteredNamingTheField() {
        String base = "https://a.example/";
        ParseResult url = parse(article(null, base + "x".repeat(5000), "T", "Wire", "2026-02-28"));
        assertEquals(ReasonCode.FIELD_TOO_LONG, url.deadLetter().reason());
        assertTrue(url.deadLetter().message().contains("'url'") && url.deadLetter().message().contains("4096"), url.deadLetter().message());
        assertTrue(url.deadLetter().message().length() < 400, "the message quotes the value abbreviated");
        assertEquals(ReasonCode.FIELD_TOO_LONG, parse(article(null, base, "T".repeat(1001), "Wire", "2026-02-28")).deadLetter().reason());
        assertEquals(ReasonCode.FIELD_TOO_LONG, parse(article(null, base, "T", "W".repeat(201), "2026-02-28")).deadLetter().reason());
    }

    @Test
    void datesAnIndexCannotHoldOrFarInTheFutureAreBadDates() {
        for (String date : new String[] {"+999999-01-01T00:00:00Z", "0999-12-31", "2026-03-05T00:00:00Z"}) {
            ParseResult r = parse(article(null, "https://a.example/1", "T", "Wire", date));
            assertFalse(r.isOk(), date);
            assertEquals(ReasonCode.BAD_DATE, r.deadLetter().reason(), date);
        }
        assertTrue(parse(article(null, "https://a.example/1", "T", "Wire", "2026-03-02T23:00:00Z")).isOk(), "within 48 h ahead");
        assertTrue(parse(article(null, "https://a.example/1", "T", "Wire", "1999-01-01")).isOk(), "archives are news too");
        assertTrue(parse(article(null, "https://a.example/1", "T", "Wire", "2026-03-05T00:00:00Z")).deadLetter().message()
                .contains("max-future-hours"));
    }

    @Test
    void aDeadLetterCarriesAnOversizedOriginalCutWithItsSizeAndDigest() {
        byte[] big = ("{\"text\":\"" + "ü".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        DeadLetter d = new DeadLetter(ReasonCode.TOO_LARGE, "too large", new RawRecord("t", 1, 2, 0, null, big));
        JsonNode o = RecordJson.deadLetter(d, 100_000);
        assertTrue(o.get("original_truncated").asBoolean());
        assertEquals(big.length, o.get("original_size").asInt());
        assertEquals(64, o.get("original_sha256").asText().length());
        int kept = o.get("original").asText().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(kept <= RecordJson.TRUNCATED_ORIGINAL_BYTES && kept > RecordJson.TRUNCATED_ORIGINAL_BYTES - 4,
                "cut at a character boundary, not inside a UTF-8 sequence: " + kept);
        assertFalse(o.get("original").asText().contains("\uFFFD"));

        JsonNode whole = RecordJson.deadLetter(new DeadLetter(ReasonCode.NOT_JSON, "x", new RawRecord("t", 1, 2, 0, null, "abc".getBytes())),
                100_000);
        assertEquals("abc", whole.get("original").asText());
        assertFalse(whole.has("original_truncated"));
    }

    @Test
    void limitsThatCannotWorkAreRefused() {
        try {
            new InputLimits(1000, 600, 4096, 1000, 200, 48);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("max-id-bytes"));
            return;
        }
        throw new AssertionError("an id limit above what Elasticsearch accepts was taken");
    }
}
