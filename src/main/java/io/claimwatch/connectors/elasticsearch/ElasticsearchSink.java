package io.claimwatch.connectors.elasticsearch;

import io.claimwatch.model.EsAction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Flink sink that writes {@link EsAction}s with the bulk API: asynchronous, a bounded number of
 * requests in flight, retries with backoff, and everything pending flushed on each checkpoint. Ids
 * are deterministic and every write is an upsert, so replays after a restart overwrite. A document
 * Elasticsearch refuses for good becomes a dead letter ({@link RejectedDocuments}), written at least
 * once: pending dead letters are flushed with the bulk requests before each checkpoint completes.
 */
public final class ElasticsearchSink implements Sink<EsAction> {

    private final EsConnection connection;
    private final BulkSettings settings;
    private final RejectedDocuments rejected;

    /** @param rejected where documents Elasticsearch refuses for good go (dead letters) */
    public ElasticsearchSink(EsConnection connection, BulkSettings settings, RejectedDocuments rejected) {
        this.connection = connection;
        this.settings = settings;
        this.rejected = rejected;
    }

    @Override
    public SinkWriter<EsAction> createWriter(WriterInitContext context) {
        return new ElasticsearchSinkWriter(connection.open(), settings, context.metricGroup(),
                context.getProcessingTimeService(), rejected.open());
    }
}
