package io.claimwatch.feeds;

import io.claimwatch.model.ArticleIds;
import java.nio.charset.StandardCharsets;

/**
 * Who an item is, so that it is sent once: its GUID (Atom id, RSS 1.0 rdf:about), else its link,
 * else (an item with neither, which cannot be fetched but is reported once) a hash of its title and
 * date. The ledger key is the feed's id and the item's id, separated by a space (feed ids have none);
 * an item id longer than a Kafka key should carry is replaced by its hash.
 */
public final class ItemKeys {

    static final int MAX_ITEM_ID_BYTES = 400;

    private ItemKeys() {}

    public static String itemId(FeedItem item) {
        if (item.guid() != null) {
            return item.guid();
        }
        if (item.link() != null) {
            return item.link();
        }
        return "untitled:" + ArticleIds.hash((item.title() == null ? "" : item.title()) + "|" + item.published());
    }

    public static String ledgerKey(String feedId, String itemId) {
        String id = itemId.getBytes(StandardCharsets.UTF_8).length > MAX_ITEM_ID_BYTES ? "sha256:" + ArticleIds.hash(itemId) : itemId;
        return feedId + " " + id;
    }

    /** The feed id of a ledger key. */
    public static String feedOf(String ledgerKey) {
        int space = ledgerKey.indexOf(' ');
        return space < 0 ? ledgerKey : ledgerKey.substring(0, space);
    }
}
