package io.claimwatch.feeds;

/** A feed document that cannot be read as a feed, with the reason and where it is. */
public final class FeedProblem extends Exception {
    public FeedProblem(String reason) {
        super(reason);
    }
}
