package io.claimwatch.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * What the follower did with one item of one feed, as remembered on the compacted ledger topic
 * (key = {@link ItemKeys#ledgerKey}). Written in the same Kafka transaction as the article itself,
 * so an item is on the ledger as sent exactly when its article is on the articles topic.
 *
 * @param url      the page it was fetched from (after redirects), or the link it had
 * @param reason   why it was skipped or failed; null when sent
 * @param attempts how many times its page was tried
 */
public record LedgerEntry(String key, String feedId, String itemId, State state, String url, String reason, int attempts,
        Instant at) {

    public enum State {
        /** Its article is on the articles topic. */
        SENT,
        /** Never to be sent: not an article, not HTML, no link, refused by robots.txt, a duplicate... */
        SKIPPED,
        /** Its page failed for a reason that may pass; tried again at the next polls. */
        FAILED,
        /** It failed on every attempt allowed (fetch.max-attempts). */
        GAVE_UP;

        /** Whether the item is settled: nothing more will be done with it. */
        public boolean settled() {
            return this != FAILED;
        }

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static State fromJson(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema_version", 1);
        o.put("feed", feedId);
        o.put("item", itemId);
        o.put("state", state.json());
        o.put("url", url);
        o.put("reason", reason);
        o.put("attempts", attempts);
        o.put("at", at.toString());
        try {
            return JSON.writeValueAsBytes(o);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when the bytes are not a ledger entry (a future version's, a stray record). */
    public static LedgerEntry fromJson(String key, byte[] value) {
        try {
            JsonNode o = JSON.readTree(value);
            return new LedgerEntry(key, o.path("feed").asText(ItemKeys.feedOf(key)), o.path("item").asText(null),
                    State.fromJson(o.path("state").asText()), o.path("url").asText(null), o.path("reason").asText(null),
                    o.path("attempts").asInt(0), Instant.parse(o.path("at").asText()));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
