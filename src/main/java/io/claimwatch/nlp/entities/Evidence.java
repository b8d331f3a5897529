package io.claimwatch.nlp.entities;

/** Why a name got its type, strongest last; the strongest evidence in an article decides a name's type. */
public enum Evidence {
    NONE,
    COORDINATION, // listed with names of a known type: "Dvorichna, Balakliia and Kupiansk"
    MODEL,        // the trained name finder
    GIVEN_NAME,   // starts with a known given name
    PLACE,        // a city or region of the gazetteer
    SPEAKER,      // "X said", "according to X"
    LARGE_CITY,   // a city of 100,000 people or more
    SURNAME,      // the last word of a person named in full in the same article
    LOC_HEAD,     // "Port X", "X Sea", "X Republic"
    ORG_HEAD,     // ends in Ministry, Group, Council...
    INSTITUTION,  // "the defence ministry", "the general staff"
    TITLE,        // "President X", "X, a spokesman"
    COUNTRY,      // a country of the gazetteer
    ALIAS         // in the alias table
}
