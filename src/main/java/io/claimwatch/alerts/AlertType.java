package io.claimwatch.alerts;

import java.util.Locale;

/** What an alert is about. */
public enum AlertType {
    /** A statement matching a subscription's entities, claimers, outlets, labels and minimum score. */
    STATEMENT,
    /** A new counterclaim disputing a claim by or about a watched entity. */
    COUNTERCLAIM,
    /** A new contested-claim link across outlets involving a watched entity. */
    CONTESTED,
    /** An entity's mentions far above its own baseline. */
    SPIKE,
    /** A highly check-worthy claim about a watched entity. */
    CHECKWORTHY,
    /** How many alerts over a subscription's hourly cap were held back, and which. */
    SUMMARY;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertType parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
