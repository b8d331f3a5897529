package io.claimwatch.jobs.operators;

import io.claimwatch.model.EnrichedArticle;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.SentenceAnnotator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;

/** Sentences and tokens with OpenNLP: the same annotator as the offline tools. */
public final class AnnotateFunction extends GuardedStep<PreparedArticle, EnrichedArticle> {

    private transient SentenceAnnotator annotator;
    private transient Counter enriched;
    private transient Counter statements;
    private transient Counter claims;
    private transient Counter counterclaims;

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        annotator = new SentenceAnnotator(NlpModels.get());
        enriched = getRuntimeContext().getMetricGroup().counter("articlesEnriched");
        statements = getRuntimeContext().getMetricGroup().counter("statements");
        claims = getRuntimeContext().getMetricGroup().counter("claims");
        counterclaims = getRuntimeContext().getMetricGroup().counter("counterclaims");
    }

    @Override
    protected EnrichedArticle apply(PreparedArticle input) {
        EnrichedArticle result = new EnrichedArticle(input, annotator.annotate(input.article().text(), input.cleaned()));
        enriched.inc();
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
