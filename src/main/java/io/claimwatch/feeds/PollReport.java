package io.claimwatch.feeds;

import java.time.Duration;
import java.util.List;

/**
 * What one poll of one feed did.
 *
 * @param status   the feed's HTTP status (0 when it gave no answer)
 * @param error    why the feed itself could not be read, or null
 * @param items    items in the feed (0 when not read)
 * @param fresh    items not handled before (new, or failed before and tried again)
 * @param problems one line per item not sent this time, with its reason
 * @param retryAfter when the server asked for a pause (429, 503), how long; else null
 */
public record PollReport(FeedSpec feed, int status, String error, int items, int fresh, int sent, int skipped, int failed,
        List<String> problems, Duration took, Duration retryAfter) {

    public boolean notModified() {
        return status == 304 && error == null;
    }

    /** Whether anything went wrong that may need a person: the feed failed, or an item could not be fetched. */
    public boolean troubled() {
        return error != null || failed > 0;
    }

    /** One line: what the poll found. */
    public String summary() {
        if (error != null) {
            return "failed: " + error;
        }
        if (notModified()) {
            return "304 not modified";
        }
        StringBuilder b = new StringBuilder().append(status).append(", ").append(items).append(" items, ").append(fresh)
                .append(" new");
        if (fresh > 0) {
            b.append(": ").append(sent).append(" sent");
            if (skipped > 0) {
                b.append(", ").append(skipped).append(" skipped");
            }
            if (failed > 0) {
                b.append(", ").append(failed).append(" failed");
            }
        }
        return b.toString();
    }
}
