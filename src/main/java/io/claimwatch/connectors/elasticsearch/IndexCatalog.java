package io.claimwatch.connectors.elasticsearch;

import java.io.Serializable;
import java.util.List;

/**
 * Index names, the one place they are defined; each has a template file of the same name in
 * {@code connectors/elasticsearch/}. A deployment may prepend a prefix.
 */
public record IndexCatalog(String prefix) implements Serializable {

    public static final String ARTICLES = "claimwatch-articles";
    public static final String STATEMENTS = "claimwatch-statements";
    public static final String LINKS = "claimwatch-links";
    public static final String ALERTS = "claimwatch-alerts";
    public static final List<String> ALL = List.of(ARTICLES, STATEMENTS, LINKS, ALERTS);

    public String articles() {
        return prefix + ARTICLES;
    }

    public String name(String base) {
        return prefix + base;
    }
}
