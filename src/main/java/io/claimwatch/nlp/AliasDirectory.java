package io.claimwatch.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.nlp.entities.AliasTable;
import io.claimwatch.nlp.entities.NameVariants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of the alias table ({@code config/entity-aliases.yaml}) as known entities, with the ids
 * the annotator gives them (the slug of the canonical name). Lookups by name go through
 * {@link AliasTable#find}; this class only lists the entries, which the table itself does not expose.
 */
public final class AliasDirectory implements EntityDirectory {

    private final Map<String, KnownEntity> byId = new LinkedHashMap<>();

    public static AliasDirectory load() {
        try (InputStream in = AliasDirectory.class.getResourceAsStream(AliasTable.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(AliasTable.RESOURCE + " is not on the classpath");
            }
            return new AliasDirectory(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + AliasTable.RESOURCE, e);
        }
    }

    AliasDirectory(JsonNode entries) {
        for (JsonNode e : entries) {
            String name = e.path("name").asText("");
            if (!name.isBlank()) {
                String id = NameVariants.slug(name);
                byId.putIfAbsent(id, new KnownEntity(id, name, e.path("type").asText(""), 0));
            }
        }
    }

    @Override
    public Map<String, KnownEntity> byIds(Collection<String> ids) {
        Map<String, KnownEntity> out = new LinkedHashMap<>();
        for (String id : ids) {
            KnownEntity k = byId.get(id);
            if (k != null) {
                out.put(id, k);
            }
        }
        return out;
    }

    /** Every entry: the table is small (hundreds), and the resolver ranks them. */
    @Override
    public List<KnownEntity> near(String text, int max) {
        return new ArrayList<>(byId.values());
    }
}
