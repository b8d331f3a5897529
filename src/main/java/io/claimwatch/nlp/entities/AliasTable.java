package io.claimwatch.nlp.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The editable table of known entities ({@code config/entity-aliases.yaml}): every alias, by variant
 * key, points at its canonical entry; a listed person's surname alone does too when no other listed
 * person shares it. An organisation may say what kind of body it is ({@code kind}), for descriptions
 * that stand for it later in an article ("the agency").
 */
public final class AliasTable {

    public static final String RESOURCE = "/config/entity-aliases.yaml";

    /** A listed entity; kind (organisations only, may be null) says what it is: "news agency", "ngo", "alliance". */
    public record Known(String name, EntityType type, String kind) {}

    private final Map<String, Known> byKey = new HashMap<>();
    private final Map<String, Known> acronyms = new HashMap<>();
    private final Map<String, Known> surnames = new HashMap<>();

    public static AliasTable load() {
        try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new AliasTable(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    AliasTable(JsonNode entries) {
        Set<String> ambiguousSurnames = new HashSet<>();
        int n = 0;
        for (JsonNode e : entries) {
            n++;
            String name = e.path("name").asText("");
            String type = e.path("type").asText("");
            if (name.isBlank() || !Set.of("PERSON", "ORG", "LOC").contains(type)) {
                throw new IllegalStateException(RESOURCE + ": entry " + n + " needs a name and a type of PERSON, ORG or LOC");
            }
            String kind = e.path("kind").asText(null);
            Known known = new Known(name, EntityType.valueOf(type), kind == null || kind.isBlank() ? null : kind.toLowerCase(java.util.Locale.ROOT));
            add(name, known);
            e.path("aliases").forEach(a -> add(a.asText(), known));
            if (known.type() == EntityType.PERSON && name.contains(" ")) {
                String surname = NameVariants.key(name.substring(name.lastIndexOf(' ') + 1));
                if (surnames.putIfAbsent(surname, known) != null) {
                    ambiguousSurnames.add(surname);
                }
            }
        }
        ambiguousSurnames.forEach(surnames::remove);
    }

    private void add(String alias, Known known) {
        String acronym = NameVariants.acronym(alias);
        if (acronym != null) {
            acronyms.put(acronym, known); // "US" must not match the pronoun "us"
        } else {
            byKey.putIfAbsent(NameVariants.key(alias), known);
        }
    }

    /** The known entity this text names, or null. Acronyms match only in capitals. */
    public Known find(String text) {
        String acronym = NameVariants.acronym(text);
        if (acronym != null) {
            return acronyms.get(acronym);
        }
        return byKey.get(NameVariants.key(text));
    }

    /** The one listed person with this surname, or null. */
    public Known bySurname(String surname) {
        return surnames.get(NameVariants.key(surname));
    }
}
