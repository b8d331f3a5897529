package io.claimwatch.claims;

import io.claimwatch.model.Entity;
import io.claimwatch.model.Statement;
import io.claimwatch.nlp.TokenizedSentence;
import io.claimwatch.nlp.entities.EntityKnowledge;
import io.claimwatch.nlp.parse.DependencyParser;
import io.claimwatch.nlp.parse.DependencyTree;
import io.claimwatch.nlp.parse.ParserModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one article: every sentence, with its claimer (from the dependency tree of the
 * sentences that carry an attribution cue, references resolved, quotes that span sentences given
 * their speaker), cue, speech, check-worthiness score and label, and for counterclaims the claim of
 * the same article they dispute. Not thread-safe.
 */
public final class StatementExtractor {

    private final AttributionFinder attributions;
    private final StatementObjects objects;
    private final StatementLabeller labeller;
    private final DisputeLinker linker;
    private final ArticleCounterclaims articleCounters;
    private final CheckWorthinessModel.Scorer scorer;
    private final DependencyParser parser;
    private final EntityKnowledge knowledge;

    public StatementExtractor(CheckWorthinessModel model, ClaimCues cues, EntityKnowledge knowledge, ParserModel parserModel) {
        this.attributions = new AttributionFinder(cues, knowledge.lexicon());
        this.objects = new StatementObjects(cues);
        this.labeller = new StatementLabeller(cues);
        this.linker = new DisputeLinker(knowledge.lexicon(), cues);
        this.articleCounters = new ArticleCounterclaims(labeller.counters(), cues);
        this.scorer = model.scorer();
        this.parser = new DependencyParser(parserModel);
        this.knowledge = knowledge;
    }

    public List<Statement> extract(String text, List<TokenizedSentence> sentences, List<Entity> entities) {
        List<SentenceView> views = new ArrayList<>(sentences.size());
        List<AttributionFinder.Attribution> found = new ArrayList<>(sentences.size());
        List<List<AttributionFinder.Attribution>> allFound = new ArrayList<>(sentences.size());
        List<AttributionFinder.Attribution> accused = new ArrayList<>(sentences.size());
        List<StatementLabeller.Decision> decisions = new ArrayList<>(sentences.size());
        Discourse discourse = new Discourse(knowledge);
        CounterclaimFinder counters = labeller.counters();
        SentenceView previous = null;
        for (int i = 0; i < sentences.size(); i++) {
            TokenizedSentence t = sentences.get(i);
            boolean sameParagraph = previous != null && text.substring(previous.tokens.end(), t.start()).indexOf('\n') < 0;
            SentenceView v = new SentenceView(text, t, entities, sameParagraph && previous.quoteOpenAtEnd);
            v.endsParagraph = i + 1 == sentences.size() || text.substring(t.end(), sentences.get(i + 1).start()).indexOf('\n') >= 0;
            if (attributions.hasCue(v) || counters.mayDispute(v)) {
                v.tree = parser.parse(t.tokens(), names(v)); // only here: parsing is the costliest step
            }
            discourse.at(i, v);
            List<AttributionFinder.Attribution> all = attributions.find(text, v, discourse);
            StatementLabeller.Decision d = labeller.decide(v, !all.isEmpty(), scorer.score(v.text));
            AttributionFinder.Attribution a = choose(v, all, d);
            int accusation = v.tree == null ? -1 : counters.accusationVerb(v);
            accused.add(accusation < 0 ? null : attributions.accused(text, v, accusation, discourse));
            discourse.spoke(a, i);
            discourse.observe(v, i);
            views.add(v);
            found.add(a);
            allFound.add(all);
            decisions.add(d);
            previous = v;
        }
        shareQuoteAttributions(text, views, found);
        articleCounters.apply(text, new ArticleCounterclaims.Sentences(views, found, allFound, accused, decisions));
        List<Statement> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            AttributionFinder.Attribution a = found.get(i);
            int[] quote = v.quotedSpan();
            String speech = quote != null ? "direct" : a != null ? "reported" : "none";
            StatementLabeller.Decision d = decisions.get(i);
            // A counterclaim's cue is its form ("denial", "unverified" …): what a reader needs to see why.
            String cue = d.form() != null ? d.form().cue() : a == null ? null : a.cue();
            out.add(new Statement("s" + (i + 1), v.tokens.start(), v.tokens.end(), d.label(), round(d.score()),
                    a == null ? "article" : a.claimer(), a == null ? null : a.claimerId(), a == null ? List.of() : a.claimerIds(),
                    cue, speech, quote == null ? -1 : quote[0], quote == null ? -1 : quote[1], null));
        }
        linker.link(out, views, decisions, accused);
        RejectedSpans.mark(out, views, decisions, parser, objects);
        return out;
    }

    /** Capitalised words of the sentence's entity mentions: names for the parser's tagger. */
    private static boolean[] names(SentenceView v) {
        boolean[] out = new boolean[v.size()];
        for (SentenceView.EntityMention m : v.mentions) {
            for (int k = m.first(); k < m.end(); k++) {
                String tok = v.token(k);
                out[k] = Character.isUpperCase(tok.charAt(0)) && !v.lower[k].equals("the");
            }
        }
        return out;
    }

    /**
     * For a counterclaim, the attribution of its disputing word ("Ukraine denied …", "allegations
     * denied by NATO"); for the outlet's own doubt ("NBC News could not independently verify either
     * claim, which came after X warned …") none unless a speech verb governs the doubt ("X said the
     * figures could not be verified"); else the one of the main clause (the cue nearest the root of
     * the tree), a named source before a phrase.
     */
    private static AttributionFinder.Attribution choose(SentenceView v, List<AttributionFinder.Attribution> all, StatementLabeller.Decision d) {
        if (all.isEmpty()) {
            return null;
        }
        int counterCue = d.counterCue();
        if (d.form() == CounterForm.UNVERIFIED || d.form() == CounterForm.NO_EVIDENCE) {
            AttributionFinder.Attribution governing = governing(v, all, counterCue);
            if (governing != null || d.form() == CounterForm.UNVERIFIED) {
                return governing;
            }
            counterCue = -1; // "X said, without offering evidence, that …": X's statement, the outlet's remark
        }
        if (counterCue >= 0) {
            AttributionFinder.Attribution best = null;
            for (AttributionFinder.Attribution a : all) {
                if (a.cueToken() <= counterCue + 1 && (best == null || a.cueToken() > best.cueToken())) {
                    best = a;
                }
            }
            if (best != null) {
                return best;
            }
        }
        AttributionFinder.Attribution best = null;
        for (AttributionFinder.Attribution a : all) {
            if (best == null || rank(v, a) < rank(v, best)) {
                best = a;
            }
        }
        return best;
    }

    /** The attribution whose speech verb is above the token in the tree, or null. */
    private static AttributionFinder.Attribution governing(SentenceView v, List<AttributionFinder.Attribution> all, int token) {
        DependencyTree t = v.tree;
        if (t == null || token < 0) {
            return null;
        }
        for (int k = t.head(token), steps = 0; k >= 0 && steps <= t.size(); k = t.head(k), steps++) {
            for (AttributionFinder.Attribution a : all) {
                if (a.cueToken() == k) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * Depth of the cue in the tree, phrases after names: lower is better. A source marker counts at
     * the depth of the clause it qualifies and wins a tie: "according to the Kremlin, he told them …".
     */
    private static int rank(SentenceView v, AttributionFinder.Attribution a) {
        DependencyTree t = v.tree;
        int k = a.cueToken();
        boolean marker = a.cue().contains(" ") || a.cue().equals("citing");
        if (marker && t != null) {
            for (int steps = 0; steps < 3 && k >= 0 && !isClause(t, k); steps++) {
                k = t.head(k); // "according" → its source noun → the verb the phrase qualifies
            }
        }
        int depth = 0;
        for (; t != null && k >= 0 && depth <= t.size(); k = t.head(k)) {
            depth++;
        }
        return depth * 4 + (marker ? 0 : 1) + (a.claimerIds().isEmpty() ? 2 : 0);
    }

    private static boolean isClause(DependencyTree t, int k) {
        String tag = t.tag(k);
        return tag.equals("VERB") || tag.equals("AUX") || t.head(k) < 0;
    }

    /**
     * A quotation over several sentences has one speaker: sentences of it without their own
     * attribution take the one given inside the quotation's sentences ("“… options. I told …”,
     * said X"); a wholly quoted sentence takes the speaker of the quoted sentence right after it in
     * its paragraph ("“We will rebuild.” “It will take a year,” the mayor said."), else of the one
     * right before it.
     */
    private static void shareQuoteAttributions(String text, List<SentenceView> views, List<AttributionFinder.Attribution> found) {
        int i = 0;
        while (i < views.size()) {
            int j = i;
            while (j < views.size() - 1 && views.get(j).quoteOpenAtEnd) {
                j++;
            }
            if (j > i) {
                AttributionFinder.Attribution a = null;
                for (int k = i; k <= j && a == null; k++) {
                    a = found.get(k);
                }
                for (int k = i; k <= j; k++) {
                    if (found.get(k) == null) {
                        found.set(k, a);
                    }
                }
            }
            i = j + 1;
        }
        for (int k = views.size() - 2; k >= 0; k--) {
            if (found.get(k) == null && whollyQuoted(views.get(k)) && found.get(k + 1) != null
                    && startsQuoted(views.get(k + 1)) && sameParagraph(text, views.get(k), views.get(k + 1))) {
                found.set(k, found.get(k + 1));
            }
        }
        for (int k = 1; k < views.size(); k++) {
            SentenceView v = views.get(k);
            if (found.get(k) == null && startsQuoted(v) && views.get(k - 1).quotedSpan() != null) {
                found.set(k, found.get(k - 1));
            }
        }
    }

    private static boolean startsQuoted(SentenceView v) {
        return v.size() > 0 && (v.quoteOpenAtStart || SentenceView.isQuoteMark(v.token(0)));
    }

    /** Every word of the sentence inside quotation marks. */
    private static boolean whollyQuoted(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.inQuote[i] && !v.tag(i).equals("PUNCT")) {
                return false;
            }
        }
        return v.size() > 0;
    }

    private static boolean sameParagraph(String text, SentenceView a, SentenceView b) {
        return text.substring(a.tokens.end(), b.tokens.start()).indexOf('\n') < 0;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
