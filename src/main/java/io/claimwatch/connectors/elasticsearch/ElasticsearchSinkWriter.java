package io.claimwatch.connectors.elasticsearch;

import io.claimwatch.model.EsAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers actions into bulk requests. A request holds one of {@code maxInFlight} permits until all
 * its items are written; when none is free, {@link #write} blocks, which back-pressures the job
 * instead of dropping or buffering without bound. Items that fail with 429, 409 or 5xx, and whole
 * requests that fail to connect, are retried after an exponential backoff, for as long as it takes.
 * A document Elasticsearch refuses for good (4xx) becomes a dead letter; a request refused as a
 * whole (an id too long, a body too large) is split and sent again one document at a time, so one
 * bad document never fails the others or the job.
 */
final class ElasticsearchSinkWriter implements SinkWriter<EsAction> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);
    private static final ContentType BULK_CONTENT_TYPE = ContentType.create("application/x-ndjson", java.nio.charset.StandardCharsets.UTF_8);
    /** Concurrent upserts of one document (article and its syndication list) retry inside Elasticsearch first. */
    private static final int RETRY_ON_CONFLICT = 5;

    private final EsConnection.Clients clients;
    private final BulkSettings settings;
    private final ProcessingTimeService timers;
    private final Semaphore permits;
    private final ScheduledExecutorService retries;
    private final RejectedDocuments.Writer deadLetters;
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final Counter written;
    private final Counter retried;
    private final Counter rejected;
    private final Counter bulks;
    private final AtomicLong lastBulkMillis = new AtomicLong();

    private List<EsAction> buffer = new ArrayList<>();
    private long bufferBytes;

    ElasticsearchSinkWriter(EsConnection.Clients clients, BulkSettings settings, SinkWriterMetricGroup metrics,
            ProcessingTimeService timers, RejectedDocuments.Writer deadLetters) {
        this.clients = clients;
        this.settings = settings;
        this.timers = timers;
        this.deadLetters = deadLetters;
        this.permits = new Semaphore(settings.maxInFlight());
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "es-sink-retry");
            t.setDaemon(true);
            return t;
        });
        this.written = metrics.counter("esDocumentsWritten");
        this.retried = metrics.counter("esRetries");
        this.rejected = metrics.counter("esRejected");
        this.bulks = metrics.counter("esBulkRequests");
        metrics.gauge("esBulkLatencyMs", lastBulkMillis::get);
        scheduleFlush();
    }

    @Override
    public void write(EsAction action, Context context) throws IOException, InterruptedException {
        checkFatal();
        buffer.add(action);
        bufferBytes += action.utf8().length + 100L;
        if (buffer.size() >= settings.maxActions() || bufferBytes >= settings.maxBytes()) {
            sendBuffer();
        }
    }

    /** Called before every checkpoint and at the end of input: nothing may stay pending. */
    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        sendBuffer();
        awaitPermits(settings.maxInFlight());
        permits.release(settings.maxInFlight());
        checkFatal();
        deadLetters.flush();
        checkFatal();
    }

    private void scheduleFlush() {
        timers.registerTimer(timers.getCurrentProcessingTime() + settings.flushIntervalMs(), time -> {
            if (!buffer.isEmpty() && permits.availablePermits() > 0) {
                sendBuffer();
            }
            scheduleFlush();
        });
    }

    private void sendBuffer() throws InterruptedException, IOException {
        if (buffer.isEmpty()) {
            return;
        }
        List<EsAction> batch = buffer;
        buffer = new ArrayList<>();
        bufferBytes = 0;
        awaitPermits(1);
        send(batch, 0, permits::release);
    }

    private void awaitPermits(int n) throws InterruptedException, IOException {
        while (!permits.tryAcquire(n, 1, TimeUnit.SECONDS)) {
            checkFatal();
        }
    }

    /** @param done run once, when every action of the batch is written or dead-lettered */
    private void send(List<EsAction> batch, int attempt, Runnable done) {
        Request request = new Request("POST", "/_bulk");
        try {
            // The documents' own JSON bytes, copied into the body: no parse and no second serialisation.
            request.setEntity(new NByteArrayEntity(BulkBody.of(batch, RETRY_ON_CONFLICT), BULK_CONTENT_TYPE));
        } catch (RuntimeException e) {
            fail(new IllegalStateException("cannot build a bulk request: " + e.getMessage(), e));
            return;
        }
        long started = System.nanoTime();
        bulks.inc();
        CompletableFuture<List<BulkBody.Item>> future = new CompletableFuture<>();
        try {
            clients.rest().performRequestAsync(request, new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    try (var in = response.getEntity().getContent()) {
                        future.complete(BulkBody.items(in));
                    } catch (IOException | RuntimeException e) {
                        future.completeExceptionally(e);
                    }
                }

                @Override
                public void onFailure(Exception e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            // The client can refuse synchronously (its I/O reactor stopped): treat it like a failed request.
            LOG.warn("bulk request could not be sent: {}", e.toString());
            onRequestFailure(batch, attempt, e, done);
            return;
        }
        // The overall timeout guards against a request the HTTP client never completes.
        future.orTimeout(EsConnection.REQUEST_TIMEOUT_MS + 10_000L, TimeUnit.MILLISECONDS)
                .whenComplete((items, error) -> {
            lastBulkMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            try {
                if (error != null) {
                    onRequestFailure(batch, attempt, unwrap(error), done);
                } else {
                    onResponse(batch, attempt, items, done);
                }
            } catch (RuntimeException e) {
                fail(e);
            }
        });
    }

    private void onRequestFailure(List<EsAction> batch, int attempt, Throwable error, Runnable done) {
        int status = statusOf(error);
        if (isTransient(status)) {
            LOG.warn("bulk request of {} actions failed (attempt {}): {}; retrying in {} ms", batch.size(),
                    attempt + 1, error.toString(), settings.backoffMillis(attempt));
            retryLater(batch, attempt, done);
        } else if (status == 401 || status == 403) {
            // Credentials, not documents: dead-lettering everything would hide a configuration error.
            fail(new IOException("Elasticsearch refused the bulk request with status " + status
                    + " (check CLAIMWATCH_ES_USERNAME/CLAIMWATCH_ES_PASSWORD or CLAIMWATCH_ES_API_KEY): " + error, error));
        } else if (batch.size() > 1) {
            // Refused as a whole: one bad document must not take the others with it.
            LOG.warn("Elasticsearch refused a bulk request of {} actions with status {} ({}); sending them one by one",
                    batch.size(), status, error.getMessage());
            AtomicInteger left = new AtomicInteger(batch.size());
            Runnable oneDone = () -> {
                if (left.decrementAndGet() == 0) {
                    done.run();
                }
            };
            for (EsAction a : batch) {
                send(List.of(a), 0, oneDone);
            }
        } else {
            reject(batch.get(0), status, String.valueOf(error.getMessage()));
            done.run();
        }
    }

    private void onResponse(List<EsAction> batch, int attempt, List<BulkBody.Item> items, Runnable done) {
        if (items.size() != batch.size()) {
            fail(new IllegalStateException("Elasticsearch answered a bulk request of " + batch.size() + " actions with "
                    + items.size() + " items"));
            return;
        }
        List<EsAction> again = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkBody.Item item = items.get(i);
            if (item.error() == null) {
                written.inc();
            } else if (isTransient(item.status())) {
                again.add(batch.get(i));
            } else {
                reject(batch.get(i), item.status(), item.error());
            }
        }
        if (again.isEmpty()) {
            done.run();
        } else {
            LOG.warn("{} of {} bulk items were refused for now (429/409/5xx); retrying in {} ms", again.size(),
                    batch.size(), settings.backoffMillis(attempt));
            retryLater(again, attempt, done);
        }
    }

    private static boolean isTransient(int status) {
        return status < 0 || status == 429 || status == 409 || status >= 500;
    }

    /** A document refused for good: counted, logged, and a dead letter. */
    private void reject(EsAction action, int status, String error) {
        rejected.inc();
        LOG.error("Elasticsearch rejected document {}/{} (status {}): {}; it goes to the dead-letter topic", action.index(),
                abbreviate(action.id()), status, error);
        deadLetters.rejected(action, status, error, this::fail);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The permit stays taken while we wait: that is what back-pressures the writer. */
    private void retryLater(List<EsAction> batch, int attempt, Runnable done) {
        retried.inc();
        try {
            retries.schedule(() -> send(batch, attempt + 1, done), settings.backoffMillis(attempt), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            fail(e); // the writer is closing
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static int statusOf(Throwable t) {
        if (t instanceof ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        }
        return -1; // connection refused, reset, timeout: the node is not reachable
    }

    private void fail(Throwable t) {
        fatal.compareAndSet(null, t);
        permits.release(settings.maxInFlight());
    }

    private void checkFatal() throws IOException {
        Throwable t = fatal.get();
        if (t != null) {
            throw new IOException("Elasticsearch sink failed: " + t.getMessage(), t);
        }
    }

    @Override
    public void close() throws Exception {
        retries.shutdownNow();
        try {
            deadLetters.close();
        } finally {
            try {
                clients.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
