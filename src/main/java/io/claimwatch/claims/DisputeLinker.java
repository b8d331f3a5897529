package io.claimwatch.claims;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.entities.EntityLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Within one article, the claim each counterclaim disputes: a claim by another claimer, preferring
 * one whose claimer the counterclaim names ("dismissed Russia’s pledge", "the Russian announcement"),
 * that shares its entities and words, and that comes shortly before it. A counterclaim with nothing in
 * common with any claim continues the previous counterclaim of the same claimer.
 */
final class DisputeLinker {

    private static final double MIN_SCORE = 1.0;
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "has", "had", "were", "was",
            "been", "their", "they", "there", "which", "would", "will", "said", "says", "after", "about", "into", "over",
            "more", "than", "also", "some", "other", "its", "his", "her", "such", "when", "what", "while", "being", "those");

    private final EntityLexicon lexicon;
    private final ClaimCues cues;

    DisputeLinker(EntityLexicon lexicon, ClaimCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** Fills {@code disputes} of the counterclaims in place. */
    void link(List<Statement> statements, List<SentenceView> views, List<StatementLabeller.Decision> decisions) {
        // Each sentence's entities and words once, not once per pair compared.
        List<Set<String>> entities = views.stream().map(DisputeLinker::entityIds).toList();
        List<Set<String>> words = views.stream().map(DisputeLinker::contentWords).toList();
        Statement previousCounter = null;
        for (int k = 0; k < statements.size(); k++) {
            Statement c = statements.get(k);
            if (c.label() != StatementLabel.COUNTERCLAIM) {
                continue;
            }
            SentenceView cv = views.get(k);
            Set<String> cEntities = entities.get(k);
            Set<String> cWords = words.get(k);
            CounterForm form = decisions.get(k).form();
            boolean doubt = form == CounterForm.UNVERIFIED || form == CounterForm.DOUBT; // "... cannot be confirmed" doubts the claim just before
            double best = 0;
            int bestIndex = -1;
            for (int j = 0; j < statements.size(); j++) {
                Statement claim = statements.get(j);
                if (j == k || claim.label() != StatementLabel.CLAIM || claim.claimer().equals(c.claimer())) {
                    continue;
                }
                double score = 0;
                if (claim.claimerId() != null && (cEntities.contains(claim.claimerId()) || namesByDemonym(cv, claim.claimer()))) {
                    score += 2.0;
                }
                Set<String> shared = new HashSet<>(entities.get(j));
                shared.retainAll(cEntities);
                score += Math.min(shared.size(), 3);
                Set<String> sharedWords = new HashSet<>(words.get(j));
                sharedWords.retainAll(cWords);
                score += 0.5 * Math.min(sharedWords.size(), 4);
                int distance = Math.abs(k - j);
                score += j < k ? 0.5 - 0.05 * distance : -0.5 - 0.05 * distance;
                if (j == k - 1) {
                    score += doubt ? 3.0 : 1.0; // a counterclaim most often answers what was just said
                }
                if (score > best) {
                    best = score;
                    bestIndex = j;
                }
            }
            String target = null;
            if (best >= MIN_SCORE) {
                target = statements.get(bestIndex).id();
            } else if (previousCounter != null && previousCounter.claimer().equals(c.claimer()) && previousCounter.disputes() != null) {
                target = previousCounter.disputes();
            } else if (k > 0 && statements.get(k - 1).label() == StatementLabel.CLAIM) {
                target = statements.get(k - 1).id(); // "... cannot be confirmed" right after the claim it doubts
            }
            Statement linked = c.withDisputes(target);
            statements.set(k, linked);
            previousCounter = linked;
        }
    }

    private static Set<String> entityIds(SentenceView v) {
        Set<String> out = new HashSet<>();
        v.mentions.forEach(m -> out.add(m.entity().id()));
        return out;
    }

    /** "the Russian announcement" names Russia. */
    private boolean namesByDemonym(SentenceView v, String claimer) {
        for (String t : v.tokens.tokens()) {
            String country = lexicon.countryOf(t);
            if (country != null && country.equalsIgnoreCase(claimer)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case word stems of four letters or more that are not function words nor part of a name. */
    static Set<String> contentWords(SentenceView v) {
        boolean[] name = new boolean[v.size()];
        for (SentenceView.EntityMention m : v.mentions) {
            for (int i = m.first(); i < m.end(); i++) {
                name[i] = true;
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            String w = v.lower[i];
            if (!name[i] && w.length() >= 4 && Character.isLetter(w.charAt(0)) && !STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }
}
