package io.claimwatch.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How one feed is doing, as kept on the compacted status topic (key = feed id) and shown by
 * {@code claimwatch status}. The validators are kept here too, so a restarted follower (or one on
 * another machine) still polls conditionally.
 *
 * @param lastResult what the last poll found, in words ("200, 40 items, 3 new: 3 sent")
 * @param itemsSent  articles sent from this feed, all runs together
 * @param lastError  the latest problem (of the feed or one of its items), kept until a newer one
 * @param follower   who polled: host name and process id
 */
public record FeedStatus(String feedId, String url, String outlet, Instant lastPollAt, String lastResult, long itemsSent,
        Instant lastErrorAt, String lastError, Validators validators, Instant nextPollAt, String follower) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static FeedStatus initial(FeedSpec feed) {
        return new FeedStatus(feed.id(), feed.url().toString(), feed.outlet(), null, null, 0, null, null, Validators.NONE, null,
                null);
    }

    public FeedStatus polled(Instant at, String result, long sent, Validators v, Instant next, String who) {
        return new FeedStatus(feedId, url, outlet, at, result, itemsSent + sent, lastErrorAt, lastError, v, next, who);
    }

    public FeedStatus withError(Instant at, String error) {
        return new FeedStatus(feedId, url, outlet, lastPollAt, lastResult, itemsSent, at, error, validators, nextPollAt, follower);
    }

    /** With the count of articles sent as the ledger has it (a follower killed mid-poll saved no status for that poll). */
    public FeedStatus withItemsSent(long sent) {
        return new FeedStatus(feedId, url, outlet, lastPollAt, lastResult, sent, lastErrorAt, lastError, validators, nextPollAt, follower);
    }

    public FeedStatus withSpec(FeedSpec feed) {
        return new FeedStatus(feedId, feed.url().toString(), feed.outlet(), lastPollAt, lastResult, itemsSent, lastErrorAt,
                lastError, validators, nextPollAt, follower);
    }

    /** The lines {@code claimwatch status} prints for this feed (untrusted text: the caller makes it terminal-safe). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add((outlet == null ? feedId : outlet) + "  " + url);
        lines.add("  last poll " + (lastPollAt == null ? "never" : lastPollAt + ": " + lastResult) + "; " + itemsSent
                + " items sent" + (nextPollAt == null ? "" : "; next poll " + nextPollAt)
                + (follower == null ? "" : " (" + follower + ")"));
        if (lastError != null) {
            lines.add("  last error " + lastErrorAt + ": " + lastError);
        }
        return lines;
    }

    public byte[] toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema_version", 1);
        o.put("feed", feedId);
        o.put("url", url);
        o.put("outlet", outlet);
        o.put("last_poll", lastPollAt == null ? null : lastPollAt.toString());
        o.put("last_result", lastResult);
        o.put("items_sent", itemsSent);
        o.put("last_error_at", lastErrorAt == null ? null : lastErrorAt.toString());
        o.put("last_error", lastError);
        o.put("etag", validators.etag());
        o.put("last_modified", validators.lastModified());
        o.put("next_poll", nextPollAt == null ? null : nextPollAt.toString());
        o.put("follower", follower);
        try {
            return JSON.writeValueAsBytes(o);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when the bytes are not a status record. */
    public static FeedStatus fromJson(byte[] value) {
        try {
            JsonNode o = JSON.readTree(value);
            return new FeedStatus(o.path("feed").asText(), o.path("url").asText(null), text(o, "outlet"), instant(o, "last_poll"),
                    text(o, "last_result"), o.path("items_sent").asLong(0), instant(o, "last_error_at"), text(o, "last_error"),
                    new Validators(text(o, "etag"), text(o, "last_modified")), instant(o, "next_poll"), text(o, "follower"));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant instant(JsonNode o, String f) {
        String t = text(o, f);
        return t == null ? null : Instant.parse(t);
    }
}
