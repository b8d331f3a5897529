package io.claimwatch.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue lexicon of {@code config/claim-cues.yaml}: who says something (attribution verbs, source
 * markers) and the words of each form of counterclaim, single words as sets, phrases as
 * {@link Phrases}. Each group is documented in the file.
 */
public record ClaimCues(Set<String> attributionVerbs, List<List<String>> sourceMarkers, Set<String> negations,
        Rejection rejection, Dismissal dismissal, Doubt doubt, Accusation accusation, Answer answer, DisputedKinds kinds) {

    /** Denials and rejections: the verbs, and what they may or may not take as object. */
    public record Rejection(Set<String> denialVerbs, Phrases denialPhrases, Set<String> weakDenialVerbs,
            Set<String> assertionNouns, Set<String> requestNouns, Set<String> credibilityNouns, Phrases rejectingPhrases,
            Set<String> officeHolders) {}

    /** Calling a statement untrue or empty, and naming it so. */
    public record Dismissal(Phrases falsityWords, Set<String> falsityVerbs, Phrases dismissiveWords, Phrases falseSpeechWords,
            Set<String> namingVerbs, Set<String> comparisonVerbs, Set<String> portrayalVerbs) {}

    /** Doubt: inability to verify, missing evidence, doubt in so many words, negated belief. */
    public record Doubt(Set<String> verifyWords, Set<String> abilityWords, Set<String> inabilityNegations,
            Phrases unverifiedWords, Set<String> evidenceNouns, Set<String> evidenceVerbs, Phrases doubts,
            Set<String> beliefVerbs) {}

    /** Accusations, and what makes one a counter-accusation. */
    public record Accusation(Phrases counterAccusations, Phrases accusationVerbs, Phrases mutualSubjects,
            Set<String> brokenPromiseMarkers) {}

    /** Answers to another side's statement and the words that set two statements against each other. */
    public record Answer(Phrases responseMarkers, Set<String> agreementWords, Phrases oppositionMarkers, Set<String> contentNegations,
            Set<String> insistenceVerbs) {}

    /**
     * What a counterclaim names as the thing it rejects: the kind of each noun ("accusations" →
     * accusation) and, for each kind, the beginnings of the words that mark a statement of it
     * ("accus", "blam"; "#" for a number).
     */
    public record DisputedKinds(Map<String, String> kindOfNoun, Map<String, List<String>> markers) {

        /** Whether a statement's lower-case tokens are of this kind. */
        boolean marks(String kind, String[] lower) {
            return markedAt(kind, lower, 0) >= 0;
        }

        /** The first token from {@code from} that marks this kind, or -1. */
        int markedAt(String kind, String[] lower, int from) {
            for (int i = from; i < lower.length; i++) {
                String w = lower[i];
                for (String m : markers.getOrDefault(kind, List.of())) {
                    if (m.equals("#") ? !w.isEmpty() && Character.isDigit(w.charAt(0)) : w.startsWith(m)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

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

    /** The verbs that deny or reject (also attribution cues: their subject is the counterclaim's claimer). */
    public Set<String> denialVerbs() {
        return rejection.denialVerbs();
    }

    static ClaimCues load() {
        try (InputStream in = ClaimCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Rejection rejection = new Rejection(words(root, "denial-verbs"), phrases(root, "denial-phrases"), words(root, "weak-denial-verbs"),
                    words(root, "assertion-nouns"), words(root, "request-nouns"), words(root, "credibility-nouns"),
                    phrases(root, "rejecting-phrases"), words(root, "office-holders"));
            Dismissal dismissal = new Dismissal(phrases(root, "falsity-words"), words(root, "falsity-verbs"), phrases(root, "dismissive-words"),
                    phrases(root, "false-speech-words"),
                    words(root, "naming-verbs"), words(root, "comparison-verbs"),
                    words(root, "portrayal-verbs"));
            Doubt doubt = new Doubt(words(root, "verify-words"), words(root, "ability-words"), words(root, "inability-negations"),
                    phrases(root, "unverified-words"), words(root, "evidence-nouns"), words(root, "evidence-verbs"),
                    phrases(root, "doubts"), words(root, "belief-verbs"));
            Accusation accusation = new Accusation(phrases(root, "counter-accusations"), phrases(root, "accusation-verbs"),
                    phrases(root, "mutual-subjects"), words(root, "broken-promise-markers"));
            Answer answer = new Answer(phrases(root, "response-markers"), words(root, "agreement-words"), phrases(root, "opposition-markers"),
                    words(root, "content-negations"), words(root, "insistence-verbs"));
            return new ClaimCues(words(root, "attribution-verbs"), phraseLists(root, "source-markers"), words(root, "negations"),
                    rejection, dismissal, doubt, accusation, answer, kinds(root, "disputed-kinds"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> list(JsonNode root, String field) {
        return list(root, field, field);
    }

    private static List<String> list(JsonNode root, String field, String where) {
        JsonNode list = root.path(field);
        if (!list.isArray()) {
            throw new IllegalStateException(RESOURCE + ": '" + where + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isTextual()) {
                // YAML reads a bare no, yes, on or off as a boolean: the word is lost unless quoted.
                throw new IllegalStateException(RESOURCE + ": '" + where + "' holds " + n + ", not a word: write it in quotes (\"no\")");
            }
            out.add(n.asText().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    private static Set<String> words(JsonNode root, String field) {
        return words(root, field, field);
    }

    private static Set<String> words(JsonNode root, String field, String where) {
        Set<String> out = new HashSet<>();
        for (String w : list(root, field, where)) {
            if (w.contains(" ")) {
                throw new IllegalStateException(RESOURCE + ": '" + where + "' holds single words, not '" + w + "'");
            }
            out.add(w);
        }
        return Set.copyOf(out);
    }

    private static DisputedKinds kinds(JsonNode root, String field) {
        JsonNode map = root.path(field);
        if (!map.isObject()) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' must map each kind to its nouns and words");
        }
        Map<String, String> kindOfNoun = new HashMap<>();
        Map<String, List<String>> markers = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = field + "." + e.getKey();
            for (String noun : words(e.getValue(), "nouns", where + ".nouns")) {
                kindOfNoun.put(noun, e.getKey());
            }
            markers.put(e.getKey(), List.copyOf(words(e.getValue(), "words", where + ".words")));
        }
        return new DisputedKinds(Map.copyOf(kindOfNoun), Map.copyOf(markers));
    }

    private static Phrases phrases(JsonNode root, String field) {
        return Phrases.of(list(root, field));
    }

    private static List<List<String>> phraseLists(JsonNode root, String field) {
        List<List<String>> out = new ArrayList<>();
        for (String p : new HashSet<>(list(root, field))) {
            out.add(List.of(Phrases.split(p)));
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }
}
