package io.claimwatch.claims;

import io.claimwatch.model.Entity;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.TokenizedSentence;
import io.claimwatch.nlp.entities.EntityLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one article: every sentence, with its claimer (attribution, pronouns and quotes
 * that span sentences resolved), cue, speech, check-worthiness score and label, and for
 * counterclaims the claim of the same article they dispute. Not thread-safe.
 */
public final class StatementExtractor {

    private final AttributionFinder attributions;
    private final StatementLabeller labeller;
    private final DisputeLinker linker;
    private final CheckWorthinessModel.Scorer scorer;

    public StatementExtractor(CheckWorthinessModel model, ClaimCues cues, EntityLexicon lexicon) {
        this.attributions = new AttributionFinder(cues, lexicon);
        this.labeller = new StatementLabeller(cues);
        this.linker = new DisputeLinker(lexicon, cues);
        this.scorer = model.scorer();
    }

    public List<Statement> extract(String text, List<TokenizedSentence> sentences, List<Entity> entities) {
        List<SentenceView> views = new ArrayList<>(sentences.size());
        List<AttributionFinder.Attribution> found = new ArrayList<>(sentences.size());
        List<StatementLabeller.Decision> decisions = new ArrayList<>(sentences.size());
        AttributionFinder.Context context = new AttributionFinder.Context(entities);
        SentenceView previous = null;
        for (TokenizedSentence t : sentences) {
            boolean sameParagraph = previous != null && text.substring(previous.tokens.end(), t.start()).indexOf('\n') < 0;
            SentenceView v = new SentenceView(text, t, entities, sameParagraph && previous.quoteOpenAtEnd);
            List<AttributionFinder.Attribution> all = attributions.find(text, v, context);
            StatementLabeller.Decision d = labeller.decide(v, !all.isEmpty(), scorer.score(v.text));
            AttributionFinder.Attribution a = choose(all, d.counterCue());
            context.remember(a);
            views.add(v);
            found.add(a);
            decisions.add(d);
            previous = v;
        }
        shareQuoteAttributions(views, found);
        List<Statement> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            AttributionFinder.Attribution a = found.get(i);
            int[] quote = v.quotedSpan();
            String speech = quote != null ? "direct" : a != null ? "reported" : "none";
            StatementLabeller.Decision d = decisions.get(i);
            out.add(new Statement("s" + (i + 1), v.tokens.start(), v.tokens.end(), d.label(), round(d.score()),
                    a == null ? "article" : a.claimer(), a == null ? null : a.claimerId(), a == null ? null : a.cue(), speech,
                    quote == null ? -1 : quote[0], quote == null ? -1 : quote[1], null));
        }
        linker.link(out, views);
        return out;
    }

    /** For a counterclaim, the attribution of its disputing verb ("Ukraine accusing ..."); else the first named one. */
    private static AttributionFinder.Attribution choose(List<AttributionFinder.Attribution> all, int counterCue) {
        if (all.isEmpty()) {
            return null;
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
        // Several attributions ("X said satellite images showed ..."): a named source before a phrase.
        for (AttributionFinder.Attribution a : all) {
            if (a.claimerId() != null) {
                return a;
            }
        }
        return all.get(0);
    }

    /**
     * A quotation over several sentences has one speaker: sentences of it without their own
     * attribution take the one given inside the quotation's sentences ("“... options. I told ...”,
     * said X"), and a quote-only sentence right after an attributed quote continues it.
     */
    private static void shareQuoteAttributions(List<SentenceView> views, List<AttributionFinder.Attribution> found) {
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
        for (int k = 1; k < views.size(); k++) {
            SentenceView v = views.get(k);
            if (found.get(k) == null && SentenceView.isQuoteMark(v.token(0)) && views.get(k - 1).quotedSpan() != null) {
                found.set(k, found.get(k - 1));
            }
        }
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
