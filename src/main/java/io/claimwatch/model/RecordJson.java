package io.claimwatch.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;

/**
 * The JSON shapes of the output topics and indices (documented in the README). One place, so that
 * the Kafka records and the Elasticsearch documents cannot drift apart.
 */
public final class RecordJson {

    public static final int SCHEMA_VERSION = 1;
    /** Alerts carry every reason they matched ({@code types}) since version 2; version 1 had one {@code type} per alert. */
    public static final int ALERT_SCHEMA_VERSION = 2;
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {}

    /** The enriched article: the record on the enriched topic and the document in the articles index. */
    public static ObjectNode enriched(EnrichedArticle e) {
        Article a = e.article();
        ObjectNode o = header("article", a);
        o.put("language", a.language());
        o.put("from_html", a.fromHtml());
        o.put("text", a.text());
        String body = e.prepared().cleaned().keptText(a.text());
        o.put("content", body);
        o.put("body", body);
        o.put("fingerprint", e.prepared().fingerprint().exact());
        CodePointOffsets at = CodePointOffsets.of(a.text());
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (TextSpan p : e.prepared().cleaned().paragraphs()) {
            paragraphs.addObject().put("start", at.at(p.start())).put("end", at.at(p.end()));
        }
        ArrayNode removed = o.putArray("removed");
        for (RemovedSpan r : e.prepared().cleaned().removed()) {
            removed.addObject().put("start", at.at(r.start())).put("end", at.at(r.end())).put("why", r.why());
        }
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : e.annotation().sentences()) {
            sentences.addObject().put("start", at.at(s.start())).put("end", at.at(s.end())).put("tokens", s.tokenCount());
        }
        o.put("sentence_count", e.annotation().sentences().size());
        o.put("token_count", e.annotation().tokenCount());
        ArrayNode ids = o.putArray("entity_ids");
        ArrayNode entities = o.putArray("entities");
        for (Entity entity : e.annotation().entities()) {
            ids.add(entity.id());
            ObjectNode en = entity(entities.addObject(), entity, at);
            en.put("mention_count", entity.mentions().size());
        }
        ArrayNode statements = o.putArray("statements");
        for (Statement s : e.annotation().statements()) {
            statement(statements.addObject(), s, a.text(), at);
        }
        o.put("claim_count", e.annotation().statements().stream().filter(s -> s.label() == StatementLabel.CLAIM).count());
        o.put("counterclaim_count", e.annotation().statements().stream().filter(s -> s.label() == StatementLabel.COUNTERCLAIM).count());
        Truncation t = e.truncation();
        if (t != null && t.any()) {
            o.putObject("truncated")
                    .put("text_chars", t.textChars()).put("analysed_chars", t.analysedChars())
                    .put("statements", t.statements()).put("statements_kept", t.statementsKept())
                    .put("mentions", t.mentions()).put("mentions_kept", t.mentionsKept())
                    .put("claims", t.claims()).put("claims_kept", t.claimsKept());
        }
        return o;
    }

    /** An entity as the analyzer, the enriched topic and the index all write it, its mentions' offsets in code points. */
    public static ObjectNode entity(ObjectNode o, Entity entity, CodePointOffsets at) {
        o.put("id", entity.id()).put("name", entity.name()).put("type", entity.type().name());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : entity.mentions()) {
            mentions.addObject().put("text", m.text()).put("start", at.at(m.start())).put("end", at.at(m.end()));
        }
        return o;
    }

    /** An alert: the record on the subscriber's topic and the document in the alerts index. */
    public static ObjectNode alert(io.claimwatch.alerts.Alert a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema_version", ALERT_SCHEMA_VERSION);
        o.put("id", a.id());
        ArrayNode types = o.putArray("types");
        a.types().forEach(t -> types.add(t.json()));
        o.put("subscription_id", a.subscriptionId());
        o.put("time", iso(a.time()));
        o.put("summary", a.summary());
        ArrayNode st = o.putArray("statement_ids");
        a.statementIds().forEach(st::add);
        ArrayNode ar = o.putArray("article_ids");
        a.articleIds().forEach(ar::add);
        ArrayNode urls = o.putArray("urls");
        a.urls().forEach(urls::add);
        ArrayNode en = o.putArray("entity_ids");
        a.entityIds().forEach(en::add);
        try {
            o.set("detail", MAPPER.readTree(a.detail()));
        } catch (JsonProcessingException e) {
            o.put("detail", a.detail());
        }
        return o;
    }

    /** A statement reference as a link names it. */
    private static ObjectNode ref(ObjectNode o, StatementRef r) {
        return o.put("id", r.id()).put("article_id", r.articleId()).put("source", r.source()).put("url", r.url())
                .put("published_at", iso(r.publishedAt())).put("claimer", r.claimer()).put("claimer_id", r.claimerId())
                .put("text", r.text());
    }

    /** A contested-claim link: the document in the links index and the line of {@code analyze --links}. */
    public static ObjectNode link(ContestedLink l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema_version", SCHEMA_VERSION);
        o.put("id", l.id());
        ref(o.putObject("claim"), l.claim());
        ref(o.putObject("counterclaim"), l.counterclaim());
        ArrayNode entities = o.putArray("entity_ids");
        l.claim().entityIds().stream().filter(l.counterclaim().entityIds()::contains).forEach(entities::add);
        o.put("score", l.score());
        o.put("reason", l.reason());
        o.put("linked_at", iso(Math.max(l.claim().publishedAt(), l.counterclaim().publishedAt())));
        return o;
    }

    /** A statement's document in the statements index and its record on the statements topic. */
    public static ObjectNode statementDocument(EnrichedArticle e, Statement s) {
        return statementDocument(e, s, CodePointOffsets.of(e.article().text()));
    }

    /** The same, with the article's offsets computed once for all its statements. */
    public static ObjectNode statementDocument(EnrichedArticle e, Statement s, CodePointOffsets at) {
        Article a = e.article();
        ObjectNode o = header("statement", a);
        statement(o, s, a.text(), at);
        o.put("local_id", s.id());
        o.put("id", StatementRef.globalId(a.id(), s.start()));
        o.put("article_id", a.id());
        String disputed = s.disputes() == null ? null : e.annotation().statements().stream().filter(x -> x.id().equals(s.disputes()))
                .findFirst().map(x -> StatementRef.globalId(a.id(), x.start())).orElse(null);
        o.put("disputes", disputed);
        ArrayNode ids = o.putArray("entity_ids");
        for (Entity en : e.annotation().entities()) {
            if (en.mentions().stream().anyMatch(m -> m.start() >= s.start() && m.end() <= s.end()) || s.claimerIds().contains(en.id())) {
                ids.add(en.id());
            }
        }
        return o;
    }

    /** A statement as the analyzer, the enriched topic and the statements index write it, its offsets in code points. */
    public static ObjectNode statement(ObjectNode o, Statement s, String text, CodePointOffsets at) {
        o.put("id", s.id()).put("text", text.substring(s.start(), s.end())).put("start", at.at(s.start())).put("end", at.at(s.end()))
                .put("label", s.label().json()).put("score", s.score()).put("claimer", s.claimer());
        if (s.claimerId() != null) {
            o.put("claimer_id", s.claimerId());
            s.claimerIds().forEach(o.putArray("claimer_ids")::add);
        }
        o.put("cue", s.cue()).put("speech", s.speech());
        if (s.quoteStart() >= 0) {
            o.putObject("quote").put("start", at.at(s.quoteStart())).put("end", at.at(s.quoteEnd()));
        }
        return o.put("disputes", s.disputes());
    }

    /**
     * One analysed article in the format of the evaluation scorer ({@code claimwatch analyze}): its
     * body (the kept paragraphs: a page's article without furniture, as the enriched record's
     * {@code body}), its entities and every sentence as a statement (label none when it asserts
     * nothing check-worthy).
     */
    public static ObjectNode analysis(String id, String text, CleanedText cleaned, Annotation annotation) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("body", cleaned.keptText(text));
        CodePointOffsets at = CodePointOffsets.of(text);
        ArrayNode entities = o.putArray("entities");
        for (Entity entity : annotation.entities()) {
            entity(entities.addObject(), entity, at);
        }
        ArrayNode statements = o.putArray("statements");
        for (Statement s : annotation.statements()) {
            statement(statements.addObject(), s, text, at);
        }
        return o;
    }

    /** The small record the enriched topic carries for a story that was not analysed again. */
    public static ObjectNode duplicate(Duplicate d) {
        ObjectNode o = header("duplicate", d.article());
        o.put("duplicate_of", d.originalId());
        o.put("match", d.match());
        o.put("similarity", d.similarity());
        return o;
    }

    /** The partial document that records, on the original, every outlet and URL that also carried it. */
    public static ObjectNode syndication(Collection<Carrier> carriers) {
        return syndication(carriers, carriers.size());
    }

    /** @param count how many carried it in all: the list may hold only the first of them */
    public static ObjectNode syndication(Collection<Carrier> carriers, int count) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode list = o.putArray("also_carried_by");
        for (Carrier c : carriers) {
            list.addObject()
                    .put("id", c.id())
                    .put("source", c.source())
                    .put("url", c.url())
                    .put("published_at", iso(c.publishedAtMillis()))
                    .put("match", c.match());
        }
        o.put("duplicate_count", count);
        return o;
    }

    /** A dead letter with its original whole (tools and tests; the job bounds it, see below). */
    public static ObjectNode deadLetter(DeadLetter d) {
        return deadLetter(d, Integer.MAX_VALUE);
    }

    /**
     * A dead letter. An original (or key) over {@code maxOriginalBytes} is cut to its first
     * {@link #TRUNCATED_ORIGINAL_BYTES} bytes, with its size and SHA-256 beside it, so that the dead
     * letter itself always fits the producer's request size.
     */
    public static ObjectNode deadLetter(DeadLetter d, int maxOriginalBytes) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema_version", SCHEMA_VERSION);
        o.put("reason", d.reason().name());
        o.put("message", d.message());
        RawRecord r = d.origin();
        o.put("topic", r.topic());
        o.put("partition", r.partition());
        o.put("offset", r.offset());
        o.put("record_timestamp", r.timestamp());
        if (r.key() != null) {
            putBounded(o, "key", r.key(), maxOriginalBytes);
        }
        putBounded(o, "original", r.value() == null ? new byte[0] : r.value(), maxOriginalBytes);
        return o;
    }

    /**
     * The dead letter of a document Elasticsearch refused for good: reason {@code INDEX_REJECTED},
     * its error, the index and document id, and the document as {@code original}. It has no topic,
     * partition or offset (it was made from an enriched article, not read from a topic).
     */
    public static ObjectNode indexRejection(EsAction document, int status, String error, int maxOriginalBytes) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema_version", SCHEMA_VERSION);
        o.put("reason", ReasonCode.INDEX_REJECTED.name());
        String message = "Elasticsearch refused document " + document.id() + " of " + document.index() + " (status " + status + "): "
                + error;
        o.put("message", message.length() > 2000 ? message.substring(0, 2000) + "…" : message);
        o.put("index", document.index());
        o.put("document_id", document.id());
        o.put("status", status);
        o.putNull("topic");
        o.putNull("partition");
        o.putNull("offset");
        putBounded(o, "original", document.utf8(), maxOriginalBytes);
        return o;
    }

    /** How much of an oversized original a dead letter keeps. */
    public static final int TRUNCATED_ORIGINAL_BYTES = 64 * 1024;

    private static void putBounded(ObjectNode o, String field, byte[] bytes, int maxBytes) {
        if (bytes.length <= maxBytes) {
            putBytes(o, field, bytes);
            return;
        }
        byte[] head = java.util.Arrays.copyOf(bytes, utf8Boundary(bytes, Math.min(TRUNCATED_ORIGINAL_BYTES, maxBytes)));
        putBytes(o, field, head);
        o.put(field + "_truncated", true);
        o.put(field + "_size", bytes.length);
        o.put(field + "_sha256", sha256(bytes));
    }

    /** The largest cut at or below {@code n} that does not split a UTF-8 sequence. */
    static int utf8Boundary(byte[] bytes, int n) {
        int cut = Math.min(n, bytes.length);
        while (cut > 0 && cut < bytes.length && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return cut;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Original bytes as text when they are UTF-8, else base64 under {@code <field>_base64}. */
    private static void putBytes(ObjectNode o, String field, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            o.put(field, text);
        } catch (CharacterCodingException e) {
            o.put(field + "_base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    private static ObjectNode header(String type, Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema_version", SCHEMA_VERSION);
        o.put("type", type);
        o.put("id", a.id());
        if (a.originalId() != null) {
            o.put("original_id", a.originalId());
        }
        o.put("url", a.url());
        o.put("source", a.source());
        o.put("title", a.title());
        o.put("published_at", iso(a.publishedAtMillis()));
        return o;
    }

    public static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** The node as UTF-8 JSON, written straight to bytes (what topics and indices take). */
    public static byte[] writeBytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    public static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }
}
