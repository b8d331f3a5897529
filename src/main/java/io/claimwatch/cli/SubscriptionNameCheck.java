package io.claimwatch.cli;

import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionNames;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.EsSearch;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexedEntities;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.nlp.AliasDirectory;
import io.claimwatch.nlp.EntityDirectory;
import io.claimwatch.nlp.EntityNameResolver;
import io.claimwatch.nlp.entities.AliasTable;
import io.claimwatch.nlp.entities.EntityKnowledge;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the names of subscriptions being saved against the alias table and, when Elasticsearch
 * answers, the indexed entities. Without Elasticsearch it says so and uses the alias table alone, so
 * a name only the articles know is refused (with that reason) rather than saved unresolved.
 */
final class SubscriptionNameCheck implements AutoCloseable {

    private final EnrichConfig config;
    private final PrintStream err;
    private EsConnection.Clients es;
    private SubscriptionNames names;

    SubscriptionNameCheck(EnrichConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
    }

    SubscriptionNames.Outcome resolve(Subscription s, boolean allowUnseen) {
        if (s.entities().isEmpty() && s.claimers().isEmpty()) {
            return new SubscriptionNames.Outcome(s, java.util.Map.of(), List.of(), List.of());
        }
        return names().resolve(s, allowUnseen);
    }

    private SubscriptionNames names() {
        if (names == null) {
            List<EntityDirectory> directories = new ArrayList<>();
            directories.add(AliasDirectory.load());
            EntityDirectory indexed = indexed();
            if (indexed != null) {
                directories.add(indexed);
            }
            names = new SubscriptionNames(new EntityNameResolver(AliasTable.load(), directories), () -> EntityKnowledge.get().gazetteer());
        }
        return names;
    }

    private EntityDirectory indexed() {
        String hosts = String.join(",", config.elasticsearch().hosts());
        try {
            es = EsConnection.of(config.elasticsearch()).open();
            if (es.sync().ping().value()) {
                return new IndexedEntities(new EsSearch(es.sync()), new IndexCatalog(config.elasticsearch().indexPrefix()));
            }
            err.println("claimwatch subscribe: warning: Elasticsearch at " + hosts + " did not answer the ping; "
                    + "names are checked against the alias table only");
        } catch (Exception e) {
            err.println("claimwatch subscribe: warning: cannot reach Elasticsearch at " + hosts + " (" + e.getMessage()
                    + "); names are checked against the alias table only (set CLAIMWATCH_ES_HOSTS or --job to check the indexed entities)");
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        if (es != null) {
            es.close();
        }
    }
}
