package io.claimwatch.jobs.operators;

import io.claimwatch.model.Duplicate;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.SeenStory;
import io.claimwatch.nlp.DuplicateMatcher;
import java.time.Duration;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Passes on stories not seen before under this key and sends repeats to the duplicates side output.
 * What it remembers expires after the configured TTL.
 */
public final class DuplicateFilterFunction extends KeyedProcessFunction<String, PreparedArticle, PreparedArticle> {

    public static final OutputTag<Duplicate> DUPLICATES =
            new OutputTag<>("duplicates", TypeInformation.of(Duplicate.class));

    private final DuplicateMatcher matcher;
    private final Duration ttl;
    private transient ListState<SeenStory> seen;
    private transient Counter duplicates;

    public DuplicateFilterFunction(DuplicateMatcher matcher, Duration ttl) {
        this.matcher = matcher;
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext openContext) {
        ListStateDescriptor<SeenStory> descriptor = new ListStateDescriptor<>("seen-stories", SeenStory.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getListState(descriptor);
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicates");
    }

    @Override
    public void processElement(PreparedArticle article, Context ctx, Collector<PreparedArticle> out) throws Exception {
        Iterable<SeenStory> stories = seen.get();
        Optional<DuplicateMatcher.Match> match = matcher.match(article, stories == null ? java.util.List.of() : stories);
        if (match.isPresent()) {
            duplicates.inc();
            DuplicateMatcher.Match m = match.get();
            ctx.output(DUPLICATES, new Duplicate(article.article(), m.originalId(), m.how(), m.similarity()));
        } else {
            seen.add(SeenStory.of(article));
            out.collect(article);
        }
    }
}
