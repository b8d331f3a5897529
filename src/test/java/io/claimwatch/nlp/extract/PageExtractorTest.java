package io.claimwatch.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small invented pages, each with one kind of furniture around an invented article. */
class PageExtractorTest {

    private final PageExtractor extractor = new PageExtractor();

    private static final String P1 = "The harbour authority of Eastbrook said on Monday that the northern pier would close for "
            + "repairs in March, after inspectors found corrosion in the steel supports under the ferry terminal.";
    private static final String P2 = "Ferries will dock at the southern pier while the work goes on, the authority said, adding that "
            + "timetables would change by about ten minutes and that no sailings would be cancelled.";
    private static final String P3 = "Local traders said the closure came at a bad time, with the spring festival expected to bring "
            + "several thousand visitors to the waterfront over the Easter weekend.";

    private static String article(String inside) {
        return "<p>" + P1 + "</p>" + inside + "<p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    private static List<String> paragraphs(ExtractedPage page) {
        return List.of(page.body().split("\n\n"));
    }

    @Test
    void navigationCommentsRelatedLinksAndACookieBannerAreLeftOut() {
        String html = "<html><head><title>Pier to close | Eastbrook Herald</title></head><body>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all or manage settings.</div>"
                + "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
                + "<main><article><h1>Pier to close</h1>" + article("") + "</article>"
                + "<section class=\"related-stories\"><h2>Related</h2><ul>"
                + "<li><a href=\"/a\">Council approves new budget for the old town market hall</a></li>"
                + "<li><a href=\"/b\">Storm warning issued for the whole coast on Friday night</a></li></ul></section>"
                + "<section id=\"comments\"><h3>3 comments</h3><div class=\"comment\"><p>Finally! This pier has been "
                + "falling apart for years and nobody in the council cared at all about it.</p></div>"
                + "<form><textarea></textarea><button>Post a comment</button></form></section></main>"
                + "<footer><p>© 2026 Eastbrook Herald. All rights reserved.</p></footer></body></html>";
        ExtractedPage page = extractor.extract(html, "https://herald.example/pier");
        assertEquals(List.of(P1, P2, P3), paragraphs(page));
        assertEquals("Pier to close", page.title(), "the outlet's name leaves the <title>");
    }

    @Test
    void captionsCreditsAndShareBarsInsideTheArticleAreLeftOut() {
        String inside = "<figure><img src=\"pier.jpg\" alt=\"\"><figcaption>The northern pier at low tide. "
                + "<span class=\"credit\">Photo: Jane Roe</span></figcaption></figure>"
                + "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">Email</a></div>";
        String html = "<html><body><article>" + article(inside) + "</article></body></html>";
        assertEquals(List.of(P1, P2, P3), paragraphs(extractor.extract(html, null)));
    }

    @Test
    void anArticleSplitOverSeveralContainersIsKeptWhole() {
        String html = "<html><body><div class=\"layout\">"
                + "<div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div class=\"ad-slot\"><p>Advertisement</p></div>"
                + "<div class=\"story-body\"><p>" + P3 + "</p><p>" + P1.replace("Monday", "Tuesday") + "</p></div>"
                + "</div><aside class=\"sidebar\"><p>Most read</p><ul><li><a href=\"/x\">Ten cafes to try</a></li></ul></aside>"
                + "</body></html>";
        String body = extractor.extract(html, "https://herald.example/split").body();
        assertTrue(body.contains(P2) && body.contains(P3) && body.contains("Tuesday"), body);
        assertFalse(body.contains("Advertisement") || body.contains("Ten cafes"), body);
    }

    @Test
    void metadataOnlyInJsonLdGivesTitleDateAndCanonicalUrl() {
        String html = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"Herald\"},"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Pier to close for repairs\","
                + "\"datePublished\":\"2026-02-16T09:15:00+0100\",\"url\":\"/news/pier\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"}]}]}]</script></head>"
                + "<body><article><p>Jane Roe</p>" + article("") + "</article></body></html>";
        ExtractedPage page = extractor.extract(html, "https://herald.example/amp/pier?utm_source=x");
        assertEquals("Pier to close for repairs", page.title());
        assertEquals(Instant.parse("2026-02-16T08:15:00Z"), page.published());
        assertEquals("https://herald.example/news/pier", page.canonicalUrl());
        assertEquals(List.of(P1, P2, P3), paragraphs(page), "the author's name alone is a byline, not body");
    }

    @Test
    void openGraphTimeAndCanonicalLinkAreReadWhenThereIsNoJsonLd() {
        String html = "<html><head><meta property=\"og:title\" content=\"Pier to close\">"
                + "<link rel=\"canonical\" href=\"https://herald.example/pier\"></head><body><article>"
                + "<time datetime=\"2026-02-16 09:15\">16 February</time>" + article("") + "</article></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertEquals("Pier to close", page.title());
        assertEquals(Instant.parse("2026-02-16T09:15:00Z"), page.published(), "no zone is UTC");
        assertEquals("https://herald.example/pier", page.canonicalUrl());
    }

    @Test
    void aPageWithoutMetadataHasNone() {
        ExtractedPage page = extractor.extract("<p>Short note.</p>", null);
        assertNull(page.title());
        assertNull(page.published());
        assertNull(page.canonicalUrl());
        assertEquals("Short note.", page.body(), "too little for an article: the page's own text is kept");
    }

    @Test
    void aPageNestedThousandsOfLevelsDeepIsReadWithoutOverflowingTheStack() {
        String html = "<div>".repeat(20_000) + "<p>" + P1 + "</p><p>" + P2 + "</p>" + "</div>".repeat(20_000);
        assertEquals(List.of(P1, P2), paragraphs(extractor.extract(html, null)));
    }

    @Test
    void dateFormatsOfPageMetadata() {
        assertEquals(Instant.parse("2019-11-20T10:00:00Z"), PageDates.parse("2019-11-20T10:00:00Z"));
        assertEquals(Instant.parse("2019-11-20T10:00:00Z"), PageDates.parse("2019-11-20T11:00:00.000+01:00"));
        assertEquals(Instant.parse("2019-11-20T10:00:00Z"), PageDates.parse("Wed, 20 Nov 2019 10:00:00 GMT"));
        assertEquals(Instant.parse("2019-11-20T00:00:00Z"), PageDates.parse("2019-11-20"));
        assertNull(PageDates.parse("last Tuesday"));
        assertNull(PageDates.parse("20/11/2019"), "day and month order is a guess: no date rather than a wrong one");
    }

    @Test
    void aTitleKeepsADashThatIsPartOfTheHeadline() {
        assertEquals("Pier to close - for now", PageMetadata.withoutSiteName("Pier to close - for now", "Herald"));
        assertEquals("Pier to close", PageMetadata.withoutSiteName("Pier to close - Herald", "Herald"));
        assertEquals("Pier to close", PageMetadata.withoutSiteName("Pier to close – herald.example", null));
    }
}
