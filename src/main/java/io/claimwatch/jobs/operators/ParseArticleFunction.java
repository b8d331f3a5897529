package io.claimwatch.jobs.operators;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.InputLimits;
import io.claimwatch.model.ParseResult;
import io.claimwatch.model.RawRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Validates raw records; the invalid ones go to the dead-letter side output. */
public final class ParseArticleFunction extends ProcessFunction<RawRecord, Article> {

    private final InputLimits limits;
    private transient ArticleParser parser;
    private transient Counter read;
    private transient Counter deadLettered;

    public ParseArticleFunction(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public void open(OpenContext openContext) {
        parser = new ArticleParser(limits, java.time.Clock.systemUTC());
        read = getRuntimeContext().getMetricGroup().counter("articlesRead");
        deadLettered = getRuntimeContext().getMetricGroup().counter("articlesRejected");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<Article> out) {
        read.inc();
        ParseResult result = parser.parse(raw);
        if (result.isOk()) {
            out.collect(result.article());
        } else {
            deadLettered.inc();
            ctx.output(DeadLetters.TAG, result.deadLetter());
        }
    }
}
