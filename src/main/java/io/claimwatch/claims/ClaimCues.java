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

/**
 * The cue lexicon of {@code config/claim-cues.yaml}: who says something (attribution verbs, source
 * markers) and the words of each form of counterclaim, single words as sets, phrases as
 * {@link Phrases}. Each group is documented in the file.
 */
public record ClaimCues(Set<String> attributionVerbs, List<List<String>> sourceMarkers, Set<String> negations,
        Rejection rejection, Dismissal dismissal, Doubt doubt, Accusation accusation, Answer answer) {

    /** Denials and rejections: the verbs, and what they may or may not take as object. */
    public record Rejection(Set<String> denialVerbs, Phrases denialPhrases, Set<String> weakDenialVerbs,
            Set<String> assertionNouns, Set<String> requestNouns) {}

    /** Calling a statement untrue or empty, and naming it so. */
    public record Dismissal(Phrases falsityWords, Set<String> falsityVerbs, Phrases dismissiveWords, Phrases falseSpeechWords,
            Set<String> namingVerbs) {}

    /** Doubt: inability to verify, missing evidence, doubt in so many words, negated belief. */
    public record Doubt(Set<String> verifyWords, Set<String> abilityWords, Set<String> inabilityNegations,
            Phrases unverifiedWords, Set<String> evidenceNouns, Set<String> evidenceVerbs, Phrases doubts,
            Set<String> beliefVerbs) {}

    /** Accusations, and what makes one a counter-accusation. */
    public record Accusation(Phrases counterAccusations, Phrases accusationVerbs, Phrases mutualSubjects,
            Set<String> brokenPromiseMarkers) {}

    /** Answers to another side's statement and the words that set two statements against each other. */
    public record Answer(Phrases responseMarkers, Set<String> agreementWords, Phrases oppositionMarkers, Set<String> contentNegations) {}

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
                    words(root, "assertion-nouns"), words(root, "request-nouns"));
            Dismissal dismissal = new Dismissal(phrases(root, "falsity-words"), words(root, "falsity-verbs"), phrases(root, "dismissive-words"),
                    phrases(root, "false-speech-words"),
                    words(root, "naming-verbs"));
            Doubt doubt = new Doubt(words(root, "verify-words"), words(root, "ability-words"), words(root, "inability-negations"),
                    phrases(root, "unverified-words"), words(root, "evidence-nouns"), words(root, "evidence-verbs"),
                    phrases(root, "doubts"), words(root, "belief-verbs"));
            Accusation accusation = new Accusation(phrases(root, "counter-accusations"), phrases(root, "accusation-verbs"),
                    phrases(root, "mutual-subjects"), words(root, "broken-promise-markers"));
            Answer answer = new Answer(phrases(root, "response-markers"), words(root, "agreement-words"), phrases(root, "opposition-markers"),
                    words(root, "content-negations"));
            return new ClaimCues(words(root, "attribution-verbs"), phraseLists(root, "source-markers"), words(root, "negations"),
                    rejection, dismissal, doubt, accusation, answer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> list(JsonNode root, String field) {
        JsonNode list = root.path(field);
        if (!list.isArray()) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isTextual()) {
                // YAML reads a bare no, yes, on or off as a boolean: the word is lost unless quoted.
                throw new IllegalStateException(RESOURCE + ": '" + field + "' holds " + n + ", not a word: write it in quotes (\"no\")");
            }
            out.add(n.asText().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    private static Set<String> words(JsonNode root, String field) {
        Set<String> out = new HashSet<>();
        for (String w : list(root, field)) {
            if (w.contains(" ")) {
                throw new IllegalStateException(RESOURCE + ": '" + field + "' holds single words, not '" + w + "'");
            }
            out.add(w);
        }
        return Set.copyOf(out);
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
