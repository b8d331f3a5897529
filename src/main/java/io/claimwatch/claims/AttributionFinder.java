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
            "however", "also", "while", "though", "although", "as", "earlier", "later");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "from", "with",
            "for", "by", "since", "until", "over", "under", "amid", "despite", "speaking", "writing", "reporting", "asked",
            "like", "unlike", "as", "when", "while", "if", "earlier", "later", "meanwhile", "however", "instead");
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
                    int to = phraseEnd(s, from);
                    Attribution a = resolve(text, s, from, to, String.join(" ", marker), i, context);
                    if (a != null) {
                        out.add(a);
                    }
                }
            }
            if (!cues.attributionVerbs().contains(s.lower[i]) || !(s.tag(i).equals("VERB") || s.tag(i).equals("AUX"))) {
                continue;
            }
            Attribution a = s.lower[i].endsWith("ing") ? subjectOfSentence(text, s, i, context) : null;
            if (a == null && afterQuoteOrComma(s, i)) {
                a = resolve(text, s, i + 1, phraseEnd(s, i + 1), s.lower[i], i, context);
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
                && !(s.tag(start - 1).equals("VERB") && !s.lower[start - 1].endsWith("ed"))) {
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
        int[] subject;
        if (!commaBeforeVerb) {
            subject = segments.get(segments.size() - 1);
        } else {
            subject = null;
            for (int[] seg : segments) {
                if (!isParenthetical(s, seg[0])) {
                    subject = subject == null ? seg : includes(s, seg) ? new int[] {subject[0], seg[1]} : subject;
                }
            }
            if (subject == null) {
                return null;
            }
        }
        return resolve(text, s, subject[0], subject[1], s.lower[verb], verb, context);
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

    /** The claimer named by tokens [from, to): an entity, a pronoun or description resolved, or the phrase. */
    private Attribution resolve(String text, SentenceView s, int from, int to, String cue, int cueToken, Context context) {
        while (from < to && (LEADING_FILLERS.contains(s.lower[from]) || s.tag(from).equals("PUNCT"))) {
            from++;
        }
        while (to > from && (s.tag(to - 1).equals("PUNCT") || s.tag(to - 1).equals("ADV"))) {
            to--;
        }
        if (from >= to || to - from > 14) {
            return null;
        }
        SentenceView.EntityMention person = null;
        SentenceView.EntityMention other = null;
        for (SentenceView.EntityMention m : s.mentions) {
            if (m.first() >= from && m.end() <= to) {
                if (m.entity().type() == EntityType.PERSON) {
                    person = m;
                } else if (other == null || m.end() - m.first() > other.end() - other.first()) {
                    other = m;
                }
            }
        }
        if (person != null) {
            return fromEntity(person.entity(), cue, cueToken);
        }
        if (other != null && (other.end() == to || other.first() == from && other.end() - other.first() == to - from)) {
            return fromEntity(other.entity(), cue, cueToken);
        }
        if (to - from == 1 && PERSON_PRONOUNS.contains(s.lower[from])) {
            return context.lastPerson == null ? null : withCue(context.lastPerson, cue, cueToken);
        }
        if (to - from == 1 && OTHER_PRONOUNS.contains(s.lower[from])) {
            return context.lastOther == null ? null : withCue(context.lastOther, cue, cueToken);
        }
        if (to - from == 1 && (s.lower[from].equals("i") || s.lower[from].equals("we") || s.lower[from].equals("you"))) {
            return null;
        }
        if (onlyDescription(s, from, to)) {
            // "the Ukrainian President", "the ministry": the description of someone already speaking.
            String head = s.lower[to - 1];
            if (lexicon.isPersonTitle(head) && context.lastPerson != null) {
                return withCue(context.lastPerson, cue, cueToken);
            }
            for (int k = context.entities.size() - 1; k >= 0; k--) {
                Entity e = context.entities.get(k);
                if (e.type() != EntityType.PERSON && e.name().toLowerCase(Locale.ROOT).contains(head)) {
                    return fromEntity(e, cue, cueToken);
                }
            }
        }
        if (!s.tag(to - 1).equals("NOUN") && !s.tag(to - 1).equals("PROPN") && !s.tag(to - 1).equals("PRON")) {
            return null; // not a noun phrase: no source here
        }
        return new Attribution(s.span(text, from, to), null, null, cue, cueToken);
    }

    /** Only a determiner, nationality and title or institution words: "the Ukrainian President". */
    private boolean onlyDescription(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower[k];
            if (!(w.equals("the") || lexicon.isDemonym(s.token(k)) || lexicon.isTitleWord(w) || lexicon.orgHeads().contains(w))) {
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
