package io.claimwatch.jobs;

import io.claimwatch.claims.StatementRefs;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.jobs.operators.AnnotateFunction;
import io.claimwatch.jobs.operators.FirstOfKeyFunction;
import io.claimwatch.jobs.operators.GuardedFlatMap;
import io.claimwatch.jobs.operators.MatchSubscriptionsFunction;
import io.claimwatch.jobs.operators.ParseSubscriptionFunction;
import io.claimwatch.jobs.operators.RateCapFunction;
import io.claimwatch.jobs.operators.SpikeFunction;
import io.claimwatch.jobs.operators.LinkClaimsFunction;
import io.claimwatch.jobs.operators.DeadLetters;
import io.claimwatch.jobs.operators.DuplicateFilterFunction;
import io.claimwatch.jobs.operators.ParseArticleFunction;
import io.claimwatch.jobs.operators.PrepareArticleFunction;
import io.claimwatch.jobs.operators.SyndicationFunction;
import io.claimwatch.alerts.Alert;
import io.claimwatch.alerts.AlertTrigger;
import io.claimwatch.alerts.Spike;
import io.claimwatch.alerts.SubscriptionChange;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.EntityMentions;
import io.claimwatch.model.Entity;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.KeyedStatement;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementRef;
import io.claimwatch.model.DeadLetter;
import io.claimwatch.model.Duplicate;
import io.claimwatch.model.CodePointOffsets;
import io.claimwatch.model.EnrichedArticle;
import io.claimwatch.model.EsAction;
import io.claimwatch.model.JsonRecord;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.model.RecordJson;
import io.claimwatch.nlp.DuplicateMatcher;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The enrich topology: raw records → parse/validate → clean → dedupe (by URL, then by content) →
 * annotate (entities, statements) → the enriched, statements and dead-letter topics, the articles and
 * statements indices, and contested-claim links across outlets (keyed by entity, event time) → the
 * links index. Sources and sinks
 * come from outside, so tests and production wire the same topology to different ends.
 */
public final class EnrichJob {

    /** Where records come from and go to. */
    public interface Io {
        DataStream<RawRecord> source(StreamExecutionEnvironment env);

        Sink<JsonRecord> enrichedSink();

        Sink<JsonRecord> deadLetterSink();

        /** The statements topic. */
        Sink<JsonRecord> statementsSink();

        /** The compacted subscriptions topic (key = subscription id, null value = removed). */
        DataStream<RawRecord> subscriptions(StreamExecutionEnvironment env);

        /** Subscriptions the job could not use, with the reason. */
        Sink<JsonRecord> subscriptionsDeadLetterSink();

        /** Each alert to its subscription's topic. */
        Sink<Alert> alertsSink();

        Sink<EsAction> indexSink();
    }

    private final EnrichConfig config;
    private final IndexCatalog indices;

    public EnrichJob(EnrichConfig config, IndexCatalog indices) {
        this.config = config;
        this.indices = indices;
    }

    public void build(StreamExecutionEnvironment env, Io io) {
        // Locals, not fields, in lambdas: Flink serialises the lambdas, not this builder.
        String index = indices.articles();
        String statementsIndex = indices.name(IndexCatalog.STATEMENTS);
        String linksIndex = indices.name(IndexCatalog.LINKS);
        String alertsIndex = indices.name(IndexCatalog.ALERTS);
        EnrichConfig.Pipeline pipeline = config.pipeline();
        ArticleCaps caps = pipeline.caps();
        Duration linkWindow = pipeline.linkWindow();
        Duration outOfOrder = Duration.ofMinutes(pipeline.linkOutOfOrdernessMinutes());
        Duration ttl = Duration.ofHours(pipeline.dedupeTtlHours());
        double near = pipeline.nearDuplicateSimilarity();
        int maxOriginalBytes = pipeline.maxArticleBytes();
        // An output record must fit the producer's request (a little is left for the record's headers).
        long maxRecordBytes = config.maxRequestSize() - 16 * 1024;

        SingleOutputStreamOperator<Article> parsed = io.source(env)
                .process(new ParseArticleFunction(pipeline.inputLimits()))
                .uid("parse").name("parse + validate");
        // Event time (published_at) is assigned here, before any shuffle, so the watermarks travel behind
        // the articles through the keyed steps and the NLP: a subtask still busy with an article holds the
        // watermark back for everything after it. Assigned after the NLP instead, the watermark of fast
        // subtasks ran ahead of the claims a slow one had yet to emit, and linking did not keep them
        // (ContestedLinksIT). Idle only where no article comes at all (a source subtask without partitions).
        SingleOutputStreamOperator<PreparedArticle> prepared = parsed
                .process(new PrepareArticleFunction())
                .uid("clean").name("clean + fingerprint")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<PreparedArticle>forBoundedOutOfOrderness(outOfOrder)
                        .withTimestampAssigner((p, t) -> p.article().publishedAtMillis()).withIdleness(Duration.ofMinutes(1)))
                .uid("article-time").name("event time = published_at");
        DuplicateMatcher byUrl = new DuplicateMatcher(DuplicateMatcher.Key.URL, near);
        DuplicateMatcher byContent = new DuplicateMatcher(DuplicateMatcher.Key.CONTENT, near);
        SingleOutputStreamOperator<PreparedArticle> newByUrl = prepared
                .keyBy(byUrl::keyOf)
                .process(new DuplicateFilterFunction(byUrl, ttl, caps.storiesPerDedupeKey()))
                .uid("dedupe-url").name("dedupe by URL");
        SingleOutputStreamOperator<PreparedArticle> newByContent = newByUrl
                .keyBy(byContent::keyOf)
                .process(new DuplicateFilterFunction(byContent, ttl, caps.storiesPerDedupeKey()))
                .uid("dedupe-content").name("dedupe by content");
        SingleOutputStreamOperator<EnrichedArticle> annotated = newByContent
                .process(new AnnotateFunction(caps))
                .uid("annotate").name("annotate");
        // The annotator is the costly step. What follows it (serialisation, the Kafka writers, claims,
        // mentions) runs in a task of its own, so the annotating thread goes on with the next article
        // meanwhile instead of doing that work too (measured with 'claimwatch bench'). Stateless: a
        // savepoint of a build without it restores.
        SingleOutputStreamOperator<EnrichedArticle> enriched = annotated
                .map(e -> e).returns(TypeInformation.of(EnrichedArticle.class))
                .uid("after-annotate").name("after annotate").startNewChain();

        DataStream<Duplicate> duplicates = newByUrl.getSideOutput(DuplicateFilterFunction.DUPLICATES)
                .union(newByContent.getSideOutput(DuplicateFilterFunction.DUPLICATES));

        // Each article is serialised once: the same JSON is the enriched record and the document.
        SingleOutputStreamOperator<JsonRecord> enrichedJson = enriched
                .process(GuardedFlatMap.<EnrichedArticle, JsonRecord>of("enriched → json", (e, out) -> {
                    byte[] json = RecordJson.writeBytes(RecordJson.enriched(e));
                    long bytes = json.length;
                    if (bytes > maxRecordBytes) {
                        throw new IllegalStateException("the enriched record is " + bytes + " bytes, over the " + maxRecordBytes
                                + " a Kafka record may have here (max.request.size); lower pipeline.max-article-bytes or pipeline.caps");
                    }
                    out.accept(new JsonRecord(e.article().id(), json));
                }, GuardedFlatMap::ofArticle))
                .returns(TypeInformation.of(JsonRecord.class)).uid("enriched-json").name("enriched → json");
        SingleOutputStreamOperator<JsonRecord> duplicateJson = duplicates
                .process(GuardedFlatMap.<Duplicate, JsonRecord>of("duplicate → json",
                        (d, out) -> out.accept(new JsonRecord(d.article().id(), RecordJson.write(RecordJson.duplicate(d)))),
                        (step, d, error) -> GuardedFlatMap.ofElement(step, d, error)))
                .returns(TypeInformation.of(JsonRecord.class)).uid("duplicate-json").name("duplicate → json");

        // Kafka: the enriched topic carries analysed articles and the small duplicate records.
        enrichedJson.union(duplicateJson)
                .sinkTo(io.enrichedSink()).uid("enriched-sink").name("Kafka enriched");

        // Elasticsearch: the article document, and the syndication list on the original.
        SingleOutputStreamOperator<EsAction> syndication = duplicates
                .keyBy(Duplicate::originalId)
                .process(new SyndicationFunction(index, ttl, caps.carriersPerStory()))
                .uid("syndication").name("record syndication");
        // Statements: one record and one document each, id = article id + ":" + start offset.
        SingleOutputStreamOperator<JsonRecord> statements = enriched
                .process(GuardedFlatMap.<EnrichedArticle, JsonRecord>of("statements → json", (e, out) -> {
                    CodePointOffsets at = CodePointOffsets.of(e.article().text());
                    for (Statement st : e.annotation().statements()) {
                        out.accept(new JsonRecord(StatementRef.globalId(e.article().id(), st.start()),
                                RecordJson.writeBytes(RecordJson.statementDocument(e, st, at))));
                    }
                }, GuardedFlatMap::ofArticle))
                .returns(TypeInformation.of(JsonRecord.class)).uid("statement-json").name("statements → json");
        statements.sinkTo(io.statementsSink()).uid("statements-sink").name("Kafka statements");

        // Contested claims across outlets: claims and counterclaims keyed by each entity they name, in
        // event time (published_at); each link once, by its id.
        SingleOutputStreamOperator<StatementRef> refs = enriched
                .process(GuardedFlatMap.<EnrichedArticle, StatementRef>of("claims + counterclaims", (e, out) -> {
                    Article a = e.article();
                    StatementRefs.of(a.id(), a.source(), a.url(), a.publishedAtMillis(), a.text(), e.annotation(), caps).forEach(out);
                }, GuardedFlatMap::ofArticle))
                .returns(TypeInformation.of(StatementRef.class)).uid("statement-refs").name("claims + counterclaims");
        SingleOutputStreamOperator<ContestedLink> linked = refs
                .flatMap((StatementRef r, Collector<KeyedStatement> out) -> r.entityIds().forEach(k -> out.collect(new KeyedStatement(k, r))))
                .returns(TypeInformation.of(KeyedStatement.class)).uid("statement-keys").name("one per entity")
                .keyBy(KeyedStatement::key)
                .process(new LinkClaimsFunction(linkWindow, pipeline.linkLateness(), caps.linksPerClaim()))
                .uid("link-claims").name("link counterclaims to claims");
        SingleOutputStreamOperator<ContestedLink> contested = linked
                .keyBy(ContestedLink::id)
                .process(new FirstOfKeyFunction<ContestedLink>(linkWindow.plus(linkWindow)))
                .returns(TypeInformation.of(ContestedLink.class)).uid("link-once").name("each link once");
        SingleOutputStreamOperator<EsAction> links = contested
                .process(GuardedFlatMap.<ContestedLink, EsAction>of("link → document",
                        (l, out) -> out.accept(EsAction.replace(linksIndex, l.id(), RecordJson.writeBytes(RecordJson.link(l)))),
                        (step, l, error) -> GuardedFlatMap.ofElement(step, l, error)))
                .returns(TypeInformation.of(EsAction.class)).uid("link-doc").name("link → document");

        // Alerts: statements, links and mention spikes against the subscriptions (broadcast state).
        SingleOutputStreamOperator<SubscriptionChange> subscriptions = io.subscriptions(env)
                .process(new ParseSubscriptionFunction()).uid("parse-subscriptions").name("parse subscriptions");
        subscriptions.getSideOutput(ParseSubscriptionFunction.REJECTED)
                .sinkTo(io.subscriptionsDeadLetterSink()).uid("subscriptions-dlq-sink").name("Kafka subscription dead letters");
        SingleOutputStreamOperator<EntityMentions> mentions = enriched
                .process(GuardedFlatMap.<EnrichedArticle, EntityMentions>of("mentions per entity", (e, out) -> {
                    for (Entity en : e.annotation().entities()) {
                        out.accept(new EntityMentions(en.id(), en.name(), e.article().id(), e.article().publishedAtMillis(), en.mentions().size()));
                    }
                }, GuardedFlatMap::ofArticle))
                .returns(TypeInformation.of(EntityMentions.class)).uid("entity-mentions").name("mentions per entity");
        DataStream<Spike> spikes = mentions
                .keyBy(EntityMentions::entityId)
                .process(new SpikeFunction(config.alerts().spikeRule())).uid("spikes").name("mention spikes");
        SingleOutputStreamOperator<Alert> matched = refs.map(AlertTrigger::of)
                .returns(TypeInformation.of(AlertTrigger.class)).uid("statement-triggers").name("statement → trigger")
                .union(contested.map(AlertTrigger::of).returns(TypeInformation.of(AlertTrigger.class)).uid("link-triggers").name("link → trigger"),
                        spikes.map(AlertTrigger::of).returns(TypeInformation.of(AlertTrigger.class)).uid("spike-triggers").name("spike → trigger"))
                .connect(subscriptions.broadcast(MatchSubscriptionsFunction.SUBSCRIPTIONS))
                .process(new MatchSubscriptionsFunction()).uid("match-subscriptions").name("match subscriptions");
        SingleOutputStreamOperator<Alert> alerts = matched
                .keyBy(Alert::id)
                .process(new FirstOfKeyFunction<Alert>(Duration.ofHours(config.alerts().dedupeHours())))
                .returns(TypeInformation.of(Alert.class)).uid("alert-once").name("each alert once")
                .keyBy(Alert::subscriptionId)
                .process(new RateCapFunction(config.alerts().summaryAlertIds())).uid("rate-cap").name("cap per subscription");
        alerts.sinkTo(io.alertsSink()).uid("alerts-sink").name("Kafka alerts");
        SingleOutputStreamOperator<EsAction> alertDocs = alerts
                .process(GuardedFlatMap.<Alert, EsAction>of("alert → document",
                        (a, out) -> out.accept(new EsAction(alertsIndex, a.id(), RecordJson.write(RecordJson.alert(a)))),
                        (step, a, error) -> GuardedFlatMap.ofElement(step, a, error)))
                .returns(TypeInformation.of(EsAction.class)).uid("alert-doc").name("alert → document");

        // The article document merges with its syndication list (either may come first); a statement
        // document has one writer and is replaced whole, which spares Elasticsearch a read and a merge.
        enrichedJson.map(r -> EsAction.merge(index, r.key(), r.utf8()))
                .returns(TypeInformation.of(EsAction.class)).uid("article-doc").name("article → document")
                .union(syndication,
                        statements.map(r -> EsAction.replace(statementsIndex, r.key(), r.utf8()))
                                .returns(TypeInformation.of(EsAction.class)).uid("statement-doc").name("statement → document"),
                        links, alertDocs)
                .sinkTo(io.indexSink()).uid("es-sink").name("Elasticsearch");

        // Every step that can fail a record sends it here: each input ends in exactly one place.
        DataStream<DeadLetter> deadLetters = parsed.getSideOutput(DeadLetters.TAG).union(
                prepared.getSideOutput(DeadLetters.TAG), newByUrl.getSideOutput(DeadLetters.TAG),
                newByContent.getSideOutput(DeadLetters.TAG), annotated.getSideOutput(DeadLetters.TAG),
                enrichedJson.getSideOutput(DeadLetters.TAG), duplicateJson.getSideOutput(DeadLetters.TAG),
                syndication.getSideOutput(DeadLetters.TAG), statements.getSideOutput(DeadLetters.TAG),
                refs.getSideOutput(DeadLetters.TAG), linked.getSideOutput(DeadLetters.TAG), links.getSideOutput(DeadLetters.TAG),
                mentions.getSideOutput(DeadLetters.TAG), matched.getSideOutput(DeadLetters.TAG),
                alertDocs.getSideOutput(DeadLetters.TAG));
        // Keyed by what failed when a later step names it (a statement or alert id); raw records keep no key.
        deadLetters.map(d -> new JsonRecord(d.origin().topic() != null || d.origin().key() == null ? null
                                : new String(d.origin().key(), java.nio.charset.StandardCharsets.UTF_8),
                        RecordJson.write(RecordJson.deadLetter(d, maxOriginalBytes))))
                .returns(TypeInformation.of(JsonRecord.class)).uid("dlq-json").name("dead letter → json")
                .sinkTo(io.deadLetterSink()).uid("dlq-sink").name("Kafka dead letters");
    }
}
