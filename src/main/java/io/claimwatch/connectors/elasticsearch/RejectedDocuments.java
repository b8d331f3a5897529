package io.claimwatch.connectors.elasticsearch;

import io.claimwatch.model.EsAction;
import java.io.Serializable;

/**
 * Where the index sink puts a document Elasticsearch refuses for good (a mapping, length or date
 * error): a dead letter, never only a log line. Opened once per sink writer.
 */
public interface RejectedDocuments extends Serializable {

    Writer open();

    /** Writes rejected documents; {@link #flush} returns when every one written so far is durable. */
    interface Writer extends AutoCloseable {

        /**
         * @param status the HTTP status Elasticsearch answered for this document (or the whole request)
         * @param error Elasticsearch's error type and reason
         * @param onFailure called (from any thread) when the dead letter itself cannot be written
         */
        void rejected(EsAction document, int status, String error, java.util.function.Consumer<Exception> onFailure);

        void flush();

        @Override
        void close();
    }

    /** For tools that write no dead letters: rejections are only logged and counted. */
    RejectedDocuments NONE = () -> new Writer() {
        @Override
        public void rejected(EsAction document, int status, String error, java.util.function.Consumer<Exception> onFailure) {}

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
}
