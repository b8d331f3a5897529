package io.claimwatch.feeds;

import java.util.Map;

/**
 * Where the follower keeps what it has sent and how each feed is doing. The real one is Kafka
 * ({@link KafkaFeedStore}); tests may keep it in memory.
 */
public interface FeedStore extends AutoCloseable {

    /** Everything remembered: ledger entries by key, feed statuses by feed id. */
    record Snapshot(Map<String, LedgerEntry> ledger, Map<String, FeedStatus> statuses) {}

    /** A store that cannot do what was asked; {@code fatal} when the follower must stop (another took over). */
    final class StoreException extends Exception {
        private final boolean fatal;

        public StoreException(String message, boolean fatal, Throwable cause) {
            super(message, cause);
            this.fatal = fatal;
        }

        public boolean fatal() {
            return fatal;
        }
    }

    Snapshot load() throws StoreException;

    /** Records what was done with an item and, when {@code article} is not null, sends it: both or neither. */
    void record(LedgerEntry entry, byte[] article) throws StoreException;

    void saveStatus(FeedStatus status) throws StoreException;

    @Override
    void close();
}
