package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who an item is: the GUID first, else the link; the ledger key joins it to its feed. */
class ItemKeysTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theGuidWinsOverTheLinkSoAChangedLinkIsNotANewItem() {
        FeedItem a = new FeedItem("urn:story:42", "https://gazette.example/a?utm_source=rss", "Vote", T, 0);
        FeedItem sameStoryNewLink = new FeedItem("urn:story:42", "https://gazette.example/a-updated", "Vote (updated)", T, 3);
        assertEquals(ItemKeys.itemId(a), ItemKeys.itemId(sameStoryNewLink));
    }

    @Test
    void withoutAGuidTheLinkIsTheId() {
        assertEquals("https://gazette.example/b", ItemKeys.itemId(new FeedItem(null, "https://gazette.example/b", "B", T, 0)));
    }

    @Test
    void anItemWithNeitherIsKnownByItsTitleAndDateNotItsPosition() {
        String first = ItemKeys.itemId(new FeedItem(null, null, "No link", T, 0));
        String movedDown = ItemKeys.itemId(new FeedItem(null, null, "No link", T, 5));
        String other = ItemKeys.itemId(new FeedItem(null, null, "Another", T, 0));
        assertEquals(first, movedDown, "reported once, not again each time new items push it down");
        assertNotEquals(first, other);
        assertTrue(first.startsWith("untitled:"));
    }

    @Test
    void theKeyIsFeedSpaceItemAndAVeryLongIdIsHashed() {
        assertEquals("https://gazette.example/rss urn:story:42", ItemKeys.ledgerKey("https://gazette.example/rss", "urn:story:42"));
        String longId = "x".repeat(5000);
        String key = ItemKeys.ledgerKey("gazette", longId);
        assertTrue(key.length() < 100 && key.startsWith("gazette sha256:"), key);
        assertEquals(key, ItemKeys.ledgerKey("gazette", longId), "stable");
        assertEquals("gazette", ItemKeys.feedOf(key));
    }

    @Test
    void theSameItemInTwoFeedsHasTwoKeys() {
        assertNotEquals(ItemKeys.ledgerKey("world", "urn:1"), ItemKeys.ledgerKey("politics", "urn:1"));
    }
}
