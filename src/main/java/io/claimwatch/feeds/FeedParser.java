package io.claimwatch.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Reads a feed document with ROME: RSS 0.90, 0.91, 0.92, 0.93, 0.94, 1.0 and 2.0, Atom 0.3 and 1.0,
 * into {@link FeedItem}s. The character set comes from the document and the Content-Type as XML
 * says (ROME's {@link XmlReader}). A DOCTYPE is accepted (RSS 0.91 from Netscape has one) while
 * external entities and DTDs are never loaded and entities are not expanded (ROME's settings), so a
 * feed cannot make the follower read files or other addresses. What is not a feed is a
 * {@link FeedProblem} that says why.
 */
public final class FeedParser {

    private FeedParser() {}

    public static ParsedFeed parse(byte[] body, String contentType, URI feedUrl) throws FeedProblem {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
            throw new FeedProblem("not a well-formed feed" + where + ": " + rootMessage(e) + hint(contentType));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedProblem("not an RSS or Atom feed: " + rootMessage(e) + hint(contentType));
        } catch (IOException e) {
            throw new FeedProblem("its character encoding cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new FeedProblem("the feed parser failed on it: " + e);
        }
        List<FeedItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            items.add(new FeedItem(blankToNull(e.getUri()), link(e, feedUrl), plain(e.getTitle()), published(e), i));
        }
        return new ParsedFeed(feed.getFeedType(), plain(feed.getTitle()), blankToNull(feed.getLanguage()), items);
    }

    private static String hint(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")
                ? " (the address answers with a web page, " + contentType.split(";")[0].strip() + ", not a feed)"
                : "";
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    /** The item's page: its link, else an alternate link (Atom), resolved against the feed's URL. */
    private static String link(SyndEntry e, URI feedUrl) {
        String link = blankToNull(e.getLink());
        if (link == null && e.getLinks() != null) {
            for (SyndLink l : e.getLinks()) {
                if ((l.getRel() == null || "alternate".equals(l.getRel())) && blankToNull(l.getHref()) != null) {
                    link = l.getHref().strip();
                    break;
                }
            }
        }
        if (link == null) {
            return null;
        }
        try {
            URI u = new URI(link.replace(" ", "%20"));
            return u.isAbsolute() ? u.toString() : feedUrl.resolve(u).toString();
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return link; // reported as a bad link when the page is fetched
        }
    }

    private static Instant published(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant();
    }

    /** Titles may carry markup and entities (Atom type="html", escaped RSS): plain text only. */
    static String plain(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String text = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        text = text.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
