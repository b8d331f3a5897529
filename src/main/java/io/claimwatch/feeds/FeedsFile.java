package io.claimwatch.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a feeds file ({@code config/feeds.yaml}): the feeds to follow, the default poll interval
 * and the fetch settings. Every problem is collected and reported together, each with where it is,
 * so one edit fixes them all; an unknown key is a problem (a misspelt setting must not be ignored).
 */
public final class FeedsFile {

    /** Polling faster than this is impolite and pointless for news. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    private static final Set<String> TOP_KEYS = Set.of("feeds", "interval", "fetch");
    private static final Set<String> FEED_KEYS = Set.of("url", "outlet", "interval", "id");
    private static final Set<String> FETCH_KEYS = Set.of("user-agent", "host-interval", "max-crawl-delay", "connect-timeout",
            "response-timeout", "total-timeout", "max-feed-bytes", "max-page-bytes", "max-redirects", "max-attempts",
            "min-article-words", "max-items-per-poll", "workers");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    /** What a feeds file says. */
    public record Contents(List<FeedSpec> feeds, FetchSettings fetch) {}

    /** A feeds file that cannot be used, with every problem found in it. */
    public static final class BadFeedsFile extends Exception {
        private final List<String> problems;

        BadFeedsFile(String where, List<String> problems) {
            super(where + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private FeedsFile() {}

    public static Contents load(Path file) throws BadFeedsFile {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadFeedsFile(file.toString(), List.of("no such file (give one with --feeds FILE; see README, \"Feeds\")"));
        } catch (IOException e) {
            throw new BadFeedsFile(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
        return parse(yaml, file.toString());
    }

    public static Contents parse(String yaml, String where) throws BadFeedsFile {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new BadFeedsFile(where, List.of("not valid YAML" + at + ": " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Contents(List.of(), FetchSettings.DEFAULTS);
        }
        if (!root.isObject()) {
            throw new BadFeedsFile(where, List.of("expected a mapping with 'feeds' (a list), 'interval' and 'fetch'"));
        }
        unknownKeys(root, TOP_KEYS, "", problems);
        Duration defaultInterval = duration(root.get("interval"), "interval", DEFAULT_INTERVAL, problems);
        if (defaultInterval.compareTo(MIN_INTERVAL) < 0) {
            problems.add("interval: " + defaultInterval.toSeconds() + " s is shorter than the minimum of "
                    + MIN_INTERVAL.toSeconds() + " s");
        }
        FetchSettings fetch = fetchSettings(root.get("fetch"), problems);
        List<FeedSpec> feeds = feeds(root.get("feeds"), defaultInterval, problems);
        if (!problems.isEmpty()) {
            throw new BadFeedsFile(where, problems);
        }
        return new Contents(feeds, fetch);
    }

    private static List<FeedSpec> feeds(JsonNode list, Duration defaultInterval, List<String> problems) {
        List<FeedSpec> feeds = new ArrayList<>();
        if (list == null || list.isNull()) {
            return feeds;
        }
        if (!list.isArray()) {
            problems.add("feeds: expected a list of feeds (each with url, outlet, interval)");
            return feeds;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String at = "feeds[" + i + "]";
            if (!f.isObject()) {
                problems.add(at + ": expected a mapping with url, outlet and interval");
                continue;
            }
            unknownKeys(f, FEED_KEYS, at + ".", problems);
            String url = text(f.get("url"));
            if (url == null) {
                problems.add(at + ".url: missing");
                continue;
            }
            URI uri = httpUri(url);
            if (uri == null) {
                problems.add(at + ".url: '" + url + "' is not an absolute http(s) URL");
                continue;
            }
            String outlet = text(f.get("outlet"));
            String id = text(f.get("id"));
            if (id == null) {
                id = uri.toString();
            } else if (id.chars().anyMatch(Character::isWhitespace)) {
                problems.add(at + ".id: '" + id + "' has spaces; use letters, digits, '.', '-' or '_'");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(at + ": the feed " + id + " is listed twice (give one an 'id' if both are meant)");
                continue;
            }
            Duration interval = duration(f.get("interval"), at + ".interval", defaultInterval, problems);
            if (interval.compareTo(MIN_INTERVAL) < 0) {
                problems.add(at + ".interval: " + interval.toMillis() + " ms is shorter than the minimum of "
                        + MIN_INTERVAL.toSeconds() + " s");
                continue;
            }
            feeds.add(new FeedSpec(id, uri, outlet, interval));
        }
        return feeds;
    }

    private static FetchSettings fetchSettings(JsonNode f, List<String> problems) {
        FetchSettings d = FetchSettings.DEFAULTS;
        if (f == null || f.isNull()) {
            return d;
        }
        if (!f.isObject()) {
            problems.add("fetch: expected a mapping of settings");
            return d;
        }
        unknownKeys(f, FETCH_KEYS, "fetch.", problems);
        String userAgent = f.has("user-agent") ? text(f.get("user-agent")) : d.userAgent();
        try {
            return new FetchSettings(userAgent == null ? "" : userAgent,
                    duration(f.get("host-interval"), "fetch.host-interval", d.hostInterval(), problems),
                    duration(f.get("max-crawl-delay"), "fetch.max-crawl-delay", d.maxCrawlDelay(), problems),
                    duration(f.get("connect-timeout"), "fetch.connect-timeout", d.connectTimeout(), problems),
                    duration(f.get("response-timeout"), "fetch.response-timeout", d.responseTimeout(), problems),
                    duration(f.get("total-timeout"), "fetch.total-timeout", d.totalTimeout(), problems),
                    number(f.get("max-feed-bytes"), "fetch.max-feed-bytes", d.maxFeedBytes(), problems),
                    number(f.get("max-page-bytes"), "fetch.max-page-bytes", d.maxPageBytes(), problems),
                    (int) number(f.get("max-redirects"), "fetch.max-redirects", d.maxRedirects(), problems),
                    (int) number(f.get("max-attempts"), "fetch.max-attempts", d.maxAttempts(), problems),
                    (int) number(f.get("min-article-words"), "fetch.min-article-words", d.minArticleWords(), problems),
                    (int) number(f.get("max-items-per-poll"), "fetch.max-items-per-poll", d.maxItemsPerPoll(), problems),
                    (int) number(f.get("workers"), "fetch.workers", d.workers(), problems));
        } catch (IllegalArgumentException e) {
            problems.add("fetch: " + e.getMessage());
            return d;
        }
    }

    /** "90s", "15m", "1h", "500ms", "2d", or a number of seconds. */
    static Duration duration(JsonNode node, String at, Duration fallback, List<String> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isIntegralNumber() && node.asLong() >= 0) {
            return Duration.ofSeconds(node.asLong());
        }
        Matcher m = DURATION.matcher(node.asText().strip().toLowerCase(Locale.ROOT));
        if (!node.isTextual() || !m.matches()) {
            problems.add(at + ": '" + node.asText() + "' is not a duration (write e.g. 90s, 15m, 1h)");
            return fallback;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static long number(JsonNode node, String at, long fallback, List<String> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber()) {
            problems.add(at + ": '" + node.asText() + "' is not a whole number");
            return fallback;
        }
        return node.asLong();
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String prefix, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown setting (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static URI httpUri(String s) {
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
