package io.claimwatch.jobs.operators;

import io.claimwatch.model.Duplicate;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.SeenStory;
import io.claimwatch.nlp.DuplicateMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * What it remembers expires after the configured TTL, and at most {@code maxStories} stories are
 * remembered per key (the newest): a key many stories share (a shingle of page furniture) costs
 * bounded state and bounded comparisons.
 */
public final class DuplicateFilterFunction extends KeyedProcessFunction<String, PreparedArticle, PreparedArticle> {

    public static final OutputTag<Duplicate> DUPLICATES =
            new OutputTag<>("duplicates", TypeInformation.of(Duplicate.class));

    private final DuplicateMatcher matcher;
    private final Duration ttl;
    private final int maxStories;
    private transient ListState<SeenStory> seen;
    private transient Counter duplicates;
    private transient Counter failures;

    public DuplicateFilterFunction(DuplicateMatcher matcher, Duration ttl, int maxStories) {
        this.matcher = matcher;
        this.ttl = ttl;
        this.maxStories = maxStories;
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
        failures = getRuntimeContext().getMetricGroup().counter("processingErrors");
    }

    @Override
    public void processElement(PreparedArticle article, Context ctx, Collector<PreparedArticle> out) throws Exception {
        List<SeenStory> stories = new ArrayList<>();
        Optional<DuplicateMatcher.Match> match;
        try {
            Iterable<SeenStory> kept = seen.get();
            if (kept != null) {
                kept.forEach(stories::add);
            }
            match = matcher.match(article, stories);
        } catch (RuntimeException | StackOverflowError e) {
            failures.inc();
            ctx.output(DeadLetters.TAG, Failures.of("duplicate detection", e, article.article().origin()));
            return;
        }
        if (match.isPresent()) {
            duplicates.inc();
            DuplicateMatcher.Match m = match.get();
            ctx.output(DUPLICATES, new Duplicate(article.article(), m.originalId(), m.how(), m.similarity()));
            return;
        }
        if (stories.size() >= maxStories) {
            stories.subList(0, stories.size() - maxStories + 1).clear(); // forget the oldest
            stories.add(SeenStory.of(article));
            seen.update(stories);
        } else {
            seen.add(SeenStory.of(article));
        }
        out.collect(article);
    }
}
