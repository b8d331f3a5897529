package io.claimwatch.connectors.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the catalog's topics that do not exist yet; existing topics are left as they are. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {}

    public static List<String> ensureTopics(String bootstrap, Map<String, String> clientProperties,
            TopicCatalog catalog, short replication) {
        return ensureTopics(bootstrap, clientProperties, catalog.all(), replication);
    }

    /** Creates the missing topics among {@code specs}; returns the names created. */
    public static List<String> ensureTopics(String bootstrap, Map<String, String> clientProperties,
            Iterable<TopicCatalog.TopicSpec> specs, short replication) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicCatalog.TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.of(replication))
                            .configs(spec.config()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrap + ": " + e.getMessage(), e);
        }
    }
}
