package io.claimwatch.feeds;

import java.time.Instant;

/**
 * One item of a feed as the feed gives it.
 *
 * @param guid      the item's own id (RSS guid, RSS 1.0 rdf:about, Atom id), or null
 * @param link      the page's address, resolved against the feed's; null when the item has none
 * @param title     plain text (markup and entities removed), or null
 * @param published the item's publication time (else its update time), or null
 * @param position  where it stands in the feed, from 0
 */
public record FeedItem(String guid, String link, String title, Instant published, int position) {

    /** How a report names the item: its title, else its link, else its position. */
    public String label() {
        if (title != null) {
            return "'" + (title.length() > 80 ? title.substring(0, 80) + "…" : title) + "'";
        }
        return link != null ? link : "item " + (position + 1);
    }
}
