package io.claimwatch.model;

/** Why a record went to the dead-letter topic instead of the enriched outputs. */
public enum ReasonCode {
    NOT_JSON,
    NOT_OBJECT,
    NO_TEXT,
    MISSING_FIELD,
    BAD_FIELD_TYPE,
    BAD_DATE,
    TOO_LARGE,
    BAD_ENCODING,
    PROCESSING_ERROR
}
