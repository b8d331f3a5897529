package io.claimwatch.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The follower's store in memory, for tests of the follower's logic without Kafka. */
final class MemoryFeedStore implements FeedStore {

    final Map<String, LedgerEntry> ledger = new LinkedHashMap<>();
    final Map<String, FeedStatus> statuses = new LinkedHashMap<>();
    final List<String> articles = new ArrayList<>();
    /** When set, the next record() fails with it. */
    StoreException failNext;

    @Override
    public synchronized Snapshot load() {
        return new Snapshot(new LinkedHashMap<>(ledger), new LinkedHashMap<>(statuses));
    }

    @Override
    public synchronized void record(LedgerEntry entry, byte[] article) throws StoreException {
        if (failNext != null) {
            StoreException e = failNext;
            failNext = null;
            throw e;
        }
        if (article != null) {
            articles.add(new String(article, java.nio.charset.StandardCharsets.UTF_8));
        }
        ledger.put(entry.key(), entry);
    }

    @Override
    public synchronized void saveStatus(FeedStatus status) {
        statuses.put(status.feedId(), status);
    }

    @Override
    public void close() {
        // kept for the next follower of the test
    }
}
