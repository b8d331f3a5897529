package io.claimwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.connectors.elasticsearch.EsConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings from the environment reach the Kafka and Elasticsearch clients; secrets never reach a log line. */
class EnrichConfigSecurityTest {

    private static final Map<String, String> ENV = Map.of(
            "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", "broker-1:9093,broker-2:9093",
            "CLAIMWATCH_KAFKA_PROP_SECURITY_PROTOCOL", "SASL_SSL",
            "CLAIMWATCH_KAFKA_PROP_SASL_MECHANISM", "SCRAM-SHA-512",
            "CLAIMWATCH_KAFKA_PROP_SASL_JAAS_CONFIG",
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"cw\" password=\"kafka-s3cret\";",
            "CLAIMWATCH_KAFKA_PROP_SSL_TRUSTSTORE_PASSWORD", "trust-s3cret",
            "CLAIMWATCH_ES_HOSTS", "https://es-1:9200,https://es-2:9200",
            "CLAIMWATCH_ES_USERNAME", "claimwatch",
            "CLAIMWATCH_ES_PASSWORD", "es-s3cret");

    @Test
    void kafkaClientPropertiesAndElasticsearchCredentialsComeFromTheEnvironment() {
        EnrichConfig c = EnrichConfig.defaults(ENV);
        assertEquals("broker-1:9093,broker-2:9093", c.kafka().bootstrapServers());
        assertEquals("SASL_SSL", c.kafka().properties().get("security.protocol"));
        assertEquals("SCRAM-SHA-512", c.kafka().properties().get("sasl.mechanism"));
        assertTrue(c.kafka().properties().get("sasl.jaas.config").contains("kafka-s3cret"), "the client gets the secret");
        EsConnection es = EsConnection.of(c.elasticsearch());
        assertEquals(java.util.List.of("https://es-1:9200", "https://es-2:9200"), es.hosts());
        assertEquals("claimwatch", es.username());
        assertEquals("es-s3cret", es.password());
    }

    @Test
    void whatIsLoggedNamesTheSettingsButNotTheSecrets() {
        EnrichConfig c = EnrichConfig.defaults(ENV);
        String logged = c.kafka() + " " + c.elasticsearch() + " " + EsConnection.of(c.elasticsearch());
        for (String secret : new String[] {"kafka-s3cret", "trust-s3cret", "es-s3cret"}) {
            assertFalse(logged.contains(secret), secret + " in " + logged);
        }
        assertTrue(logged.contains("SASL_SSL") && logged.contains("basic(claimwatch)"), logged);
    }
}
