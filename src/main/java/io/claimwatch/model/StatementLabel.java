package io.claimwatch.model;

import java.util.Locale;

/** What a statement is: a check-worthy assertion, one that disputes another party's claim, or neither. */
public enum StatementLabel {
    CLAIM,
    COUNTERCLAIM,
    NONE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPositive() {
        return this != NONE;
    }
}
