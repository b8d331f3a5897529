package io.claimwatch.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.nlp.entities.EntityKnowledge;
import io.claimwatch.nlp.entities.EntityLexicon;
import io.claimwatch.nlp.entities.NameVariants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What the cross-outlet dispute rule compares in a text, outside names: word stems (Snowball English),
 * event families ("shelled", "the attack" → {@code ~attack}), numbers ({@code #40000}) and countries
 * named by nationality ("Russian" → {@code @russia}, as the entity). Function words and the
 * vocabulary of saying and disputing are left out ({@code config/link-lexicon.yaml}). The statistics
 * file counts the same terms, so a term's weight is the rarity of exactly what is compared.
 * Thread-safe.
 */
public final class LinkTerms {

    public static final String RESOURCE = "/config/link-lexicon.yaml";
    /** Prefix of an entity as a term ({@code @russia}); entity ids themselves have none. */
    public static final String ENTITY = "@";
    public static final String FAMILY = "~";
    public static final String NUMBER = "#";

    /** A term of a text: what is compared, the text as written, and where it is. */
    public record Term(String key, String form, int start, int end) {}

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*");
    private static final Pattern PART = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static volatile LinkTerms shared;

    private final Set<String> stopWords;
    private final Set<String> frameWords;
    private final Set<String> propositionNouns;
    private final Set<String> requestNouns;
    /** Entity id of a government seat or capital → its country's entity id; a union's body or seat → the union's. */
    private final Map<String, String> seats;
    /** The seats, and well-known officials → the country (or union) they speak for. */
    private final Map<String, String> speakers;
    /** Entity id of a union's body or seat → the union's entity id. */
    private final Map<String, String> unionBodies;
    /** Stem of a member word → its family's term. */
    private final Map<String, String> families;
    /** A verb form whose stem is a noun of another sense ("planting" explosives, a power "plant") → its own term. */
    private final Map<String, String> senses;
    private final List<StatementKind> kinds;
    private final EntityLexicon entities;
    /** One-word country names, lower case, to their entity ids ("russia" → "russia"). */
    private final Map<String, String> countryNames;
    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    LinkTerms(Set<String> stopWords, Set<String> frameWords, Set<String> propositionNouns, Set<String> requestNouns,
            Map<String, List<String>> families, Map<String, String> seats, Map<String, String> unionBodies, Map<String, String> officials,
            List<StatementKind> kinds, EntityLexicon entities, Map<String, List<String>> senses) {
        this.kinds = List.copyOf(kinds);
        Map<String, String> byForm = new HashMap<>();
        senses.forEach((sense, forms) -> forms.forEach(f -> byForm.put(f.toLowerCase(Locale.ROOT), sense)));
        this.senses = Map.copyOf(byForm);
        this.unionBodies = Map.copyOf(unionBodies);
        this.stopWords = Set.copyOf(stopWords);
        this.frameWords = Set.copyOf(frameWords);
        this.propositionNouns = Set.copyOf(propositionNouns);
        this.requestNouns = Set.copyOf(requestNouns);
        Map<String, String> allSeats = new HashMap<>(seats);
        allSeats.putAll(unionBodies);
        this.seats = Map.copyOf(allSeats);
        allSeats.putAll(officials);
        this.speakers = Map.copyOf(allSeats);
        this.entities = entities;
        Map<String, String> countries = new HashMap<>();
        entities.demonyms().values().stream().filter(c -> c != null && !c.isBlank() && c.indexOf(' ') < 0)
                .forEach(c -> countries.put(c.toLowerCase(Locale.ROOT), NameVariants.slug(c)));
        this.countryNames = Map.copyOf(countries);
        Map<String, String> byStem = new HashMap<>();
        families.forEach((family, members) -> members.forEach(m -> byStem.put(stem(m.replace("-", "")), FAMILY + family)));
        this.families = Map.copyOf(byStem);
    }

    public static LinkTerms get() {
        LinkTerms t = shared;
        if (t == null) {
            synchronized (LinkTerms.class) {
                t = shared;
                if (t == null) {
                    t = load(EntityKnowledge.get().lexicon());
                    shared = t;
                }
            }
        }
        return t;
    }

    static LinkTerms load(EntityLexicon entities) {
        try (InputStream in = LinkTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, List<String>> families = new HashMap<>();
            JsonNode f = root.path("event-families");
            if (!f.isObject()) {
                throw new IllegalStateException(RESOURCE + ": 'event-families' must be a map of family → words");
            }
            f.properties().forEach(e -> families.put(e.getKey(), List.copyOf(words(e.getValue(), "event-families." + e.getKey()))));
            Map<String, String> seats = new HashMap<>();
            JsonNode st = root.path("seats");
            if (!st.isObject()) {
                throw new IllegalStateException(RESOURCE + ": 'seats' must be a map of entity id → country entity id");
            }
            st.properties().forEach(e -> seats.put(e.getKey(), e.getValue().asText()));
            JsonNode ub = root.path("union-bodies");
            if (!ub.isObject()) {
                throw new IllegalStateException(RESOURCE + ": 'union-bodies' must be a map of entity id → union entity id");
            }
            Map<String, String> bodies = new HashMap<>();
            ub.properties().forEach(e -> bodies.put(e.getKey(), e.getValue().asText()));
            JsonNode sf = root.path("speaks-for");
            if (!sf.isObject()) {
                throw new IllegalStateException(RESOURCE + ": 'speaks-for' must be a map of person entity id → country entity id");
            }
            Map<String, String> officials = new HashMap<>();
            sf.properties().forEach(e -> officials.put(e.getKey(), e.getValue().asText()));
            List<StatementKind> kinds = new ArrayList<>();
            JsonNode k = root.path("statement-kinds");
            if (!k.isObject()) {
                throw new IllegalStateException(RESOURCE + ": 'statement-kinds' must be a map of kind → nouns, markers, self-commitment");
            }
            k.properties().forEach(e -> kinds.add(new StatementKind(e.getKey(), words(e.getValue().path("nouns"), "statement-kinds." + e.getKey() + ".nouns"),
                    words(e.getValue().path("markers"), "statement-kinds." + e.getKey() + ".markers"),
                    e.getValue().path("self-commitment").asBoolean(false), e.getValue().path("alone").asBoolean(false))));
            Map<String, List<String>> senses = new HashMap<>();
            JsonNode vs = root.path("verb-senses");
            if (!vs.isMissingNode()) {
                if (!vs.isObject()) {
                    throw new IllegalStateException(RESOURCE + ": 'verb-senses' must be a map of term → verb forms");
                }
                vs.properties().forEach(e -> senses.put(e.getKey(), List.copyOf(words(e.getValue(), "verb-senses." + e.getKey()))));
            }
            return new LinkTerms(words(root.path("stop-words"), "stop-words"), words(root.path("frame-words"), "frame-words"),
                    words(root.path("proposition-nouns"), "proposition-nouns"), words(root.path("request-nouns"), "request-nouns"),
                    families, seats, bodies, officials, kinds, entities, senses);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Set<String> words(JsonNode list, String field) {
        if (!list.isArray()) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a list");
        }
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The terms of {@code text[from, to)} in text order, skipping characters marked in {@code masked}
     * (indexed from {@code from}; the entity mentions, compared as entities); null masks nothing.
     */
    public List<Term> terms(String text, int from, int to, boolean[] masked) {
        List<Term> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            if (masked != null && masked[m.start() - from]) {
                continue;
            }
            String form = m.group();
            if (form.indexOf('-') > 0) {
                // "de-escalate" is one event; "Iranian-made", "pro-Russian" are their parts.
                String family = families.get(stem(form.replace("-", "").toLowerCase(Locale.ROOT)));
                if (family != null) {
                    out.add(new Term(family, form, m.start(), m.end()));
                    continue;
                }
                Matcher p = PART.matcher(form);
                while (p.find()) {
                    String key = key(p.group());
                    if (key != null) {
                        out.add(new Term(key, p.group(), m.start() + p.start(), m.start() + p.end()));
                    }
                }
                continue;
            }
            String key = key(form);
            if (key != null) {
                out.add(new Term(key, form, m.start(), m.end()));
            }
        }
        return out;
    }

    /** The term of one word as written, or null when it is not content. */
    String key(String form) {
        if (Character.isDigit(form.charAt(0))) {
            String digits = form.replaceAll("[,.](?=\\d{3}(\\D|$))", "");
            return NUMBER + digits.replace(',', '.');
        }
        String lower = form.toLowerCase(Locale.ROOT);
        if (lower.length() < 3 || stopWords.contains(lower) || frameWords.contains(lower) || propositionNouns.contains(lower)) {
            return null;
        }
        String country = Character.isUpperCase(form.charAt(0)) ? entities.countryOf(lower.endsWith("s") && entities.countryOf(lower) == null
                ? lower.substring(0, lower.length() - 1) : lower) : null;
        if (country != null) {
            return ENTITY + NameVariants.slug(country);
        }
        String sense = senses.get(lower);
        if (sense != null) {
            return sense;
        }
        String stem = stem(lower);
        String family = families.get(stem);
        return family != null ? family : stem;
    }

    /**
     * A kind of statement a counterclaim can reject by name ("Russia's pledge", "Musk's original tweet"):
     * the nouns that name it, what shows a claim is of that kind — a word of it ("promised",
     * "tweeted", "on Telegram") or, for commitments, the claimer committing itself ("said it would …") —
     * and whether the kind alone tells which statement it is (a pledge: rarely several a day; a tweet: often).
     */
    record StatementKind(String name, Set<String> nouns, Set<String> markers, boolean selfCommitment, boolean alone) {}

    private static final Pattern WORDS = Pattern.compile("\\p{L}+");
    /** "said it would curtail …", "we will not …", "they are going to …": a claimer committing itself to an act, not a forecast of a state ("would be"). */
    private static final Pattern SELF_COMMITMENT = Pattern.compile(
            "(?i)\\b(?:it|they|we|he|she|i)\\s+(?:would|will|['’]d|['’]ll|(?:is|are|was|were)\\s+going\\s+to|plans?\\s+to|planned\\s+to"
                    + "|intends?\\s+to|intended\\s+to)\\s+(?:not\\s+|never\\s+)?(?!be\\b|have\\b|been\\b|like\\b)\\p{L}{3,}");

    /** The kind of statement a rejected text names ("Russia's pledge" → commitment), or null. */
    StatementKind kindNamed(String text) {
        Matcher m = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            for (StatementKind k : kinds) {
                if (k.nouns().contains(m.group())) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * Whether a rejected text names nothing but whose statement it is and what kind ("Musk's original
     * tweet", "the Russian announcement", "Russia's pledge"): no content word outside names.
     */
    boolean namesOnlyWhoseAndKind(String text) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String form = m.group();
            if (!Character.isUpperCase(form.charAt(0)) && key(form) != null) {
                return false;
            }
        }
        return kindNamed(text) != null;
    }

    /** Whether a claim's sentence shows it is of the kind: a marker word, or the claimer committing itself. */
    boolean shows(StatementKind kind, String claimText) {
        if (kind.selfCommitment() && SELF_COMMITMENT.matcher(claimText).find()) {
            return true;
        }
        Matcher m = WORDS.matcher(claimText.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (kind.markers().contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun stands for something said rather than for what happened ("the claims", "reports", "the idea"). */
    boolean isPropositionNoun(String lower) {
        return propositionNouns.contains(lower);
    }

    /** Whether a word (lower case) frames what is said rather than saying it ("said", "claims", "denied"). */
    boolean isFrameWord(String lower) {
        return frameWords.contains(lower);
    }

    /** Whether a word is a noun for something said that someone can be named the author of ("Russia's pledge"). */
    boolean isAuthoredNoun(String lower) {
        return propositionNouns.contains(lower) && !stopWords.contains(lower) && lower.length() >= 4;
    }

    /** The country entity id of a nationality word as written ("Russian" → "russia"), or null. */
    String countryOf(String form) {
        String key = Character.isUpperCase(form.charAt(0)) ? key(form) : null;
        return key != null && key.startsWith(ENTITY) ? key.substring(1) : null;
    }

    /**
     * Whether a text stands for something said elsewhere: a pronoun or a noun of something said ("it",
     * "this", "the claims", "such reports"), not a relative pronoun or a stray word ("which", "the").
     */
    boolean isAnaphor(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (propositionNouns.contains(w) && !w.equals("which")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a capitalised word stands for as a party: its name, its nationality or its seat ("Russia",
     * "Russian", "Moscow" → "russia"), or null.
     */
    String partyCountry(String form) {
        if (form.isEmpty() || !Character.isUpperCase(form.charAt(0))) {
            return null;
        }
        String lower = form.toLowerCase(Locale.ROOT);
        String named = countryNames.get(lower);
        if (named != null) {
            return named;
        }
        String seat = seats.get(lower);
        return seat != null ? seat : countryOf(form);
    }

    /** "appeal", "request", "proposal": what a denial turns down when it is a decision, not a dispute. */
    boolean isRequestNoun(String lower) {
        return requestNouns.contains(lower);
    }

    /** The country a government seat or capital speaks for ("kremlin" → "russia"), or the union a body of it does; or null. */
    String seatCountry(String entityId) {
        return seats.get(entityId);
    }

    /**
     * The country (or union) a claimer speaks for: a seat's ({@link #seatCountry}), or a well-known official's
     * ("vladimir-putin" → "russia"); or null. A person's country is no seat: "Ukraine" in Zelensky's words is
     * what he speaks about, where "Moscow" in Russia's is Russia itself.
     */
    String speaksFor(String entityId) {
        return speakers.get(entityId);
    }

    /** The union a body or seat of it stands for wherever it is named ("brussels" → "european-union"), or null. */
    String unionOf(String entityId) {
        return unionBodies.get(entityId);
    }

    boolean isFunctionWord(String lower) {
        return stopWords.contains(lower);
    }

    /** Whether two words as written are the same word ("exports", "export"). */
    boolean sameWord(String a, String b) {
        return stem(a.toLowerCase(Locale.ROOT)).equals(stem(b.toLowerCase(Locale.ROOT)));
    }

    /** Every event family's term, for checking that the statistics count them. */
    Set<String> familyTerms() {
        return Set.copyOf(families.values());
    }

    private String stem(String lower) {
        return stemmer.get().stem(lower).toString();
    }
}
