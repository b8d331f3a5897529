package io.claimwatch.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The cue lexicon of {@code config/claim-cues.yaml}: single words as sets, phrases as token lists. */
public record ClaimCues(Set<String> attributionVerbs, List<List<String>> sourceMarkers, Set<String> denialVerbs,
        List<List<String>> dismissals, List<List<String>> doubts, List<List<String>> counterAccusations,
        Set<String> brokenPromiseMarkers, Set<String> negations) {

    public static final String RESOURCE = "/config/claim-cues.yaml";

    private static volatile ClaimCues shared;

    public static ClaimCues get() {
        ClaimCues c = shared;
        if (c == null) {
            synchronized (ClaimCues.class) {
                c = shared;
                if (c == null) {
                    c = load();
                    shared = c;
                }
            }
        }
        return c;
    }

    static ClaimCues load() {
        try (InputStream in = ClaimCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new ClaimCues(words(root, "attribution-verbs"), phrases(root, "source-markers"), words(root, "denial-verbs"),
                    phrases(root, "dismissals"), phrases(root, "doubts"), phrases(root, "counter-accusations"),
                    words(root, "broken-promise-markers"), words(root, "negations"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Set<String> words(JsonNode root, String field) {
        JsonNode list = root.path(field);
        if (!list.isArray()) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a list");
        }
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static List<List<String>> phrases(JsonNode root, String field) {
        List<List<String>> out = new ArrayList<>();
        for (String p : words(root, field)) {
            out.add(List.of(p.split(" ")));
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }
}
