package io.claimwatch.model;

/** An outlet that also carried a story: what the original records about each duplicate. */
public record Carrier(String id, String source, String url, long publishedAtMillis, String match) {

    public static Carrier of(Duplicate d) {
        Article a = d.article();
        return new Carrier(a.id(), a.source(), a.url(), a.publishedAtMillis(), d.match());
    }
}
