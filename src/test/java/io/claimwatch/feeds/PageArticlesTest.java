package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.InputLimits;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageArticlesTest {

    private final PageArticles pages = new PageArticles(new ArticleParser(InputLimits.DEFAULTS, Clock.systemUTC()), 40);
    private static final URI AT = URI.create("https://gazette.example/news/1");

    private static FetchResponse page(String contentType, byte[] body, Map<String, List<String>> more) {
        Map<String, List<String>> h = new java.util.HashMap<>(more);
        if (contentType != null) {
            h.put("Content-Type", List.of(contentType));
        }
        return new FetchResponse(AT, 200, HttpHeaders.of(h, (a, b) -> true), body);
    }

    @Test
    void theCharsetOfAMetaTagIsUsedWhenTheHeaderNamesNone() throws Exception {
        String html = FeedFixtures.articlePage("Señal del puerto", Instant.parse("2026-03-01T10:00:00Z"), "name the quay after Añez")
                .replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">");
        PageArticles.Result r = pages.build(page("text/html", html.getBytes(Charset.forName("ISO-8859-1")), Map.of()),
                new FeedItem("g", AT.toString(), null, null, 0), "Gazette", null);
        assertTrue(r.ok(), r.refusal());
        JsonNode a = new ObjectMapper().readTree(r.record());
        assertEquals("Señal del puerto", a.get("title").asText());
        assertTrue(a.get("text").asText().contains("Añez"), a.get("text").asText());
        assertFalse(a.has("language"), "no language given");
    }

    @Test
    void theLastModifiedHeaderDatesAPageWhenNothingElseDoes() throws Exception {
        String html = FeedFixtures.articlePage("Undated", null, "repair the lighthouse");
        PageArticles.Result r = pages.build(page("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
                Map.of("Last-Modified", List.of("Sun, 01 Mar 2026 07:00:00 GMT"))), new FeedItem("g", AT.toString(), null, null, 0), "G", "en-GB");
        JsonNode a = new ObjectMapper().readTree(r.record());
        assertEquals("2026-03-01T07:00:00Z", a.get("published_at").asText());
        assertEquals("en-GB", a.get("language").asText());
    }

    @Test
    void aPageWithNoDateAnywhereIsRefusedWithTheReason() {
        String html = FeedFixtures.articlePage("Undated", null, "repair the lighthouse");
        PageArticles.Result r = pages.build(page("text/html", html.getBytes(StandardCharsets.UTF_8), Map.of()),
                new FeedItem("g", AT.toString(), null, null, 0), "G", null);
        assertFalse(r.ok());
        assertTrue(r.refusal().startsWith("no publication date"), r.refusal());
    }

    @Test
    void htmlWithoutAContentTypeIsRecognisedAndAnImageIsNot() {
        String html = FeedFixtures.articlePage("T", Instant.parse("2026-03-01T10:00:00Z"), "paint the ferry");
        assertTrue(pages.build(page(null, html.getBytes(StandardCharsets.UTF_8), Map.of()),
                new FeedItem("g", AT.toString(), null, null, 0), "G", null).ok());
        PageArticles.Result img = pages.build(page(null, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Map.of()),
                new FeedItem("g", AT.toString(), null, null, 0), "G", null);
        assertEquals("not an HTML page (no Content-Type and no HTML in it)", img.refusal());
    }

    @Test
    void aPageDumpTooLargeForTheTopicIsRefusedNotLeftToFailItsTransaction() {
        String html = "<html><head><title>Everything</title></head><body><article><p>"
                + "word ".repeat(250_000) + "</p></article></body></html>";
        PageArticles.Result r = pages.build(page("text/html", html.getBytes(StandardCharsets.UTF_8), Map.of()),
                new FeedItem("g", AT.toString(), "Everything", Instant.parse("2026-03-01T10:00:00Z"), 0), "G", null);
        assertFalse(r.ok());
        assertTrue(r.refusal().startsWith("too large for an article: its record would be "), r.refusal());
    }
}
