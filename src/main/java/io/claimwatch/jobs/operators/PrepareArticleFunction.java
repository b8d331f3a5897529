package io.claimwatch.jobs.operators;

import io.claimwatch.model.Article;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.nlp.ArticlePreparer;
import org.apache.flink.api.common.functions.OpenContext;

/** Cleaning and fingerprinting. */
public final class PrepareArticleFunction extends GuardedStep<Article, PreparedArticle> {

    private transient ArticlePreparer preparer;

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        preparer = ArticlePreparer.withDefaults();
    }

    @Override
    protected PreparedArticle apply(Article input) {
        return preparer.prepare(input);
    }

    @Override
    protected RawRecord originOf(Article input) {
        return input.origin();
    }
}
