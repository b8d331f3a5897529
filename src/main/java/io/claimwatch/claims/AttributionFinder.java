package io.claimwatch.claims;

import io.claimwatch.model.Entity;
import io.claimwatch.model.EntityType;
import io.claimwatch.nlp.entities.EntityLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who asserts a sentence: the subject of an attribution verb before it ("X said") or after it
 * ("..., said X"), the source after "according to", the sentence's subject for "..., saying ...",
 * and pronouns or descriptions ("he said", "the ministry added") resolved to the claimers of earlier
 * sentences. A verb inside a quotation is part of the quote, not its attribution.
 */
final class AttributionFinder {

    /** Who and how: the claimer's name (canonical entity or phrase), its entity id and type if any, the cue. */
    record Attribution(String claimer, String claimerId, EntityType type, String cue, int cueToken) {}

    /** The claimers seen so far in the article, for pronouns and descriptions. */
    static final class Context {
        Attribution lastPerson;
        Attribution lastOther;
        final List<Entity> entities;

        Context(List<Entity> entities) {
            this.entities = entities;
        }

        void remember(Attribution a) {
            if (a == null) {
                return;
            }
            if (a.type() == EntityType.PERSON) {
                lastPerson = a;
            } else {
                lastOther = a;
            }
        }
    }

    private static final Set<String> SKIP_BEFORE_VERB = Set.of("has", "have", "had", "also", "later", "again", "meanwhile",
            "further", "then", "now", "previously", "earlier", "separately", "repeatedly", "publicly", "once", "already",
            "still", "would", "will", "could", "did", "does", "do", "is", "was", "were", "are", "been", "be", "reportedly",
            "allegedly", "on", "in", "at", "last", "this");
    private static final Set<String> LEADING_FILLERS = Set.of("but", "and", "so", "yet", "the", "a", "an", "meanwhile",
            "however", "also", "while", "though", "although", "as", "earlier", "later", "that", "which", "who", "whom");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "from", "with",
            "for", "by", "since", "until", "over", "under", "amid", "despite", "speaking", "writing", "reporting", "asked",
            "like", "unlike", "as", "when", "while", "if", "earlier", "later", "meanwhile", "however", "instead");
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "morning", "evening", "night", "weekend", "today", "yesterday", "tonight", "overnight");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "where", "whom", "that");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they");

    private final ClaimCues cues;
    private final EntityLexicon lexicon;

    AttributionFinder(ClaimCues cues, EntityLexicon lexicon) {
        this.cues = cues;
        this.lexicon = lexicon;
    }

    /** Every attribution in the sentence, in token order. */
    List<Attribution> find(String text, SentenceView s, Context context) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.inQuote[i]) {
                continue;
            }
            for (List<String> marker : cues.sourceMarkers()) {
                if (s.phraseAt(i, marker)) {
                    int from = i + marker.size();
                    int to = from;
                    while (to < s.size() && !isBoundary(s.token(to)) && !s.inQuote[to]) {
                        to++; // "according to a statement published by the Kremlin": the whole source phrase
                    }
                    Attribution a = resolve(text, s, from, to, from, to, String.join(" ", marker), i, context);
                    if (a != null) {
                        out.add(a);
                    }
                }
            }
            if (!cues.attributionVerbs().contains(s.lower[i]) || !s.isVerbLike(i)) {
                continue;
            }
            Attribution a = s.lower[i].endsWith("ing") ? subjectOfSentence(text, s, i, context) : null;
            if (a == null && afterQuoteOrComma(s, i)) {
                int to = phraseEnd(s, i + 1);
                a = resolve(text, s, i + 1, to, i + 1, to, s.lower[i], i, context);
            }
            if (a == null) {
                a = subjectBefore(text, s, i, context);
            }
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** "“...,” said X" and "..., said X": the subject comes after the verb. */
    private static boolean afterQuoteOrComma(SentenceView s, int verb) {
        if (verb == 0) {
            return false;
        }
        String prev = s.token(verb - 1);
        return SentenceView.isQuoteMark(prev)
                || prev.equals(",") && verb >= 2 && (SentenceView.isQuoteMark(s.token(verb - 2)) || s.inQuote[verb - 2]);
    }

    /** Tokens [from, end) up to the next clause boundary. */
    private static int phraseEnd(SentenceView s, int from) {
        int k = from;
        while (k < s.size() && !isBoundary(s.token(k)) && !(s.tag(k).equals("VERB") && k > from) && !s.inQuote[k]) {
            k++;
        }
        // "Russia’s Defense Minister, Sergei Shoigu": an appositive name after the comma belongs to the phrase.
        if (k + 1 < s.size() && s.token(k).equals(",") && s.tag(k + 1).equals("PROPN")) {
            int j = k + 1;
            while (j < s.size() && s.tag(j).equals("PROPN")) {
                j++;
            }
            if (j == s.size() || isBoundary(s.token(j))) {
                k = j;
            }
        }
        return k;
    }

    private static boolean isBoundary(String t) {
        return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(":") || t.equals("?") || t.equals("!")
                || t.equals("(") || t.equals(")") || SentenceView.isQuoteMark(t) || t.equals("—") || t.equals("–");
    }

    /** "Zelenskyy ... said", "Olexander Lomako, secretary of ..., said", "the Russian army, whose ..., said". */
    private Attribution subjectBefore(String text, SentenceView s, int verb, Context context) {
        int end = verb;
        while (end > 0 && (SKIP_BEFORE_VERB.contains(s.lower[end - 1]) || s.tag(end - 1).equals("ADV")
                || s.tag(end - 1).equals("AUX") || s.tag(end - 1).equals("PART"))) {
            end--;
        }
        int start = end;
        while (start > 0 && !s.inQuote[start - 1] && !s.token(start - 1).equals(";") && !s.token(start - 1).equals(":")
                && !s.token(start - 1).equals("—") && !s.token(start - 1).equals("–")
                && !(s.tag(start - 1).equals("VERB") && !isParticiple(s, start - 1))) {
            start--;
        }
        if (start >= end) {
            return null;
        }
        // Comma-separated segments: keep the subject, drop introductory phrases and parentheticals.
        List<int[]> segments = new ArrayList<>();
        int segStart = start;
        for (int k = start; k <= end; k++) {
            if (k == end || s.token(k).equals(",")) {
                if (k > segStart) {
                    segments.add(new int[] {segStart, k});
                }
                segStart = k + 1;
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        boolean commaBeforeVerb = s.token(end - 1).equals(",");
        if (!commaBeforeVerb) {
            int[] last = segments.get(segments.size() - 1);
            return resolve(text, s, last[0], last[1], last[0], last[1], s.lower[verb], verb, context);
        }
        // "Olexander Lomako, secretary of ..., said": the subject and its appositives; a name among them wins.
        int[] first = null;
        int regionEnd = -1;
        for (int[] seg : segments) {
            if (first != null && includes(s, seg)) {
                first[1] = seg[1];
                regionEnd = seg[1];
                continue;
            }
            if (isParenthetical(s, seg[0])) {
                continue;
            }
            if (first == null) {
                first = seg.clone();
            }
            regionEnd = seg[1];
        }
        if (first == null) {
            return null;
        }
        return resolve(text, s, first[0], regionEnd, first[0], first[1], s.lower[verb], verb, context);
    }

    /** "known by", "based in", "posted on", ", saying": a participle, not the verb of another clause. */
    private static boolean isParticiple(SentenceView s, int i) {
        String w = s.lower[i];
        return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("ing") || i > 0 && s.token(i - 1).equals(",");
    }

    /** "including the United States" extends the subject; other segments after it do not. */
    private static boolean includes(SentenceView s, int[] seg) {
        return s.lower[seg[0]].equals("including");
    }

    private static boolean isParenthetical(SentenceView s, int first) {
        String w = s.lower[first];
        return PREPOSITIONS.contains(w) || RELATIVES.contains(w) || s.tag(first).equals("VERB") || s.tag(first).equals("ADP")
                || s.tag(first).equals("SCONJ") || s.tag(first).equals("ADV") || w.equals("a") || w.equals("an");
    }

    /** "..., saying ...": the subject of the sentence, its first name or noun phrase. */
    private Attribution subjectOfSentence(String text, SentenceView s, int verb, Context context) {
        for (SentenceView.EntityMention m : s.mentions) {
            if (m.first() < verb && !s.inQuote[m.first()] && (m.entity().type() == EntityType.PERSON || m.first() <= 3)) {
                return fromEntity(m.entity(), s.lower[verb], verb);
            }
        }
        return null;
    }

    /**
     * The claimer named by tokens [from, to): a person named there, else an organisation or place that
     * the phrase [phraseFrom, phraseTo) is (up to determiners, nationality and title words), a pronoun
     * or description resolved, or the phrase as written.
     */
    private Attribution resolve(String text, SentenceView s, int from, int to, int phraseFrom, int phraseTo, String cue,
            int cueToken, Context context) {
        while (phraseFrom < phraseTo && (LEADING_FILLERS.contains(s.lower[phraseFrom]) || s.tag(phraseFrom).equals("PUNCT"))) {
            phraseFrom++;
        }
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            while (phraseTo > phraseFrom && (s.tag(phraseTo - 1).equals("PUNCT") || s.tag(phraseTo - 1).equals("ADV")
                    || SKIP_BEFORE_VERB.contains(s.lower[phraseTo - 1]))) {
                phraseTo--;
                trimmed = true;
            }
            // "The Kremlin on Thursday": a time after the subject is not part of it.
            if (phraseTo - phraseFrom >= 3 && TIMES.contains(s.lower[phraseTo - 1]) && PREPOSITIONS.contains(s.lower[phraseTo - 2])) {
                phraseTo -= 2;
                trimmed = true;
            }
        }
        if (phraseFrom >= phraseTo || to - from > 24) {
            return null;
        }
        SentenceView.EntityMention person = null;
        for (SentenceView.EntityMention m : s.mentions) {
            if (m.first() >= from && m.end() <= to && m.entity().type() == EntityType.PERSON) {
                person = m;
            }
        }
        if (person != null) {
            return fromEntity(person.entity(), cue, cueToken);
        }
        for (SentenceView.EntityMention m : s.mentions) {
            // "the Kremlin", "Ukraine’s state nuclear company Energoatom": an organisation the phrase ends
            // with; a place only after nothing but titles ("Residents who fled to Kramatorsk" is not Kramatorsk).
            if (m.end() == phraseTo && m.first() >= phraseFrom
                    && (m.entity().type() == EntityType.ORG || onlyDescription(s, phraseFrom, m.first()))) {
                return fromEntity(m.entity(), cue, cueToken);
            }
        }
        int n = phraseTo - phraseFrom;
        String word = s.lower[phraseFrom];
        if (n == 1 && PERSON_PRONOUNS.contains(word)) {
            return context.lastPerson == null ? null : withCue(context.lastPerson, cue, cueToken);
        }
        if (n == 1 && OTHER_PRONOUNS.contains(word)) {
            return context.lastOther == null ? null : withCue(context.lastOther, cue, cueToken);
        }
        if (n == 1 && (word.equals("i") || word.equals("we") || word.equals("you"))) {
            return null;
        }
        if (onlyDescription(s, phraseFrom, phraseTo)) {
            String head = s.lower[phraseTo - 1];
            // "the Ukrainian President": a head of state or government already speaking in the article.
            if (lexicon.isPersonTitle(head) && lexicon.isDemonym(s.token(phraseFrom)) && context.lastPerson != null) {
                return withCue(context.lastPerson, cue, cueToken);
            }
            // "the ministry added": the organisation of that name already in the article.
            if (lexicon.orgHeads().contains(head) && n <= 2) {
                for (int k = context.entities.size() - 1; k >= 0; k--) {
                    Entity e = context.entities.get(k);
                    if (e.type() == EntityType.ORG && e.name().toLowerCase(Locale.ROOT).contains(head)) {
                        return fromEntity(e, cue, cueToken);
                    }
                }
            }
        }
        String last = s.tag(phraseTo - 1);
        if (!last.equals("NOUN") && !last.equals("PROPN") && !last.equals("PRON") && !last.equals("ADJ")) {
            return null; // not a noun phrase: no source here
        }
        return new Attribution(s.span(text, phraseFrom, phraseTo), null, null, cue, cueToken);
    }

    /** Only determiners, possessives, nationality, title or institution words: "the Ukrainian President". */
    private boolean onlyDescription(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower[k];
            if (!(w.equals("the") || w.equals("'s") || lexicon.isDemonym(s.token(k)) || lexicon.isTitleWord(w)
                    || lexicon.orgHeads().contains(w))) {
                return false;
            }
        }
        return true;
    }

    private static Attribution fromEntity(Entity e, String cue, int cueToken) {
        return new Attribution(e.name(), e.id(), e.type(), cue, cueToken);
    }

    private static Attribution withCue(Attribution a, String cue, int cueToken) {
        return new Attribution(a.claimer(), a.claimerId(), a.type(), cue, cueToken);
    }
}
