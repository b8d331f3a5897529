package io.claimwatch.model;

import java.nio.charset.StandardCharsets;

/**
 * One Elasticsearch write of a document with a deterministic id, so a replay overwrites instead of
 * duplicating. A {@code merge} write is an update with {@code doc_as_upsert}: fields from different
 * steps (an article's analysis and its syndication list) merge in one document whatever their order.
 * Any other write replaces the whole document (an index operation), for documents only one step
 * writes (statements, links, alerts): the same result, without Elasticsearch reading and merging the
 * document first. The document is held as UTF-8 JSON bytes and goes into the bulk request as it is.
 */
public record EsAction(String index, String id, byte[] utf8, boolean merge) {

    /** A merging write (update with doc_as_upsert) of this JSON. */
    public EsAction(String index, String id, String json) {
        this(index, id, json.getBytes(StandardCharsets.UTF_8), true);
    }

    /** A write that replaces the whole document. */
    public static EsAction replace(String index, String id, byte[] utf8) {
        return new EsAction(index, id, utf8, false);
    }

    /** A merging write of these bytes. */
    public static EsAction merge(String index, String id, byte[] utf8) {
        return new EsAction(index, id, utf8, true);
    }

    /** The document as text. */
    public String json() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
