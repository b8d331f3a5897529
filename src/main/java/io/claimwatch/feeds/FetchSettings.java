package io.claimwatch.feeds;

import java.time.Duration;

/**
 * How the follower behaves on the web: who it says it is, how patient and how polite it is, and
 * how much it accepts. Read from the {@code fetch:} section of {@code config/feeds.yaml}.
 *
 * @param userAgent      the User-Agent header; its first word (lower-cased, up to '/') is the name
 *                       matched against robots.txt groups
 * @param hostInterval   at least this long between two requests to one host (a robots.txt
 *                       Crawl-delay that asks for more wins, up to {@code maxCrawlDelay})
 * @param maxCrawlDelay  a host whose robots.txt asks for a longer delay is not crawled at all
 * @param connectTimeout to open a connection
 * @param responseTimeout from sending a request until the response headers arrive
 * @param totalTimeout   for a whole request, body included (a server that trickles is cut off)
 * @param maxFeedBytes   a larger feed is refused (read up to this many bytes, never more)
 * @param maxPageBytes   a larger page is refused
 * @param maxRedirects   redirects followed per request
 * @param maxAttempts    tries per item when its page fails for a reason that may pass (time-out,
 *                       5xx, connection); then it is given up and reported
 * @param minArticleWords a page whose extracted article has fewer words is not an article
 * @param maxItemsPerPoll new items handled per poll of one feed; the rest wait for the next poll
 * @param workers        feeds polled at the same time
 */
public record FetchSettings(String userAgent, Duration hostInterval, Duration maxCrawlDelay, Duration connectTimeout,
        Duration responseTimeout, Duration totalTimeout, long maxFeedBytes, long maxPageBytes, int maxRedirects,
        int maxAttempts, int minArticleWords, int maxItemsPerPoll, int workers) {

    public static final String DEFAULT_USER_AGENT =
            "ClaimwatchFeeds/0.1 (news monitoring feed follower; honours robots.txt)";

    public static final FetchSettings DEFAULTS = new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
            10L * 1024 * 1024, 5L * 1024 * 1024, 5, 3, 40, 200, 4);

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("user-agent must be a non-empty single line");
        }
        if (hostInterval.isNegative() || maxCrawlDelay.isNegative()) {
            throw new IllegalArgumentException("host-interval and max-crawl-delay must not be negative");
        }
        if (connectTimeout.isZero() || connectTimeout.isNegative() || responseTimeout.isZero() || responseTimeout.isNegative()
                || totalTimeout.isZero() || totalTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxFeedBytes < 1024 || maxPageBytes < 1024) {
            throw new IllegalArgumentException("max-feed-bytes and max-page-bytes must be at least 1024");
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("max-redirects must be 0..20");
        }
        if (maxAttempts < 1 || minArticleWords < 1 || maxItemsPerPoll < 1 || workers < 1 || workers > 64) {
            throw new IllegalArgumentException("max-attempts, min-article-words and max-items-per-poll must be at least 1,"
                    + " workers 1..64");
        }
    }

    /** The name robots.txt groups are matched against: the User-Agent's product token, lower-cased. */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }

    public FetchSettings withHostInterval(Duration d) {
        return new FetchSettings(userAgent, d, maxCrawlDelay, connectTimeout, responseTimeout, totalTimeout, maxFeedBytes,
                maxPageBytes, maxRedirects, maxAttempts, minArticleWords, maxItemsPerPoll, workers);
    }

    public FetchSettings withTimeouts(Duration connect, Duration response, Duration total) {
        return new FetchSettings(userAgent, hostInterval, maxCrawlDelay, connect, response, total, maxFeedBytes,
                maxPageBytes, maxRedirects, maxAttempts, minArticleWords, maxItemsPerPoll, workers);
    }

    public FetchSettings withMaxFeedBytes(long bytes) {
        return new FetchSettings(userAgent, hostInterval, maxCrawlDelay, connectTimeout, responseTimeout, totalTimeout, bytes,
                maxPageBytes, maxRedirects, maxAttempts, minArticleWords, maxItemsPerPoll, workers);
    }
}
