package io.claimwatch.model;

import java.io.Serializable;

/**
 * Bounds a raw article must respect where it enters, so that no later step and no sink refuses it:
 * Elasticsearch refuses document ids over 512 bytes (a statement id is the article id plus an
 * offset) and keyword terms over 32 KB, and a date it cannot print as a four-digit year. A date far
 * in the future would also drag the event-time watermark ahead and make every later article late.
 */
public record InputLimits(int maxArticleBytes, int maxIdBytes, int maxUrlChars, int maxTitleChars, int maxSourceChars,
        long maxFutureHours) implements Serializable {

    /** The smallest and largest year an ISO-8601 date with four digits can carry. */
    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;
    /** Languages are short tags ("en", "pt-BR"); anything longer is not one. */
    public static final int MAX_LANGUAGE_CHARS = 35;

    public static final InputLimits DEFAULTS = new InputLimits(1024 * 1024, 256, 4096, 1000, 200, 48);

    public InputLimits {
        if (maxArticleBytes <= 0 || maxIdBytes < 40 || maxIdBytes > 480 || maxUrlChars < 100 || maxTitleChars < 10
                || maxSourceChars < 10 || maxFutureHours < 0) {
            throw new IllegalArgumentException("bad input limits " + maxArticleBytes + "/" + maxIdBytes + "/" + maxUrlChars
                    + "/" + maxTitleChars + "/" + maxSourceChars + "/" + maxFutureHours
                    + ": max-id-bytes must be 40..480 (an id is hashed into 32 characters, and statement ids add an offset"
                    + " under Elasticsearch's 512 bytes), lengths positive, max-future-hours not negative");
        }
    }

    public InputLimits withMaxArticleBytes(int bytes) {
        return new InputLimits(bytes, maxIdBytes, maxUrlChars, maxTitleChars, maxSourceChars, maxFutureHours);
    }
}
