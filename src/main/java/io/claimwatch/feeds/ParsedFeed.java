package io.claimwatch.feeds;

import java.util.List;

/** A feed's items in feed order, with what it says about itself. */
public record ParsedFeed(String type, String title, String language, List<FeedItem> items) {}
