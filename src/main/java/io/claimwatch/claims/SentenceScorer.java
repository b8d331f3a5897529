package io.claimwatch.claims;

import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.NewsTokenizer;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.TokenizedSentence;
import java.util.List;

/**
 * Scores sentences on their own, without an article around them ({@code analyze --sentences}): the
 * check-worthiness score calibrated for text later than the training debates (0.5 is the decision
 * threshold; see {@link CheckWorthinessModel#calibrateLater}) and a label, counterclaim when the
 * sentence disputes something, else claim at a score of 0.5 or more. Not thread-safe.
 */
public final class SentenceScorer {

    /** One sentence's score and label. */
    public record Scored(double score, StatementLabel label) {}

    private final NewsTokenizer tokenizer;
    private final CheckWorthinessModel.Scorer scorer;
    private final StatementLabeller labeller;

    public SentenceScorer(NlpModels models, CheckWorthinessModel model, ClaimCues cues) {
        this.tokenizer = new NewsTokenizer(models);
        this.scorer = model.scorer();
        this.labeller = new StatementLabeller(cues);
    }

    public static SentenceScorer withDefaults() {
        return new SentenceScorer(NlpModels.get(), CheckWorthinessModel.get(), ClaimCues.get());
    }

    public Scored score(String sentence) {
        // A sentence on its own has none of the article's signals the statement labeller adapts the
        // score to news with, so the model's own adaptation to later text applies.
        double score = scorer.laterScore(sentence);
        if (sentence.isBlank()) {
            return new Scored(score, StatementLabel.NONE);
        }
        TokenizedSentence t = tokenizer.tokenize(sentence, 0, sentence.length());
        SentenceView view = new SentenceView(sentence, t, List.of(), false);
        if (labeller.counter(view) != null) {
            return new Scored(score, StatementLabel.COUNTERCLAIM);
        }
        return new Scored(score, score >= 0.5 ? StatementLabel.CLAIM : StatementLabel.NONE);
    }
}
