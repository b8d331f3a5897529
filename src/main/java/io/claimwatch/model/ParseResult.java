package io.claimwatch.model;

/** Either a valid article or the dead letter that explains why there is none. */
public record ParseResult(Article article, DeadLetter deadLetter) {

    public static ParseResult ok(Article article) {
        return new ParseResult(article, null);
    }

    public static ParseResult rejected(ReasonCode reason, String message, RawRecord origin) {
        return new ParseResult(null, new DeadLetter(reason, message, origin));
    }

    public boolean isOk() {
        return article != null;
    }
}
