package io.claimwatch.feeds;

import java.net.URI;
import java.time.Duration;

/**
 * One feed to follow.
 *
 * @param id       what the follower remembers it by (ledger and status keys): the {@code id} given in
 *                 the feeds file, else the feed's URL; no spaces
 * @param url      the feed's address (http or https)
 * @param outlet   the {@code source} of its articles; null = the feed's own title
 * @param interval how long between two polls
 */
public record FeedSpec(String id, URI url, String outlet, Duration interval) {

    public FeedSpec {
        if (id == null || id.isBlank() || id.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
            throw new IllegalArgumentException("a feed id must be non-empty and without spaces: '" + id + "'");
        }
        if (url == null || !url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("a feed url must be an absolute http(s) URL: '" + url + "'");
        }
    }

    /** How the feed is named in reports: its outlet, else its id. */
    public String label() {
        return outlet != null ? outlet : id;
    }
}
