package io.claimwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(2048);

    private ParseResult parse(String json) {
        return parser.parse(new RawRecord("t", 0, 7, 0, null, json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String valid(String extra) {
        return "{\"url\":\"https://ex.example/a\",\"source\":\"Ex\",\"title\":\"T\",\"published_at\":\"2026-03-01T10:00:00Z\"" + extra + "}";
    }

    @Test
    void aValidArticleKeepsItsFieldsAndOrigin() {
        ParseResult r = parse(valid(",\"id\":\"a1\",\"language\":\"en\",\"text\":\"Hello world.\""));
        assertTrue(r.isOk());
        assertEquals("a1", r.article().id());
        assertEquals("en", r.article().language());
        assertEquals("Hello world.", r.article().text());
        assertEquals(1772359200000L, r.article().publishedAtMillis());
        assertEquals(7, r.article().origin().offset());
    }

    @Test
    void withoutAnIdTheIdIsAHashOfTheNormalisedUrl() {
        ParseResult a = parse(valid(",\"text\":\"x\"").replace("https://ex.example/a", "https://www.EX.example/a/?utm_source=x"));
        ParseResult b = parse(valid(",\"text\":\"y\""));
        assertEquals(a.article().id(), b.article().id());
    }

    @Test
    void htmlIsReducedToTextWithParagraphs() {
        ParseResult r = parse(valid(",\"html\":\"<p>First <b>para</b>.</p><script>x()</script><p>Second.</p>\""));
        assertTrue(r.isOk());
        assertTrue(r.article().fromHtml());
        assertEquals("First para.\n\nSecond.", r.article().text());
    }

    @Test
    void withoutUrlTheRecordIsKeptWithANullUrlAndAnIdHashedFromItsText() {
        ParseResult a = parse("{\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-03-01\",\"text\":\"Same words.\"}");
        ParseResult b = parse("{\"source\":\"o\",\"title\":\"u\",\"published_at\":\"2026-03-02\",\"text\":\"Same words.\"}");
        assertTrue(a.isOk(), () -> a.deadLetter().message());
        assertEquals(null, a.article().url());
        assertEquals(ArticleIds.hash("Same words."), a.article().id());
        assertEquals(a.article().id(), b.article().id());
        assertTrue(RecordJson.write(RecordJson.MAPPER.createObjectNode().put("url", a.article().url())).contains("null"));
    }

    @Test
    void anHtmlRecordWithoutTitleDateOrUrlTakesThemFromThePageMetadata() {
        String page = "<html><head><script type=\\\"application/ld+json\\\">{\\\"@type\\\":\\\"NewsArticle\\\","
                + "\\\"headline\\\":\\\"Bridge reopens\\\",\\\"datePublished\\\":\\\"2026-02-03T08:30:00+01:00\\\"}</script>"
                + "<link rel=\\\"canonical\\\" href=\\\"https://news.example/bridge\\\"></head><body><article>"
                + "<p>The bridge over the river reopened on Tuesday after two years of repairs, the city said.</p>"
                + "<p>Engineers replaced four of the piers and the whole deck, at a cost the council put at 40 million.</p>"
                + "</article></body></html>";
        ParseResult r = parse("{\"source\":\"s\",\"html\":\"" + page + "\"}");
        assertTrue(r.isOk(), () -> r.deadLetter().message());
        assertEquals("Bridge reopens", r.article().title());
        assertEquals(java.time.Instant.parse("2026-02-03T07:30:00Z").toEpochMilli(), r.article().publishedAtMillis());
        assertEquals("https://news.example/bridge", r.article().url());
        assertEquals(ArticleIds.hash(ArticleIds.normaliseUrl("https://news.example/bridge")), r.article().id());
        assertTrue(r.article().text().startsWith("The bridge over the river reopened"), r.article().text());
    }

    @Test
    void theRecordsOwnTitleAndDateWinOverThePages() {
        String page = "<html><head><title>Page title</title><meta property=\\\"article:published_time\\\" "
                + "content=\\\"2020-01-01T00:00:00Z\\\"></head><body><p>Some article text that is long enough to keep.</p></body></html>";
        ParseResult r = parse(valid(",\"html\":\"" + page + "\""));
        assertTrue(r.isOk(), () -> r.deadLetter().message());
        assertEquals("T", r.article().title());
        assertEquals(1772359200000L, r.article().publishedAtMillis());
        assertEquals("https://ex.example/a", r.article().url());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "not json at all|NOT_JSON",
        "{\"url\": |NOT_JSON",
        "{} {}|NOT_JSON",
        "[1,2]|NOT_OBJECT",
        "\"a string\"|NOT_OBJECT",
        "{\"url\":\"u\",\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-03-01\"}|NO_TEXT",
        "{\"url\":\"u\",\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-03-01\",\"text\":\"  \",\"html\":\"<p> </p>\"}|NO_TEXT",
        "{\"source\":\"s\",\"published_at\":\"2026-03-01\",\"text\":\"x\"}|MISSING_FIELD",
        "{\"source\":\"s\",\"title\":\"t\",\"text\":\"x\"}|MISSING_FIELD",
        "{\"source\":\"s\",\"html\":\"<p>A page that names neither its title nor its date.</p>\"}|MISSING_FIELD",
        "{\"url\":7,\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-03-01\",\"text\":\"x\"}|BAD_FIELD_TYPE",
        "{\"url\":\"u\",\"source\":5,\"title\":\"t\",\"published_at\":\"2026-03-01\",\"text\":\"x\"}|BAD_FIELD_TYPE",
        "{\"url\":\"u\",\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-03-01\",\"text\":[\"x\"]}|BAD_FIELD_TYPE",
        "{\"id\":{\"a\":1},\"url\":\"u\",\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-03-01\",\"text\":\"x\"}|BAD_FIELD_TYPE",
        "{\"url\":\"u\",\"source\":\"s\",\"title\":\"t\",\"published_at\":\"01/03/2026\",\"text\":\"x\"}|BAD_DATE",
        "{\"url\":\"u\",\"source\":\"s\",\"title\":\"t\",\"published_at\":\"2026-13-45T99:00:00Z\",\"text\":\"x\"}|BAD_DATE",
    })
    void badInputIsRejectedWithItsReason(String json, ReasonCode reason) {
        ParseResult r = parse(json);
        assertFalse(r.isOk());
        assertEquals(reason, r.deadLetter().reason(), r.deadLetter().message());
        assertEquals(7, r.deadLetter().origin().offset());
    }

    @Test
    void aRecordOverTheLimitIsTooLarge() {
        ParseResult r = parse(valid(",\"text\":\"" + "x".repeat(3000) + "\""));
        assertEquals(ReasonCode.TOO_LARGE, r.deadLetter().reason());
        assertTrue(r.deadLetter().message().contains("2048"));
    }

    @Test
    void bytesThatAreNotUtf8AreBadEncoding() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        ParseResult r = parser.parse(new RawRecord("t", 0, 1, 0, null, bytes));
        assertEquals(ReasonCode.BAD_ENCODING, r.deadLetter().reason());
        assertTrue(RecordJson.deadLetter(r.deadLetter()).has("original_base64"), "dead letter keeps the bytes as base64");
    }

    @Test
    void anEmptyRecordIsNotJson() {
        assertEquals(ReasonCode.NOT_JSON, parser.parse(new RawRecord("t", 0, 1, 0, null, new byte[0])).deadLetter().reason());
        assertEquals(ReasonCode.NOT_JSON, parser.parse(new RawRecord("t", 0, 1, 0, null, null)).deadLetter().reason());
    }
}
