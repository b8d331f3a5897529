package io.claimwatch.model;

/** Why a record went to the dead-letter topic instead of the enriched outputs. */
public enum ReasonCode {
    NOT_JSON,
    NOT_OBJECT,
    NO_TEXT,
    MISSING_FIELD,
    BAD_FIELD_TYPE,
    BAD_DATE,
    /** A field longer than the limit the input contract sets for it (URL, source, title, language). */
    FIELD_TOO_LONG,
    TOO_LARGE,
    BAD_ENCODING,
    PROCESSING_ERROR,
    /** Elasticsearch refused the document for good (mapping, length or date errors); written by the index sink. */
    INDEX_REJECTED
}
