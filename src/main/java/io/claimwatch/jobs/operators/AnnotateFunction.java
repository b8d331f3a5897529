package io.claimwatch.jobs.operators;

import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.EnrichedArticle;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.nlp.BoundedAnnotator;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.SentenceAnnotator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;

/**
 * Sentences, tokens, entities and statements under the article caps: the same annotator as the
 * offline tools. An article over a cap is truncated and flagged, and counted in {@code articlesTruncated}.
 */
public final class AnnotateFunction extends GuardedStep<PreparedArticle, EnrichedArticle> {

    private final ArticleCaps caps;
    private transient BoundedAnnotator annotator;
    private transient Counter truncated;
    private transient Counter enriched;
    private transient Counter statements;
    private transient Counter claims;
    private transient Counter counterclaims;

    public AnnotateFunction(ArticleCaps caps) {
        this.caps = caps;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        annotator = new BoundedAnnotator(new SentenceAnnotator(NlpModels.get()), caps);
        truncated = getRuntimeContext().getMetricGroup().counter("articlesTruncated");
        enriched = getRuntimeContext().getMetricGroup().counter("articlesEnriched");
        statements = getRuntimeContext().getMetricGroup().counter("statements");
        claims = getRuntimeContext().getMetricGroup().counter("claims");
        counterclaims = getRuntimeContext().getMetricGroup().counter("counterclaims");
    }

    @Override
    protected EnrichedArticle apply(PreparedArticle input) {
        BoundedAnnotator.Result r = annotator.annotate(input.article().text(), input.cleaned());
        EnrichedArticle result = new EnrichedArticle(input, r.annotation(), r.truncation());
        enriched.inc();
        if (r.truncation().any()) {
            truncated.inc();
        }
        for (var st : result.annotation().statements()) {
            statements.inc();
            switch (st.label()) {
                case CLAIM -> claims.inc();
                case COUNTERCLAIM -> counterclaims.inc();
                default -> { }
            }
        }
        return result;
    }

    @Override
    protected RawRecord originOf(PreparedArticle input) {
        return input.article().origin();
    }
}
