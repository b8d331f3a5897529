package io.claimwatch.claims;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.Entity;
import io.claimwatch.model.Mention;
import io.claimwatch.model.RejectedContent;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import io.claimwatch.model.RejectedSpan;
import io.claimwatch.nlp.entities.AliasTable;
import io.claimwatch.nlp.entities.EntityKnowledge;
import io.claimwatch.nlp.entities.NameVariants;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims and counterclaims of an analysed article as the cross-article linker compares them: each
 * with its entities and content terms ({@link LinkTerms}), and a counterclaim with what it rejects —
 * the rejected part of its sentence, or, when that part names no proposition ("denied it", "rejected
 * the accusations"), the statement of the article it answers. A counterclaim that names nothing its
 * article explains carries no rejected content, and the rule never links it.
 */
public final class StatementRefs {

    /** Content terms kept per claim: a sentence has far fewer; a run-on "sentence" of a page must not fill the state. */
    static final int MAX_WORDS = 80;

    private StatementRefs() {}

    public static List<StatementRef> of(String articleId, String source, String url, long publishedAt, String text, Annotation a) {
        return of(articleId, source, url, publishedAt, text, a, ArticleCaps.DEFAULTS);
    }

    /**
     * At most {@code caps.claims()} claims and counterclaims (the first ones), each under at most
     * {@code caps.entityKeysPerClaim()} entities (its claimer first) and with its sentence cut to
     * {@code caps.claimTextChars()}: what one article can put into the linking state is bounded.
     */
    public static List<StatementRef> of(String articleId, String source, String url, long publishedAt, String text, Annotation a,
            ArticleCaps caps) {
        LinkTerms terms = LinkTerms.get();
        List<StatementRef> out = new ArrayList<>();
        for (Statement s : a.statements()) {
            if (!s.label().isPositive()) {
                continue;
            }
            if (out.size() >= caps.claims()) {
                break;
            }
            Set<String> entities = new LinkedHashSet<>();
            if (s.claimerId() != null) {
                entities.add(s.claimerId());
            }
            mentions(a, s.start(), s.end()).forEach(m -> entities.add(m.entityId()));
            String sentence = text.substring(s.start(), s.end());
            if (sentence.length() > caps.claimTextChars()) {
                sentence = sentence.substring(0, caps.claimTextChars()) + "…";
            }
            RejectedContent rejected = s.label() == StatementLabel.COUNTERCLAIM ? rejected(terms, text, a, s) : null;
            if (rejected != null && rejected.fromArticle()) {
                // "She denied it": it is what the answered statement says, so it is compared under its entities too.
                Statement answered = answered(a, s);
                if (answered.claimerId() != null) {
                    entities.add(answered.claimerId());
                }
                mentions(a, answered.start(), firstAccountEnd(text, answered.start(), answered.end())).forEach(m -> entities.add(m.entityId()));
            }
            Content words = content(terms, text, a, s.start(), s.end(), false);
            // Countries named by nationality ("Ukrainian artillery") are keys too, after the names.
            words.keys().stream().filter(k -> k.startsWith(LinkTerms.ENTITY)).forEach(k -> entities.add(k.substring(1)));
            // Rare names the annotator missed ("Griner is being held" where "Griner" was not recognised): keys too.
            List<String> rare = rareNames(words, text.substring(s.start(), s.end()));
            entities.addAll(rare);
            // Then, last, what meets the same party named otherwise in another outlet: a one-word claimer rare in
            // news ("Sobchak dismissed …" opening the sentence), the country a claimer speaks for ("Moscow denied …"
            // under "russia") and a person's surname ("Musk's tweet" in an article that never gives his first
            // name, under "musk"). Those the statement does not name otherwise stand for its claimer only.
            Set<String> parties = new LinkedHashSet<>();
            String named = rareClaimerName(s);
            if (named != null) {
                parties.add(named);
            }
            List<String> side = side(terms, text, a, s);
            // The union a body or seat of it named in the sentence stands for ("the resolution from Brussels" under the EU).
            for (String id : List.copyOf(entities)) {
                String union = terms.unionOf(id);
                if (union != null) {
                    entities.add(union);
                }
            }
            parties.addAll(side);
            Set<String> withSide = new LinkedHashSet<>(entities);
            withSide.addAll(parties);
            // A surname stands for the claimer only when it is the claimer's; another person's is that person
            // named ("Griner's freedom" against "the appeal of Brittney Griner").
            List<String> surnames = surnames(a, withSide);
            String claimerSurname = surnameKey(s.claimerId());
            parties.addAll(surnames.stream().filter(n -> n.equals(claimerSurname)).toList());
            parties.removeAll(entities);
            entities.addAll(surnames);
            entities.addAll(parties);
            List<String> keys = entities.stream().limit(caps.entityKeysPerClaim()).toList();
            List<String> partyKeys = keys.stream().filter(parties::contains).toList();
            out.add(new StatementRef(StatementRef.globalId(articleId, s.start()), articleId, source, url, publishedAt, s.label(), s.score(),
                    s.claimer(), s.claimerId(), sentence, keys, words.keys(), words.forms(), rejected, side,
                    accused(terms, text, a, s, rare), partyKeys));
        }
        return out;
    }

    /**
     * A claimer the annotator gave no entity whose name is one capitalised word rare in news ("Sobchak"
     * as the subject of "dismissed"), in lower case; null otherwise. Where it opens the sentence,
     * {@link #rareNames} cannot tell it from any first word; as the claimer it is a name.
     */
    static String rareClaimerName(Statement s) {
        String c = s.claimer();
        if (s.claimerId() != null || c.equals("article") || c.length() < 3 || !c.matches("\\p{Lu}\\p{Ll}+")) {
            return null;
        }
        String lower = c.toLowerCase(java.util.Locale.ROOT);
        LinkTerms terms = LinkTerms.get();
        String key = terms.key(c);
        return key != null && !key.startsWith(LinkTerms.ENTITY) && LinkStatistics.get().termWeight(key) >= RARE_NAME ? lower : null;
    }

    /** The surname ids of the persons among {@code ids} ("elon-musk" → "musk"): the id a surname alone gets in another article. */
    static List<String> surnames(Annotation a, Set<String> ids) {
        List<String> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            String surname = surnameKey(e.id());
            if (e.type() == io.claimwatch.model.EntityType.PERSON && ids.contains(e.id()) && surname != null) {
                out.add(surname);
            }
        }
        return out;
    }

    /** The last part of a multi-part id, the key a surname alone gets ("elon-musk" → "musk"), or null when it is under 3 letters. */
    static String surnameKey(String id) {
        int dash = id == null ? -1 : id.lastIndexOf('-');
        return dash > 0 && dash < id.length() - 3 ? id.substring(dash + 1) : null;
    }

    /**
     * How rare in news (weight 0..1 in {@link LinkStatistics}) a capitalised word outside the entity
     * mentions must be to stand for a name the annotator missed: about 1 in 90 articles or rarer, so
     * that "President" or "Telegram" never key a statement.
     */
    static final double RARE_NAME = 0.55;

    /**
     * The capitalised content words outside entity mentions that are rare in news, not the sentence's
     * first word: names the annotator did not recognise in this sentence, in lower case — the id a
     * one-word name has as an entity ("Velna" → {@code velna}), so the same name meets across outlets
     * even where one article's annotator missed it.
     */
    static List<String> rareNames(Content words, String sentence) {
        String opening = sentence.replaceFirst("^[\\s\\p{Pi}\\p{Pf}\"'(\\[]+", "");
        LinkStatistics stats = LinkStatistics.get();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.keys().size(); i++) {
            String key = words.keys().get(i);
            String form = words.forms().get(i);
            if (key.startsWith(LinkTerms.ENTITY) || key.startsWith(LinkTerms.FAMILY) || key.startsWith(LinkTerms.NUMBER)
                    || form.length() < 3 || !Character.isUpperCase(form.charAt(0)) || form.equals(form.toUpperCase(java.util.Locale.ROOT))
                    || opening.startsWith(form)) {
                continue;
            }
            if (stats.termWeight(key) >= RARE_NAME) {
                out.add(form.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * What a counterclaim rejects: the terms of its rejected span (null when none was found) when
     * they name a proposition — a content word, number or event, or two entities; else
     * those of the statement of its article it answers ({@code disputes}), which says what "it" is;
     * else only the names in the span ("Halvard Mining Group's statement"), or nothing (core 0: the
     * rule then needs the counterclaim to name the claim's claimer). Then the rest of its sentence (its
     * own account), weighing less. Null when nothing is left ("She denied it" alone).
     */
    static RejectedContent rejected(LinkTerms terms, String text, Annotation a, Statement s) {
        if (s.rejected() == null) {
            return null; // nothing found that it rejects: no proposition to compare, never linked
        }
        RejectedSpan span = s.rejected();
        Content own = content(terms, text, a, span.start(), span.end(), true);
        Content rest = content(terms, text, a, s.start(), span.start(), true).plus(content(terms, text, a, span.end(), s.end(), true));
        String answeredText = null;
        List<String> answeredParties = List.of();
        Content core;
        List<String> predicates = List.of();
        if (namesProposition(own)) {
            core = own;
            predicates = predicates(terms, text, a, span);
        } else if (own.keys().isEmpty() && !terms.isAnaphor(span.of(text))) {
            return null; // "the", "yesterday", "which": a misparse, not "it" nor "the claims"
        } else {
            Statement answered = answered(a, s);
            if (answered != null && !ofNamedAuthor(terms, text, a, span, answered)) {
                // "The Ukrainian claim could not be verified" after a sentence of the Russian authorities' allegation:
                // the article's statement is not the one named, and what "the Ukrainian claim" says is unknown.
                return null;
            }
            if (answered != null) {
                int end = firstAccountEnd(text, answered.start(), answered.end());
                core = own.plus(content(terms, text, a, answered.start(), end, true));
                answeredText = text.substring(answered.start(), end).strip();
                List<String> parties = new ArrayList<>(answered.claimerIds());
                parties.addAll(side(terms, text, a, answered));
                answeredParties = parties;
            } else if (!rest.keys().isEmpty()) {
                // Only whose statement it is may still tell ("rejected Halvard's statement, saying …",
                // "rejected the criticism, describing Gvaramia as …"): the rule links such a counterclaim
                // only to a claim of the claimer it names.
                core = own.keys().stream().anyMatch(k -> k.startsWith(LinkTerms.ENTITY)) ? own : new Content(List.of(), List.of());
            } else {
                return null;
            }
        }
        Content all = core.plus(rest);
        if (all.keys().isEmpty()) {
            return null;
        }
        List<String> authors = new ArrayList<>(authors(terms, text, a, s.start(), s.end()));
        for (String p : answeredParties) {
            // "Kyiv rejected these claims" after "the Russian military claimed …": whose claims they are is the
            // answered statement's claimer (or its side: "Russia"), not whoever else says the same.
            if (!authors.contains(p)) {
                authors.add(p);
            }
        }
        return new RejectedContent(span.of(text), answeredText, all.keys(), all.forms(), Math.min(core.keys().size(), all.keys().size()),
                authors, predicates);
    }

    /**
     * Whether the statement the article gives for a rejected span is by the author the span names, or of its
     * side ("the Ukrainian claim", "Russia's allegation"); true when the span names no author.
     */
    private static boolean ofNamedAuthor(LinkTerms terms, String text, Annotation a, RejectedSpan span, Statement answered) {
        List<String> named = authors(terms, text, a, span.start(), span.end());
        if (named.isEmpty()) {
            return true;
        }
        Set<String> parties = new HashSet<>(answered.claimerIds());
        parties.addAll(side(terms, text, a, answered));
        if (parties.isEmpty()) {
            // The outlet's own account of what was said ("Shoigu told Wallace that Kyiv could …"): the author it names.
            for (EntityAt m : mentions(a, answered.start(), answered.end())) {
                parties.add(m.entityId());
            }
        }
        return named.stream().anyMatch(parties::contains);
    }

    /** The terms of the span's verbs and adjectives (from its parse), its events and its numbers. */
    private static List<String> predicates(LinkTerms terms, String text, Annotation a, RejectedSpan span) {
        Set<Integer> at = Set.copyOf(span.predicates());
        Set<String> out = new LinkedHashSet<>();
        boolean[] masked = new boolean[span.end() - span.start()];
        for (EntityAt m : mentions(a, span.start(), span.end())) {
            for (int i = m.start(); i < m.end(); i++) {
                masked[i - span.start()] = true;
            }
        }
        for (LinkTerms.Term t : terms.terms(text, span.start(), span.end(), masked)) {
            if (at.contains(t.start()) || t.key().startsWith(LinkTerms.FAMILY) || t.key().startsWith(LinkTerms.NUMBER)) {
                out.add(t.key());
            }
        }
        return List.copyOf(out);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*|['’]s\\b");
    private static final Set<String> BY = Set.of("by", "from");
    /** Verbs of answering someone, and the word before whom they answer: "replied to X", "hit back at X". */
    private static final Set<String> REPLIES = Set.of("replied", "replies", "reply", "replying", "responded", "responds", "respond",
            "responding", "retorted", "back", "out");
    private static final Set<String> ADDRESSED = Set.of("to", "at");

    /**
     * The entities a sentence names as the author of something said: "Russia's pledge", "Mr
     * Prigozhin's latest accusations", "the Harbour Council's export figures", "the Russian
     * announcement", "claims by the ministry"; and whom it answers: "replied to Zelenskyy", "hit back at Kyiv".
     */
    static List<String> authors(LinkTerms terms, String text, Annotation a, int from, int to) {
        List<EntityAt> inside = mentions(a, from, to);
        List<String> words = new ArrayList<>();
        List<String> entityOf = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(m.group());
            String id = null;
            for (EntityAt e : inside) {
                if (e.start() <= m.start() && m.end() <= e.end()) {
                    id = e.entityId();
                }
            }
            entityOf.add(id);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int j = 0; j < words.size(); j++) {
            String w = words.get(j).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("falsely") && j + 1 < words.size() && !COPULAS.contains(words.get(Math.max(0, j - 1)).toLowerCase(java.util.Locale.ROOT))) {
                String subject = subjectBefore(terms, words, entityOf, j); // "Trump falsely claimed that …": Trump's claim
                if (subject != null) {
                    out.add(subject);
                }
            }
            if (REPLIES.contains(w) && j + 2 < words.size() && ADDRESSED.contains(words.get(j + 1).toLowerCase(java.util.Locale.ROOT))
                    && entityOf.get(j + 2) != null && !(j + 3 < words.size() && isPossessive(words.get(j + 3)))) {
                out.add(entityOf.get(j + 2)); // "replied to Zelenskyy that …", "hit back at Kyiv": whom it answers
            }
            if (!terms.isAuthoredNoun(w) || entityOf.get(j) != null) {
                continue;
            }
            int k = j - 1;
            for (int skipped = 0; k >= 0 && skipped < 2 && Character.isLowerCase(words.get(k).charAt(0))
                    && (!terms.isFunctionWord(words.get(k)) || terms.isFrameWord(words.get(k))) && !terms.isAuthoredNoun(words.get(k));
                    skipped++) {
                k--; // "latest", "export", "false": "Russia's false claim" is Russia's
            }
            if (k >= 1 && words.get(k).length() == 2 && words.get(k).endsWith("s") && entityOf.get(k - 1) != null) {
                out.add(entityOf.get(k - 1));
            } else if (k >= 0 && entityOf.get(k) == null && terms.countryOf(words.get(k)) != null) {
                out.add(terms.countryOf(words.get(k)));
            }
            String maker = maker(terms, words, entityOf, j);
            if (maker != null) {
                out.add(maker);
            }
            int n = j + 1;
            if (n < words.size() && BY.contains(words.get(n).toLowerCase(java.util.Locale.ROOT))) {
                n++;
                if (n < words.size() && words.get(n).equalsIgnoreCase("the")) {
                    n++;
                }
                if (n < words.size() && entityOf.get(n) != null) {
                    out.add(entityOf.get(n));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Words between the subject and a verb that makes a statement: "Russia <u>has repeatedly</u> made claims". */
    private static final Set<String> BEFORE_MAKING = Set.of("has", "have", "had", "also", "repeatedly", "again", "already", "often",
            "previously", "recently", "now", "long", "falsely");

    /**
     * The subject of a verb that makes the statement noun at {@code noun} ("Russia has made unfounded claims", "top
     * Russian officials including Putin, made unsubstantiated accusations", "Russian authorities repeated the false
     * claim"): its author, as an entity or the country of a nationality before a lower-case noun; or null.
     */
    private static String maker(LinkTerms terms, List<String> words, List<String> entityOf, int noun) {
        int v = noun - 1;
        while (v >= 0 && noun - v <= 4 && Character.isLowerCase(words.get(v).charAt(0)) && !AttributionFinder.MAKING.contains(words.get(v))) {
            v--;
        }
        if (v < 1 || noun - v > 4 || !AttributionFinder.MAKING.contains(words.get(v))) {
            return null;
        }
        return subjectBefore(terms, words, entityOf, v);
    }

    /** The party named right before the verb at {@code v}, past auxiliaries and adverbs: an entity or a nationality's country, or null. */
    private static String subjectBefore(LinkTerms terms, List<String> words, List<String> entityOf, int v) {
        int k = v - 1;
        while (k > 0 && BEFORE_MAKING.contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        if (entityOf.get(k) != null) {
            return entityOf.get(k);
        }
        String country = terms.countryOf(words.get(k));
        if (country == null && k > 0 && Character.isLowerCase(words.get(k).charAt(0))) {
            country = terms.countryOf(words.get(k - 1)); // "Russian officials have made …"
        }
        return country;
    }

    /** Verbs of accusing or suspecting someone of something: "accused X of", "blamed X for", "X is suspected of". */
    private static final Set<String> ACCUSING = Set.of("accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming",
            "suspect", "suspects", "suspected", "suspecting");
    /** What an accusation is of: "accused X <u>of</u> …", "blamed X <u>for</u> …". */
    private static final Set<String> ACCUSED_OF = Set.of("of", "for");
    /** Words between an accused party and a passive accusation or "behind": "Iran <u>has been repeatedly</u> accused of". */
    private static final Set<String> BETWEEN = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also",
            "repeatedly", "widely", "long", "often", "now", "already", "not", "allegedly", "reportedly");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * The parties a statement accuses or suspects: the object of an accusation verb with "of"/"for" after
     * it ("accused Kyiv of planning …", "blame Moscow for blockading …", "suspected Sobchak of …"), the
     * subject of a passive one ("Iran has been accused of …") and of "is behind" ("Moscow is behind the
     * attacks"). A party is an entity mention, a nationality ("accused Ukrainian units of …": the country)
     * or a rare name the annotator missed ({@code rare}). Not the claimer itself; pronouns are not resolved.
     */
    static List<String> accused(LinkTerms terms, String text, Annotation a, Statement s, List<String> rare) {
        List<EntityAt> inside = mentions(a, s.start(), s.end());
        List<String> words = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            words.add(m.group());
            at.add(new int[] {m.start(), m.end()});
        }
        Set<String> out = new LinkedHashSet<>();
        for (int j = 0; j < words.size(); j++) {
            String w = words.get(j).toLowerCase(java.util.Locale.ROOT);
            if (ACCUSING.contains(w)) {
                int before = j - 1;
                while (before >= 0 && BETWEEN.contains(words.get(before).toLowerCase(java.util.Locale.ROOT))) {
                    before--;
                }
                boolean passive = before < j - 1 && hasCopula(words, Math.max(0, j - 4), j);
                if (passive && j + 1 < words.size() && ACCUSED_OF.contains(words.get(j + 1).toLowerCase(java.util.Locale.ROOT))) {
                    addParty(out, party(terms, inside, words, at, rare, before, false));
                } else if (!passive) {
                    int k = j + 1 < words.size() && words.get(j + 1).equalsIgnoreCase("the") ? j + 2 : j + 1;
                    Party p = k < words.size() ? party(terms, inside, words, at, rare, k, true) : null;
                    // "suspected the shipping agent Tomas Verhoek of …": a description before the name
                    for (int d = k; p == null && d < Math.min(words.size(), k + 3) && Character.isLowerCase(words.get(d).charAt(0))
                            && !terms.isFunctionWord(words.get(d)) && !ACCUSED_OF.contains(words.get(d)); d++) {
                        p = party(terms, inside, words, at, rare, d + 1, true);
                    }
                    if (p != null && ofWithin(words, p.next(), 6)) {
                        addParty(out, p);
                    }
                }
            } else if (w.equals("behind") && j >= 2 && COPULAS.contains(words.get(j - 1).toLowerCase(java.util.Locale.ROOT))) {
                int before = j - 1;
                while (before >= 0 && BETWEEN.contains(words.get(before).toLowerCase(java.util.Locale.ROOT))) {
                    before--;
                }
                addParty(out, party(terms, inside, words, at, rare, before, false));
            }
        }
        out.removeAll(s.claimerIds());
        return List.copyOf(out);
    }

    /** "'s" or "’s" as {@link #WORD} finds it. */
    private static boolean isPossessive(String word) {
        return word.length() == 2 && (word.charAt(0) == '\'' || word.charAt(0) == '’') && word.charAt(1) == 's';
    }

    private static boolean hasCopula(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (COPULAS.contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A party found at a word, and the index of the word after it. */
    private record Party(String id, int next) {}

    private static void addParty(Set<String> out, Party p) {
        if (p != null) {
            out.add(p.id());
        }
    }

    /**
     * The party at word {@code k}: the entity mention covering it, a nationality (with the nouns after
     * it, when reading forward: "Ukrainian artillery units"), or a rare name; null for anything else.
     */
    private static Party party(LinkTerms terms, List<EntityAt> inside, List<String> words, List<int[]> at, List<String> rare, int k,
            boolean forward) {
        if (k < 0 || k >= words.size()) {
            return null;
        }
        for (EntityAt e : inside) {
            if (e.start() <= at.get(k)[0] && at.get(k)[1] <= e.end()) {
                int next = k + 1;
                while (next < words.size() && at.get(next)[1] <= e.end()) {
                    next++;
                }
                if (next < words.size() && isPossessive(words.get(next))) {
                    // "accused Moscow's forces of …": its forces are the country; "accused Russia's allies of …": not Russia
                    boolean forces = forward && next + 1 < words.size() && EventDoers.isForce(words.get(next + 1).toLowerCase(java.util.Locale.ROOT));
                    return forces ? new Party(e.entityId(), next + 2) : null;
                }
                return new Party(e.entityId(), next);
            }
        }
        String word = words.get(k);
        String country = terms.countryOf(word);
        if (country != null) {
            int next = k + 1;
            while (forward && next < words.size() && Character.isLowerCase(words.get(next).charAt(0)) && !terms.isFunctionWord(words.get(next))) {
                next++;
            }
            return new Party(country, next);
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return Character.isUpperCase(word.charAt(0)) && rare.contains(lower) ? new Party(lower, k + 1) : null;
    }

    /** Whether "of" or "for" comes within {@code n} words from {@code from}: what the party is accused of. */
    private static boolean ofWithin(List<String> words, int from, int n) {
        for (int k = from; k < Math.min(words.size(), from + n); k++) {
            if (ACCUSED_OF.contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What ends a claimer's description before its name: a quotation mark or a clause's punctuation, not the
     * comma of an apposition ("Ukraine's foreign minister, Dmytro Kuleba") nor the stop of "U.S.".
     */
    private static final Pattern CLAIMER_DESCRIPTION_STOP = Pattern.compile("[\"\u201c\u201d;:!?()]");

    /**
     * The countries a statement's claimer speaks for: a claimer that is a country or a government's
     * seat ("Moscow", "the Kremlin"); countries and nationalities in its name or phrase ("Russian
     * Defense Ministry", "Ukrainian officials", "Georgia's government"); in its title right before its
     * name in the sentence ("Russian President Vladimir Putin") or an apposition right after it ("X,
     * Russia's ambassador, …"), the nearest one.
     */
    static List<String> side(LinkTerms terms, String text, Annotation a, Statement s) {
        if (s.claimer().equals("article")) {
            return List.of();
        }
        EntityKnowledge knowledge = EntityKnowledge.get();
        Set<String> out = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(s.claimer());
        for (String id : s.claimerIds()) {
            String seat = terms.speaksFor(id);
            if (seat != null) {
                out.add(seat);
            }
            for (Entity e : a.entities()) {
                if (e.id().equals(id)) {
                    names.add(e.name());
                    if (knowledge.isCountry(e.name())) {
                        out.add(id);
                    }
                }
            }
        }
        for (String name : names) {
            for (String w : name.split("[^\\p{L}]+")) {
                String c = w.isEmpty() ? null : country(terms, knowledge, w);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        for (EntityAt m : mentions(a, s.start(), s.end())) {
            if (!s.claimerIds().contains(m.entityId())) {
                continue;
            }
            String before = text.substring(Math.max(s.start(), m.start() - 60), m.start());
            // Only the claimer's own description: not the end of a quotation before it ("… Kremlin propaganda,"
            // Podolyak said) nor another clause.
            Matcher stop = CLAIMER_DESCRIPTION_STOP.matcher(before);
            int from = 0;
            while (stop.find()) {
                from = stop.end();
            }
            String[] w = before.substring(from).split("[^\\p{L}]+");
            for (int k = w.length - 1, counted = 0; k >= 0 && counted < 3; k--) {
                String c = w[k].isEmpty() ? null : country(terms, knowledge, w[k]);
                if (c != null) {
                    out.add(c); // "Russian President Vladimir Putin", "Ukraine's Foreign Minister Dmytro Kuleba"
                    break;
                }
                if (!MEDIA_WORDS.contains(w[k].toLowerCase(java.util.Locale.ROOT))) {
                    counted++; // "Russian state news agency TASS": the words of what kind of outlet it is do not count
                }
            }
            String after = text.substring(m.end(), Math.min(s.end(), m.end() + 40));
            if (after.startsWith(",")) {
                String[] x = after.substring(1).trim().split("[^\\p{L}]+");
                for (int k = 0; k < Math.min(3, x.length); k++) {
                    String c = x[k].isEmpty() ? null : country(terms, knowledge, x[k]);
                    if (c != null) {
                        out.add(c); // "Anatoly Antonov, Russia's ambassador"
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Words that say what kind of outlet a source is, between its nationality and its name ("Iranian state news agency IRNA"). */
    private static final Set<String> MEDIA_WORDS = Set.of("state", "run", "owned", "semi", "official", "news", "agency", "media",
            "television", "tv", "broadcaster", "channel", "newspaper", "daily", "outlet", "wire", "service", "radio", "s");

    /** The country entity id a word names: a nationality ("Russian"), a country ("Ukraine", "US") or a seat ("Kremlin"); or null. */
    private static String country(LinkTerms terms, EntityKnowledge knowledge, String word) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String demonym = terms.countryOf(word);
        if (demonym != null) {
            return demonym;
        }
        String seat = terms.seatCountry(NameVariants.slug(word));
        if (seat != null) {
            return seat;
        }
        if (knowledge.isCountry(word)) {
            AliasTable.Known known = knowledge.aliases().find(word);
            return NameVariants.slug(known != null ? known.name() : word);
        }
        return null;
    }

    /** "…, claiming it had targeted tanks – while the president warned …": where a second account joins the first. */
    private static final java.util.regex.Pattern SECOND_ACCOUNT = java.util.regex.Pattern.compile("\\s*(?:[,;–—]|\\s-)\\s*(?:while|whereas)\\s");
    /** The shortest first account worth cutting to (characters): not "It said, while …". */
    private static final int MIN_FIRST_ACCOUNT = 20;
    /** How many words after the joiner its verb of saying may come ("while the Russian president, Vladimir Putin, warned"). */
    private static final int SECOND_SPEAKER_REACH = 8;

    /**
     * The end of the first account of an answered statement: "Russia launched airstrikes, claiming it had targeted
     * tanks – while the Russian president warned …" answers with its first part. "The Russian claims were false" rejects
     * what Russia claimed, not what its president warned in the same sentence. Only where someone says something after
     * the joiner: "…, while they were being unloaded" is a time, not a second account.
     */
    static int firstAccountEnd(String text, int start, int end) {
        java.util.regex.Matcher m = SECOND_ACCOUNT.matcher(text).region(start, end);
        if (!m.find() || m.start() - start < MIN_FIRST_ACCOUNT) {
            return end;
        }
        return EventDoers.saysWithin(text.substring(m.end(), end), SECOND_SPEAKER_REACH) ? m.start() : end;
    }

    /** The statement of the same article a counterclaim disputes, or null. */
    private static Statement answered(Annotation a, Statement s) {
        return s.disputes() == null ? null : a.statements().stream().filter(x -> x.id().equals(s.disputes())).findFirst().orElse(null);
    }

    private static boolean namesProposition(Content c) {
        int entities = 0;
        for (String k : c.keys()) {
            if (!k.startsWith(LinkTerms.ENTITY)) {
                return true;
            }
            entities++;
        }
        return entities >= 2;
    }

    /** The entity ids and terms of an analysed article (every sentence, each counted once): what the statistics count. */
    public static ArticleTerms articleTerms(String text, Annotation a) {
        LinkTerms terms = LinkTerms.get();
        Set<String> entities = new LinkedHashSet<>();
        a.entities().forEach(e -> entities.add(e.id()));
        Set<String> words = new LinkedHashSet<>();
        for (Statement s : a.statements()) {
            words.addAll(content(terms, text, a, s.start(), s.end(), false).keys());
        }
        return new ArticleTerms(List.copyOf(entities), List.copyOf(words));
    }

    /** An article's entity ids and content terms. */
    public record ArticleTerms(List<String> entityIds, List<String> terms) {}

    /** Terms of a text range in text order, each once (the first time, as written then), at most {@link #MAX_WORDS}. */
    record Content(List<String> keys, List<String> forms) {
        Content plus(Content other) {
            Map<String, String> merged = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                merged.putIfAbsent(keys.get(i), forms.get(i));
            }
            for (int i = 0; i < other.keys.size(); i++) {
                merged.putIfAbsent(other.keys.get(i), other.forms.get(i));
            }
            return of(merged);
        }

        static Content of(Map<String, String> termsToForms) {
            List<String> k = new ArrayList<>();
            List<String> f = new ArrayList<>();
            for (Map.Entry<String, String> e : termsToForms.entrySet()) {
                if (k.size() >= MAX_WORDS) {
                    break;
                }
                k.add(e.getKey());
                f.add(e.getValue());
            }
            return new Content(List.copyOf(k), List.copyOf(f));
        }
    }

    /**
     * The terms of {@code text[from, to)}: words outside names, and — when {@code withEntities} — the
     * entities mentioned ({@code @id}, as written), all in text order.
     */
    static Content content(LinkTerms terms, String text, Annotation a, int from, int to, boolean withEntities) {
        boolean[] masked = new boolean[to - from];
        List<EntityAt> inside = mentions(a, from, to);
        List<LinkTerms.Term> all = new ArrayList<>();
        for (EntityAt m : inside) {
            for (int i = m.start(); i < m.end(); i++) {
                masked[i - from] = true;
            }
            if (withEntities) {
                all.add(new LinkTerms.Term(LinkTerms.ENTITY + m.entityId(), text.substring(m.start(), m.end()), m.start(), m.end()));
            }
        }
        all.addAll(terms.terms(text, from, to, masked));
        all.sort(Comparator.comparingInt(LinkTerms.Term::start));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (LinkTerms.Term t : all) {
            ordered.putIfAbsent(t.key(), t.form());
        }
        return Content.of(ordered);
    }

    private record EntityAt(String entityId, int start, int end) {}

    /** The entity mentions inside [from, to), in text order. */
    private static List<EntityAt> mentions(Annotation a, int from, int to) {
        List<EntityAt> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (m.start() >= from && m.end() <= to) {
                    out.add(new EntityAt(e.id(), m.start(), m.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(EntityAt::start));
        return out;
    }
}
