package io.claimwatch.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.ParseResult;
import io.claimwatch.model.RawRecord;
import io.claimwatch.nlp.extract.ExtractedPage;
import io.claimwatch.nlp.extract.PageExtractor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an item's fetched page into an article record for the articles topic, or says why it is
 * none. The page's article is extracted here, by the project's extractor ({@link PageExtractor}, the
 * same one the job uses for {@code html} records), and the record carries the extracted {@code text}:
 * a page is typically 50-500 KB of markup around 3-10 KB of article, so the topic holds a tenth or
 * less, no real page exceeds the record limit, and a page that holds no article is reported here,
 * against its feed and item, instead of becoming a dead letter downstream. {@code url}, {@code source},
 * {@code title} and {@code published_at} come from the feed; the page's metadata (then its
 * Last-Modified header, for the date) fills what the feed leaves out. The record is checked with the
 * job's own parser and limits before it is sent.
 */
public final class PageArticles {

    /** Built, or refused with a reason. */
    public record Result(byte[] record, String url, String refusal) {
        static Result refused(String reason) {
            return new Result(null, null, reason);
        }

        public boolean ok() {
            return record != null;
        }
    }

    /**
     * The largest record sent: the articles topic sets no max.message.bytes, so the broker's default
     * (1,048,588 bytes for a batch) applies, and a record the broker refuses would fail its item's
     * transaction at every poll. No article comes near it; a page dump might.
     */
    static final int MAX_RECORD_BYTES = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PageExtractor EXTRACTOR = new PageExtractor();
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    private final ArticleParser validator;
    private final int minWords;

    public PageArticles(ArticleParser validator, int minWords) {
        this.validator = validator;
        this.minWords = minWords;
    }

    /**
     * @param source the outlet name for {@code source}
     * @param language the feed's language, or null
     */
    public Result build(FetchResponse page, FeedItem item, String source, String language) {
        String type = page.mediaType();
        boolean html = type == null ? looksLikeHtml(page.body())
                : type.equals("text/html") || type.equals("application/xhtml+xml");
        if (!html) {
            return Result.refused("not an HTML page (" + (type == null ? "no Content-Type and no HTML in it" : "Content-Type " + type) + ")");
        }
        String url = page.uri().toString();
        ExtractedPage extracted = EXTRACTOR.extract(decode(page), url);
        int words = words(extracted.body());
        if (words < minWords) {
            return Result.refused("not an article: " + words + " words of article text on the page (fewer than "
                    + minWords + ", fetch.min-article-words)");
        }
        String title = item.title() != null ? item.title() : extracted.title();
        Instant published = item.published() != null ? item.published()
                : extracted.published() != null ? extracted.published() : httpDate(page.header("Last-Modified"));
        if (title == null) {
            return Result.refused("no title: the feed gives none and the page has no <title>, og:title or JSON-LD headline");
        }
        if (published == null) {
            return Result.refused("no publication date: the feed gives none, nor the page's metadata or Last-Modified header");
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("url", url);
        o.put("source", source);
        o.put("title", title);
        o.put("published_at", published.toString());
        if (language != null && LANGUAGE.matcher(language).matches()) {
            o.put("language", language);
        }
        o.put("text", extracted.body());
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(o);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (bytes.length > MAX_RECORD_BYTES) {
            return Result.refused("too large for an article: its record would be " + bytes.length + " bytes (" + words
                    + " words), over the " + MAX_RECORD_BYTES + " the articles topic takes");
        }
        ParseResult checked = validator.parse(RawRecord.ofValue("feeds", bytes));
        if (!checked.isOk()) {
            return Result.refused("refused by the input contract (" + checked.deadLetter().reason() + "): "
                    + checked.deadLetter().message());
        }
        return new Result(bytes, url, null);
    }

    /** The page as text: the Content-Type's charset, else a BOM, else a {@code <meta charset>}, else UTF-8. */
    static String decode(FetchResponse page) {
        byte[] b = page.body();
        Charset cs = charset(page.charset());
        int skip = 0;
        if (cs == null) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                cs = StandardCharsets.UTF_8;
                skip = 3;
            } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            } else {
                Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1));
                cs = m.find() ? charset(m.group(1)) : null;
            }
        }
        return new String(b, skip, b.length - skip, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }

    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int words(String s) {
        return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
