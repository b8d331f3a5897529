package io.claimwatch.it;

import io.claimwatch.dev.EmbeddedElasticsearch;
import io.claimwatch.dev.EmbeddedKafka;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Kafka broker and one Elasticsearch node for the whole test run, stopped when JUnit finishes.
 * Each test isolates itself with its own topic and index prefix.
 */
public final class SharedStack implements BeforeAllCallback {

    private static Resources resources;

    /** The running stack, closed by JUnit at the end of the run. */
    record Resources(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try {
                elasticsearch.close();
            } finally {
                kafka.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedStack.class) {
            if (resources == null) {
                EmbeddedKafka kafka = EmbeddedKafka.start();
                EmbeddedElasticsearch es;
                try {
                    es = EmbeddedElasticsearch.start("test", 0, Duration.ofSeconds(120));
                } catch (Exception e) {
                    kafka.close();
                    throw e;
                }
                resources = new Resources(kafka, es);
                // JUnit closes what the root store holds when the whole run ends.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("claimwatch-shared-stack", resources);
            }
        }
    }

    public static String bootstrapServers() {
        return resources.kafka().bootstrapServers();
    }

    public static String elasticsearchUrl() {
        return resources.elasticsearch().url();
    }
}
