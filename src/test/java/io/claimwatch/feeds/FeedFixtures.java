package io.claimwatch.feeds;

import java.time.Instant;
import java.util.List;

/** Invented feeds and pages for the follower's tests (no real outlet's text). */
public final class FeedFixtures {

    private FeedFixtures() {}

    /** An article page of about 80 words, with a title and a publication date in its metadata (either may be null). */
    public static String articlePage(String title, Instant published, String topic) {
        String meta = (title == null ? "" : "<title>" + title + " | Harbour Gazette</title>")
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">");
        return "<!doctype html><html><head><meta charset=\"utf-8\">" + meta + "</head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + (title == null ? "" : title) + "</h1>"
                + "<p>The harbour council of Velmora voted on Tuesday to " + topic + ", after a debate that lasted most of the"
                + " afternoon and drew a crowd of fishermen, shop owners and retired sailors to the old customs hall.</p>"
                + "<p>Council member Ilse Varga said the decision would be reviewed in the spring, when the figures for the"
                + " winter season are known. Opponents said they would gather signatures for a referendum before the"
                + " summer, and the mayor promised to publish the full costs next week.</p>"
                + "</article><footer>Copyright Harbour Gazette</footer></body></html>";
    }

    /** An RSS 2.0 channel; each item is {guid or null, link or null, title or null, RFC 822 date or null}. */
    public static String rss2(String title, List<String[]> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://gazette.example/</link><description>News</description><language>en</language>");
        for (String[] i : items) {
            b.append("<item>");
            if (i[0] != null) {
                b.append("<guid isPermaLink=\"false\">").append(i[0]).append("</guid>");
            }
            if (i[1] != null) {
                b.append("<link>").append(i[1]).append("</link>");
            }
            if (i[2] != null) {
                b.append("<title>").append(i[2]).append("</title>");
            }
            if (i[3] != null) {
                b.append("<pubDate>").append(i[3]).append("</pubDate>");
            }
            b.append("<description>A short summary.</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    /** An Atom 1.0 feed; each entry is {id, link, title, ISO date}. */
    public static String atom(String title, List<String[]> entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .append("<title>").append(title).append("</title><id>urn:example:feed</id><updated>2026-03-01T10:00:00Z</updated>");
        for (String[] e : entries) {
            b.append("<entry><id>").append(e[0]).append("</id>");
            if (e[1] != null) {
                b.append("<link rel=\"alternate\" href=\"").append(e[1]).append("\"/>");
            }
            b.append("<title type=\"html\">").append(e[2]).append("</title><updated>").append(e[3]).append("</updated>")
                    .append("<summary>Summary.</summary></entry>");
        }
        return b.append("</feed>").toString();
    }
}
