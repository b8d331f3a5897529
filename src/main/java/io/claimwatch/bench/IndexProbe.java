package io.claimwatch.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches an index for documents by id and notes when each is first found searchable: a multi-get
 * with {@code realtime=false} sees only what a refresh has published (what a search or a dashboard
 * sees), not what sits in the translog. Polls on its own thread every {@code pollMs}: first the
 * index's document count, and only when that has grown (a refresh published documents) the pending ids.
 * Multi-getting every pending id ten times a second cost Elasticsearch a measurable share of its CPU in
 * the maximum-rate runs, where all the articles are pending from the start; the count is cheap, and a
 * document becomes searchable only with a refresh, which the count sees too.
 */
public final class IndexProbe implements AutoCloseable {

    private static final int BATCH = 1000;

    private final ElasticsearchClient client;
    private final String index;
    private final long pollMs;
    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> seenAt = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> lastError = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long lastCount = -1;

    public IndexProbe(ElasticsearchClient client, String index, long pollMs) {
        this.client = client;
        this.index = index;
        this.pollMs = pollMs;
        this.thread = new Thread(this::loop, "bench-index-probe");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Starts looking for this document. */
    public void watch(String id) {
        if (!seenAt.containsKey(id)) {
            pending.put(id, Boolean.TRUE);
        }
    }

    /** Epoch millis when the document was first found, or null. */
    public Long seenAt(String id) {
        return seenAt.get(id);
    }

    public int seen() {
        return seenAt.size();
    }

    public int pending() {
        return pending.size();
    }

    /** The last error a poll met (Elasticsearch unreachable...), or null. */
    public Exception lastError() {
        return lastError.get();
    }

    private void loop() {
        while (running) {
            try {
                pollOnce();
                lastError.set(null);
            } catch (Exception e) {
                lastError.set(e);
            }
            try {
                Thread.sleep(pollMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pollOnce() throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        long count = client.count(c -> c.index(index)).count();
        if (count == lastCount) {
            return;
        }
        List<String> ids = new ArrayList<>(pending.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            MgetResponse<ObjectNode> r = client.mget(m -> m.index(index).ids(batch).realtime(false).source(s -> s.fetch(false)),
                    ObjectNode.class);
            long now = System.currentTimeMillis();
            for (MultiGetResponseItem<ObjectNode> item : r.docs()) {
                if (item.isResult() && item.result().found()) {
                    seenAt.putIfAbsent(item.result().id(), now);
                    pending.remove(item.result().id());
                }
            }
        }
        lastCount = count;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
