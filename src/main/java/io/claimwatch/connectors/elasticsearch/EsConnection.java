package io.claimwatch.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.claimwatch.jobs.EnrichConfig;
import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/**
 * How to reach Elasticsearch: hosts and credentials (from the environment, never from files).
 * Serializable so a sink can carry it to the task managers and open its client there.
 */
public record EsConnection(List<String> hosts, String username, String password, String apiKey) implements Serializable {

    /** How long one request may take before it counts as failed (and is retried by the sink). */
    public static final int REQUEST_TIMEOUT_MS = 60_000;

    public static EsConnection of(EnrichConfig.Elasticsearch es) {
        return new EsConnection(List.copyOf(es.hosts()), es.username(), es.password(), es.apiKey());
    }

    public static EsConnection local(String url) {
        return new EsConnection(List.of(url), null, null, null);
    }

    /** A client with its transport; close it to release the HTTP connections. */
    public record Clients(ElasticsearchClient sync, ElasticsearchAsyncClient async, RestClient rest) implements Closeable {
        @Override
        public void close() throws IOException {
            rest.close();
        }
    }

    public Clients open() {
        HttpHost[] httpHosts = hosts.stream().map(HttpHost::create).toArray(HttpHost[]::new);
        var builder = RestClient.builder(httpHosts)
                .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(REQUEST_TIMEOUT_MS)
                        // Without it a request can wait forever for a pooled connection after an outage.
                        .setConnectionRequestTimeout(5_000));
        if (apiKey != null && !apiKey.isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey)});
        } else if (username != null && !username.isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password == null ? "" : password));
            builder.setHttpClientConfigCallback(hc -> hc.setDefaultCredentialsProvider(credentials));
        }
        RestClient rest = builder.build();
        RestClientTransport transport = new RestClientTransport(rest, new JacksonJsonpMapper());
        return new Clients(new ElasticsearchClient(transport), new ElasticsearchAsyncClient(transport), rest);
    }

    @Override
    public String toString() {
        return "EsConnection[hosts=" + hosts + ", auth=" + (apiKey != null ? "api-key" : username != null ? "basic" : "none") + "]";
    }
}
