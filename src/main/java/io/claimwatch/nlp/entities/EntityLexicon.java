package io.claimwatch.nlp.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The cue words of {@code config/entity-lexicon.yaml}, lower-cased. */
public record EntityLexicon(Set<String> personTitles, Set<String> titleModifiers, Set<String> orgHeads, Set<String> locPrefixes, Set<String> locHeads, List<List<String>> institutions, List<List<String>> facilities,
        Set<String> ministryModifiers, Set<String> groupDescriptors, Set<String> nameConnectors,
        Set<String> speechVerbs, Map<String, String> demonyms, Set<String> notNames, Set<String> roleNouns,
        Set<String> femaleRoles, Set<String> maleRoles, Map<String, Set<String>> orgKinds, Set<String> genericOrgDescriptions,
        Map<String, Set<String>> placeDescriptions, Map<String, Set<String>> roleSynonyms, Map<String, String> usStates) {

    public static final String RESOURCE = "/config/entity-lexicon.yaml";

    public static EntityLexicon load() {
        try (InputStream in = EntityLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, String> demonyms = new HashMap<>();
            root.path("demonyms").properties().forEach(e -> demonyms.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
            return new EntityLexicon(words(root, "person-titles"), words(root, "title-modifiers"), words(root, "org-heads"), words(root, "loc-prefixes"), words(root, "loc-heads"),
                    phrases(root, "institutions"), phrases(root, "facilities"),
                    words(root, "ministry-modifiers"), words(root, "group-descriptors"), words(root, "name-connectors"),
                    words(root, "speech-verbs"), Map.copyOf(demonyms), words(root, "not-names"), words(root, "role-nouns"),
                    words(root, "female-roles"), words(root, "male-roles"), kinds(root.path("org-kinds")),
                    words(root, "generic-org-descriptions"), kinds(root.path("place-descriptions")), synonyms(root.path("role-synonyms")),
                    states(root.path("us-states")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, Set<String>> kinds(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalStateException(RESOURCE + ": 'org-kinds' and 'place-descriptions' must map a word to the descriptions that stand for it");
        }
        Map<String, Set<String>> out = new HashMap<>();
        node.properties().forEach(e -> {
            Set<String> d = new HashSet<>();
            e.getValue().forEach(n -> d.add(n.asText().toLowerCase(Locale.ROOT)));
            out.put(e.getKey().toLowerCase(Locale.ROOT), Set.copyOf(d));
        });
        return Map.copyOf(out);
    }

    /** A US state's name and its news abbreviations ("Minn.", "N.Y.") → the state's name. */
    private static Map<String, String> states(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalStateException(RESOURCE + ": 'us-states' must map each state's name to its abbreviations");
        }
        Map<String, String> out = new HashMap<>();
        node.properties().forEach(e -> {
            out.put(e.getKey(), e.getKey());
            e.getValue().forEach(a -> out.put(a.asText(), e.getKey()));
        });
        return Map.copyOf(out);
    }

    /** The state a party-and-state tag names ("Minn." in "(D-Minn.)", "Texas"), or null. */
    public String usState(String nameOrAbbreviation) {
        return usStates.get(nameOrAbbreviation);
    }

    /** Each word of a group of synonyms → the whole group. */
    private static Map<String, Set<String>> synonyms(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalStateException(RESOURCE + ": 'role-synonyms' must be a list of lists of words");
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode group : node) {
            Set<String> g = new HashSet<>();
            group.forEach(w -> g.add(w.asText().toLowerCase(Locale.ROOT)));
            g.forEach(w -> out.put(w, Set.copyOf(g)));
        }
        return Map.copyOf(out);
    }

    /** Longest first, so "nuclear power plant" wins over "power plant". */
    private static List<List<String>> phrases(JsonNode root, String field) {
        return words(root, field).stream().map(p -> List.of(p.split(" ")))
                .sorted(java.util.Comparator.comparingInt((List<String> p) -> -p.size()).thenComparing(p -> String.join(" ", p)))
                .toList();
    }

    private static Set<String> words(JsonNode root, String field) {
        JsonNode list = root.path(field);
        if (!list.isArray()) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a list of words");
        }
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** "Russian", "Russians" and "Russian-Western" are demonyms; "Russia" is not. */
    public boolean isDemonym(String word) {
        for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
            if (!demonyms.containsKey(part) && !(part.endsWith("s") && demonyms.containsKey(part.substring(0, part.length() - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A title that makes the name after it a person ("President", "spokesman"), not a mere qualifier. */
    public boolean isPersonTitle(String word) {
        String w = bare(word);
        return personTitles.contains(w) && !titleModifiers.contains(w);
    }

    public boolean isTitleWord(String word) {
        String w = bare(word);
        return personTitles.contains(w) || titleModifiers.contains(w);
    }

    /** Lower case without a final full stop: "Col." and "Col" are one title. */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** A lower-case noun for a kind of organisation ("company", "newspaper", "broadcaster", "group"). */
    public boolean isOrgKind(String word) {
        if (orgKinds.containsKey(word)) {
            return true;
        }
        for (Set<String> d : orgKinds.values()) {
            if (d.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A noun that describes a place by its kind: "the country", "the city". */
    public boolean isPlaceDescription(String word) {
        for (Set<String> d : placeDescriptions.values()) {
            if (d.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A noun that can describe a person: a title ("the governor") or a role ("the lawyer"). */
    public boolean isPersonRole(String word) {
        String w = bare(word);
        return roleNouns.contains(w) || personTitles.contains(w) && !titleModifiers.contains(w);
    }

    /** The role and the roles that name the same function ("attorney" → lawyer, counsel…). */
    public Set<String> sameRole(String role) {
        String w = bare(role);
        return roleSynonyms.getOrDefault(w, Set.of(w));
    }

    /** 'f', 'm', or 0 when the role does not tell. */
    public char genderOf(String role) {
        String w = bare(role);
        return femaleRoles.contains(w) ? 'f' : maleRoles.contains(w) ? 'm' : 0;
    }

    /** The demonym of a country ("Russia" → "Russian"), or null. */
    public String demonymOf(String country) {
        for (var e : demonyms.entrySet()) {
            if (e.getValue().equalsIgnoreCase(country)) {
                return Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
            }
        }
        return null;
    }

    /** The country a demonym points at ("Russian" → "Russia"), or null. */
    public String countryOf(String demonym) {
        String c = demonyms.get(demonym.toLowerCase(Locale.ROOT));
        return c == null || c.isEmpty() ? null : c;
    }
}
