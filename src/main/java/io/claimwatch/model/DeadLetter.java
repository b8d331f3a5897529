package io.claimwatch.model;

/** A record that could not be enriched, with the reason and the original bytes. */
public record DeadLetter(ReasonCode reason, String message, RawRecord origin) {

    public DeadLetter {
        if (message != null && message.length() > 2000) {
            message = message.substring(0, 2000) + "…";
        }
    }
}
