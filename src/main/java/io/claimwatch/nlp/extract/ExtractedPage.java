package io.claimwatch.nlp.extract;

import java.time.Instant;

/**
 * A web page reduced to its article: {@code body} is the article text (paragraphs separated by blank
 * lines; empty when the page has none), the rest is the page's metadata, null where it says nothing.
 */
public record ExtractedPage(String body, PageMetadata metadata) {

    public String title() {
        return metadata.title();
    }

    public Instant published() {
        return metadata.published();
    }

    public String canonicalUrl() {
        return metadata.canonicalUrl();
    }
}
