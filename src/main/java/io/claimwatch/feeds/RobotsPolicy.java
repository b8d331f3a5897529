package io.claimwatch.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a page may be fetched, by the robots.txt of its host (RFC 9309, parsed by crawler-commons'
 * {@link SimpleRobotRulesParser}, matching our User-Agent's product token). Each host's file is
 * fetched once and kept for a day (RFC 9309's upper bound); an unreachable one (time-out, 5xx) means
 * "not now" and is asked again after ten minutes; a missing one (4xx) allows everything. A
 * Crawl-delay is passed to the rate limiter; a delay over {@code fetch.max-crawl-delay} is a host the
 * follower does not crawl. Feeds themselves are not checked: a feed is published to be polled.
 */
public final class RobotsPolicy {

    /** RFC 9309: crawlers should parse at least 500 KiB of a robots.txt. */
    static final long MAX_ROBOTS_BYTES = 512 * 1024;
    static final Duration KEEP = Duration.ofHours(24);
    static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(10);

    /** The answer for one URL: allowed, or refused with a reason, which may pass (robots.txt unreachable) or not. */
    public record Verdict(boolean allowed, boolean mayPass, String reason) {
        static final Verdict ALLOWED = new Verdict(true, false, null);
    }

    /** Fetches a robots.txt (the real fetcher; tests give a stub). */
    @FunctionalInterface
    public interface RobotsSource {
        FetchResponse fetch(URI robotsTxt) throws FetchException, InterruptedException;
    }

    private record Cached(BaseRobotRules rules, Verdict refusal, Instant until) {}

    private final RobotsSource source;
    private final HostRateLimiter rate;
    private final FetchSettings settings;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 50);
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public RobotsPolicy(HttpFetcher fetcher, HostRateLimiter rate, Clock clock) {
        this(u -> fetcher.get(u, Map.of(), MAX_ROBOTS_BYTES, "512 KiB for robots.txt", HttpFetcher.HopCheck.NONE), rate,
                fetcher.settings(), clock);
    }

    public RobotsPolicy(RobotsSource source, HostRateLimiter rate, FetchSettings settings, Clock clock) {
        this.source = source;
        this.rate = rate;
        this.settings = settings;
        this.clock = clock;
    }

    public Verdict check(URI page) throws InterruptedException {
        String site = site(page);
        Cached c = cache.get(site);
        if (c == null || clock.instant().isAfter(c.until())) {
            synchronized (locks.computeIfAbsent(site, k -> new Object())) {
                c = cache.get(site);
                if (c == null || clock.instant().isAfter(c.until())) {
                    c = load(page, site);
                    cache.put(site, c);
                }
            }
        }
        if (c.refusal() != null) {
            return c.refusal();
        }
        return c.rules().isAllowed(page.toString()) ? Verdict.ALLOWED
                : new Verdict(false, false, "robots.txt of " + page.getHost() + " disallows " + pathOf(page) + " for "
                        + settings.robotName());
    }

    private Cached load(URI page, String site) throws InterruptedException {
        URI robots = URI.create(site + "/robots.txt");
        Instant now = clock.instant();
        FetchResponse r;
        try {
            r = source.fetch(robots);
        } catch (FetchException e) {
            return new Cached(null, new Verdict(false, true, robots + " could not be read (" + e.getMessage()
                    + "); its pages wait until it can"), now.plus(KEEP_UNREACHABLE));
        }
        if (r.status() >= 500 || r.status() == 429) {
            return new Cached(null, new Verdict(false, true, robots + " answered HTTP " + r.status()
                    + "; its pages wait until it answers"), now.plus(KEEP_UNREACHABLE));
        }
        BaseRobotRules rules;
        if (r.status() >= 200 && r.status() < 300) {
            rules = parser.parseContent(robots.toString(), r.body(), r.header("Content-Type"), List.of(settings.robotName()));
        } else {
            rules = parser.failedFetch(r.status() >= 400 && r.status() < 500 ? r.status() : 404); // no robots.txt: all allowed
        }
        long delayMs = rules.getCrawlDelay();
        String hostKey = HostRateLimiter.hostKey(page);
        if (delayMs != BaseRobotRules.UNSET_CRAWL_DELAY && delayMs > 0) {
            Duration delay = Duration.ofMillis(delayMs);
            if (delay.compareTo(settings.maxCrawlDelay()) > 0) {
                return new Cached(rules, new Verdict(false, false, "robots.txt of " + page.getHost() + " asks for "
                        + delay.toSeconds() + " s between requests, more than fetch.max-crawl-delay ("
                        + settings.maxCrawlDelay().toSeconds() + " s); its pages are not fetched"), now.plus(KEEP));
            }
            rate.crawlDelay(hostKey, delay);
        } else {
            rate.crawlDelay(hostKey, null);
        }
        return new Cached(rules, null, now.plus(KEEP));
    }

    /** scheme://host[:port], the origin a robots.txt governs. */
    static String site(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    private static String pathOf(URI uri) {
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
    }
}
