package io.claimwatch.feeds;

/** What the follower tells its user as it goes (the CLI prints it; tests collect it). Called from worker threads. */
public interface FollowerEvents {

    /** An item was handled: sent, skipped or failed ({@code entry.state()}); {@code done} of {@code total} new items. */
    default void itemDone(FeedSpec feed, FeedItem item, LedgerEntry entry, int done, int total) {}

    /** A poll of a feed ended. */
    default void pollDone(PollReport report) {}

    /** The follower cannot go on (another took over, Kafka refuses it). */
    default void fatal(String message) {}

    FollowerEvents NONE = new FollowerEvents() {};
}
