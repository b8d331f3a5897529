package io.claimwatch.feeds;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI FEED = URI.create("https://gazette.example/feeds/world.xml");

    private static ParsedFeed parse(String xml) throws FeedProblem {
        return FeedParser.parse(xml.getBytes(UTF_8), "application/xml", FEED);
    }

    @Test
    void rss2ItemsKeepGuidLinkTitleAndDate() throws Exception {
        ParsedFeed f = parse(FeedFixtures.rss2("Gazette", List.of(
                new String[] {"g-1", "https://gazette.example/a1", "Council &amp; &lt;b&gt;port&lt;/b&gt; vote", "Tue, 03 Mar 2026 09:15:00 GMT"},
                new String[] {null, "/a2", "Relative link", null})));
        assertEquals("rss_2.0", f.type());
        assertEquals("Gazette", f.title());
        assertEquals("en", f.language());
        FeedItem a = f.items().get(0);
        assertEquals("g-1", a.guid());
        assertEquals("https://gazette.example/a1", a.link());
        assertEquals("Council & port vote", a.title(), "entities decoded and markup removed");
        assertEquals(Instant.parse("2026-03-03T09:15:00Z"), a.published());
        FeedItem b = f.items().get(1);
        assertEquals("https://gazette.example/a2", b.link(), "a relative link is resolved against the feed's URL");
        assertEquals(1, b.position());
    }

    @Test
    void rss091WithTheNetscapeDoctypeIsRead() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Old</title>"
                + "<link>https://old.example/</link><description>d</description><language>en-us</language>"
                + "<item><title>First</title><link>https://old.example/1</link></item></channel></rss>";
        ParsedFeed f = parse(xml);
        assertTrue(f.type().startsWith("rss_0.91"), f.type());
        assertEquals("https://old.example/1", f.items().get(0).link());
        assertEquals("https://old.example/1", ItemKeys.itemId(f.items().get(0)), "without a guid the link is the item's id");
    }

    @Test
    void rss092AndRss10AreRead() throws Exception {
        String rss092 = "<?xml version=\"1.0\"?><rss version=\"0.92\"><channel><title>T</title><link>https://a.example/</link>"
                + "<description>d</description><item><title>One</title><link>https://a.example/one</link></item></channel></rss>";
        assertEquals("https://a.example/one", parse(rss092).items().get(0).link());
        String rss10 = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://b.example/rss\"><title>B</title><link>https://b.example/</link><description>d</description>"
                + "<items><rdf:Seq><rdf:li rdf:resource=\"https://b.example/x\"/></rdf:Seq></items></channel>"
                + "<item rdf:about=\"https://b.example/x\"><title>X</title><link>https://b.example/x</link>"
                + "<dc:date>2026-03-02T08:00:00Z</dc:date></item></rdf:RDF>";
        ParsedFeed f = parse(rss10);
        assertEquals("rss_1.0", f.type());
        assertEquals("https://b.example/x", f.items().get(0).guid());
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), f.items().get(0).published());
    }

    @Test
    void atom10AndAtom03AreRead() throws Exception {
        ParsedFeed f = parse(FeedFixtures.atom("Atom Gazette", List.<String[]>of(
                new String[] {"urn:x:1", "https://gazette.example/b1", "Bridge &lt;em&gt;reopens&lt;/em&gt;", "2026-03-01T12:00:00Z"})));
        assertEquals("atom_1.0", f.type());
        FeedItem e = f.items().get(0);
        assertEquals("urn:x:1", e.guid());
        assertEquals("https://gazette.example/b1", e.link());
        assertEquals("Bridge reopens", e.title());
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), e.published());
        String atom03 = "<?xml version=\"1.0\"?><feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>Old atom</title>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"https://c.example/\"/><modified>2026-03-01T00:00:00Z</modified>"
                + "<entry><title>E</title><link rel=\"alternate\" type=\"text/html\" href=\"https://c.example/e\"/><id>tag:c,2026:e</id>"
                + "<issued>2026-03-01T00:00:00Z</issued><modified>2026-03-01T00:00:00Z</modified></entry></feed>";
        ParsedFeed old = parse(atom03);
        assertEquals("atom_0.3", old.type());
        assertEquals("https://c.example/e", old.items().get(0).link());
    }

    @Test
    void theCharsetComesFromTheDocument() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Café</title>"
                + "<link>https://d.example/</link><description>d</description><item><title>Señora</title><link>https://d.example/1</link>"
                + "</item></channel></rss>";
        ParsedFeed f = FeedParser.parse(xml.getBytes(ISO_8859_1), "text/xml", FEED);
        assertEquals("Señora", f.items().get(0).title());
    }

    @Test
    void malformedXmlIsAProblemThatSaysWhere() {
        FeedProblem p = assertThrows(FeedProblem.class, () -> parse("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>x</titl>"));
        assertTrue(p.getMessage().startsWith("not a well-formed feed at line 3"), p.getMessage());
    }

    @Test
    void aWebPageIsNotAFeedAndTheReasonSaysSo() {
        FeedProblem p = assertThrows(FeedProblem.class, () -> FeedParser.parse(
                "<html><head><title>Home</title></head><body><p>Hello</p></body></html>".getBytes(UTF_8), "text/html; charset=utf-8", FEED));
        assertTrue(p.getMessage().contains("web page, text/html, not a feed"), p.getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel>"
                + "<title>T</title><link>https://e.example/</link><description>d</description><item><title>a&x;b</title>"
                + "<link>https://e.example/1</link></item></channel></rss>";
        ParsedFeed f;
        try {
            f = parse(xml);
        } catch (FeedProblem refused) {
            return; // refusing the document is as safe as not expanding the entity
        }
        String title = f.items().get(0).title();
        assertTrue(title == null || !title.contains("root:"), "the file's content is not in the title: " + title);
    }
}
