package io.claimwatch.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.nlp.extract.ExtractedPage;
import io.claimwatch.nlp.extract.PageExtractor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Validates a raw article record against the input contract. Never throws: every record becomes
 * either an {@link Article} or a {@link DeadLetter} with a reason code and a message that says what
 * was wrong and how to fix it.
 */
public final class ArticleParser {

    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String[] REQUIRED = {"source"};
    /** Optional for every record (url) or for html records whose page metadata gives them (title, published_at). */
    private static final String[] OPTIONAL_STRINGS = {"url", "title", "published_at", "language", "text", "html"};
    private static final PageExtractor EXTRACTOR = new PageExtractor();

    private final InputLimits limits;
    private final Clock clock;

    /** The default limits with this record size (tools and tests). */
    public ArticleParser(int maxBytes) {
        this(InputLimits.DEFAULTS.withMaxArticleBytes(maxBytes), Clock.systemUTC());
    }

    /** @param clock what "now" is when a publication date is checked against the future */
    public ArticleParser(InputLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public ParseResult parse(RawRecord raw) {
        try {
            return parseChecked(raw);
        } catch (RuntimeException e) {
            // A bug here must not become a poison record: it is dead-lettered like any other failure.
            return ParseResult.rejected(ReasonCode.PROCESSING_ERROR, "parser failed: " + e, raw);
        }
    }

    private ParseResult parseChecked(RawRecord raw) {
        byte[] bytes = raw.value();
        if (bytes == null || bytes.length == 0) {
            return ParseResult.rejected(ReasonCode.NOT_JSON, "empty record: expected a JSON article object", raw);
        }
        if (bytes.length > limits.maxArticleBytes()) {
            return ParseResult.rejected(ReasonCode.TOO_LARGE, "record is " + bytes.length
                    + " bytes, over the limit of " + limits.maxArticleBytes() + " (pipeline.max-article-bytes): split the "
                    + "article or raise the limit", raw);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return ParseResult.rejected(ReasonCode.BAD_ENCODING, "record is not valid UTF-8: send JSON encoded as UTF-8", raw);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return ParseResult.rejected(ReasonCode.NOT_JSON, "not valid JSON" + where + ": " + e.getOriginalMessage(), raw);
        }
        if (root == null || root.isMissingNode()) {
            return ParseResult.rejected(ReasonCode.NOT_JSON, "no JSON value in record", raw);
        }
        if (!root.isObject()) {
            return ParseResult.rejected(ReasonCode.NOT_OBJECT, "expected a JSON object with url, source, title, "
                    + "published_at and text or html, got a JSON " + root.getNodeType().name().toLowerCase(), raw);
        }
        JsonNode idNode = root.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
            return badType("id", "a string or an integer", idNode, raw);
        }
        for (String field : REQUIRED) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
                return ParseResult.rejected(ReasonCode.MISSING_FIELD, "required field '" + field + "' is missing or empty", raw);
            }
            if (!node.isTextual()) {
                return badType(field, "a string", node, raw);
            }
        }
        for (String field : OPTIONAL_STRINGS) {
            JsonNode node = root.get(field);
            if (node != null && !node.isNull() && !node.isTextual()) {
                return badType(field, "a string", node, raw);
            }
        }
        String url = nonBlank(textOf(root, "url"));
        String title = nonBlank(textOf(root, "title"));
        String publishedText = nonBlank(textOf(root, "published_at"));
        Long published = null;
        if (publishedText != null) {
            published = parseDate(publishedText);
            if (published == null) {
                return ParseResult.rejected(ReasonCode.BAD_DATE, "published_at '" + abbreviate(publishedText)
                        + "' is not an ISO-8601 date or date-time (e.g. 2024-03-01T09:30:00Z)", raw);
            }
        }
        String text = textOf(root, "text");
        boolean fromHtml = false;
        if (text == null || text.isBlank()) {
            String html = textOf(root, "html");
            if (html != null && !html.isBlank()) {
                // The page's article and metadata: what the record leaves out, the page may say.
                ExtractedPage page = EXTRACTOR.extract(html, url);
                text = page.body();
                fromHtml = true;
                title = title != null ? title : page.title();
                if (published == null && page.published() != null) {
                    published = page.published().toEpochMilli();
                }
                url = url != null ? url : page.canonicalUrl();
            }
        }
        if (text == null || text.isBlank()) {
            return ParseResult.rejected(ReasonCode.NO_TEXT, fromHtml
                    ? "no article text found in 'html': the page has no main content (send the article page, or 'text')"
                    : "the article has no text: give a non-empty 'text' or 'html' field", raw);
        }
        if (title == null) {
            return ParseResult.rejected(ReasonCode.MISSING_FIELD, fromHtml
                    ? "required field 'title' is missing or empty and the page gives none (no <title>, og:title or JSON-LD headline)"
                    : "required field 'title' is missing or empty", raw);
        }
        if (published == null) {
            return ParseResult.rejected(ReasonCode.MISSING_FIELD, fromHtml
                    ? "required field 'published_at' is missing or empty and the page gives none (no JSON-LD datePublished, "
                            + "article:published_time or <time datetime>)"
                    : "required field 'published_at' is missing or empty", raw);
        }
        String source = root.get("source").asText().strip();
        String language = textOf(root, "language");
        ParseResult tooLong = checkLengths(raw, new String[] {url, source, title, language});
        if (tooLong != null) {
            return tooLong;
        }
        String outOfRange = checkDateRange(published);
        if (outOfRange != null) {
            return ParseResult.rejected(ReasonCode.BAD_DATE, "published_at '" + (publishedText == null
                    ? RecordJson.iso(published) + "' (from the page)" : abbreviate(publishedText) + "'") + " " + outOfRange, raw);
        }
        String givenId = idNode == null || idNode.isNull() ? null : idNode.asText().strip();
        String id = ArticleIds.articleId(givenId, url, text);
        // An id Elasticsearch would refuse (with the statement offset it must stay under 512 bytes)
        // becomes a hash of itself; the id as given is kept beside it.
        String originalId = null;
        if (utf8Length(id) > limits.maxIdBytes()) {
            originalId = id;
            id = ArticleIds.hash(id);
        }
        return ParseResult.ok(new Article(id, url, source, title, published, language, text, fromHtml, raw, originalId));
    }

    /** Fields longer than an index can hold (keyword terms) or than any real value of them. */
    private ParseResult checkLengths(RawRecord raw, String[] values) {
        int[] bounds = {limits.maxUrlChars(), limits.maxSourceChars(), limits.maxTitleChars(), InputLimits.MAX_LANGUAGE_CHARS};
        String[] fields = {"url", "source", "title", "language"};
        String[] settings = {"pipeline.input.max-url-chars", "pipeline.input.max-source-chars", "pipeline.input.max-title-chars",
            "a language tag such as en or pt-BR"};
        for (int i = 0; i < fields.length; i++) {
            String value = values[i];
            if (value != null && value.strip().length() > bounds[i]) {
                return ParseResult.rejected(ReasonCode.FIELD_TOO_LONG, "field '" + fields[i] + "' has " + value.strip().length()
                        + " characters, over the limit of " + bounds[i] + " (" + settings[i] + "): '"
                        + abbreviate(value.strip()) + "'", raw);
            }
        }
        return null;
    }

    /** Null when the date is one the index can store and the stream can use as event time. */
    private String checkDateRange(long millis) {
        int year = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).getYear();
        if (year < InputLimits.MIN_YEAR || year > InputLimits.MAX_YEAR) {
            return "is outside the years " + InputLimits.MIN_YEAR + "-" + InputLimits.MAX_YEAR + " that Elasticsearch dates hold";
        }
        Instant latest = clock.instant().plus(Duration.ofHours(limits.maxFutureHours()));
        if (Instant.ofEpochMilli(millis).isAfter(latest)) {
            return "is more than " + limits.maxFutureHours() + " h in the future (after " + latest
                    + "; pipeline.input.max-future-hours): a wrong date would make every later article late for linking";
        }
        return null;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ParseResult badType(String field, String expected, JsonNode node, RawRecord raw) {
        return ParseResult.rejected(ReasonCode.BAD_FIELD_TYPE, "field '" + field + "' must be " + expected
                + ", got a JSON " + node.getNodeType().name().toLowerCase(), raw);
    }

    private static String textOf(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** ISO-8601 with offset, with Z, without zone (taken as UTC) or a bare date. */
    public static Long parseDate(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
