package io.claimwatch.model;

/** The kinds of entity Claimwatch reports. Countries and cities are LOC even when they act. */
public enum EntityType {
    PERSON,
    ORG,
    LOC
}
