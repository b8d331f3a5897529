package io.claimwatch.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the index templates of {@code connectors/elasticsearch/} (one per index, matching exactly that
 * index name with the deployment's prefix). A PUT of the same template is a no-op, so it runs at
 * every start.
 */
public final class IndexTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(IndexTemplates.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IndexTemplates() {}

    public static void apply(ElasticsearchClient client, IndexCatalog catalog) {
        for (String base : IndexCatalog.ALL) {
            String index = catalog.name(base);
            ObjectNode body = load(base);
            body.putArray("index_patterns").add(index);
            try {
                client.indices().putIndexTemplate(r -> r.name(index).withJson(new StringReader(body.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot put index template " + index + ": " + e.getMessage(), e);
            }
            LOG.info("index template {} applied", index);
            updateExistingMapping(client, index, body);
        }
    }

    /**
     * A template only shapes indices created after it; an index made by an older build gets the new
     * fields through put-mapping (adding fields is always allowed), so its strict mapping does not
     * reject the documents this build writes.
     */
    private static void updateExistingMapping(ElasticsearchClient client, String index, ObjectNode template) {
        try {
            if (!client.indices().exists(r -> r.index(index)).value()) {
                return;
            }
            String mappings = template.path("template").path("mappings").toString();
            client.indices().putMapping(r -> r.index(index).withJson(new StringReader(mappings)));
            LOG.info("mapping of existing index {} brought up to date", index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the mapping of index " + index + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode load(String base) {
        String resource = "/connectors/elasticsearch/" + base + ".json";
        try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing index template " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
