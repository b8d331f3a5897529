package io.claimwatch.claims;

/**
 * The form of a counterclaim, written in a statement's {@code cue} so that a reader sees why it
 * disputes something. The first forms are read in the sentence itself; the last three need the
 * article around it.
 */
enum CounterForm {
    /** An active rejecting verb, not negated: "Kyiv denied the report", "Moscow rejects the claims". */
    DENIAL("denial"),
    /** A rejecting verb in the passive or inside a noun phrase: "an allegation rejected by the army", "a claim Seoul describes as ridiculous". */
    REJECTION("rejection"),
    /** Calling a statement untrue: "That is false", "dismissed it as propaganda", "baseless allegations". */
    DISMISSAL("dismissal"),
    /** Renaming what the other side said or did: "not a retreat but a regrouping", "called the figures propaganda", "likened the departures to deportations". */
    REFRAMING("reframing"),
    /** Holding to the opposite of what another side says: "Kyiv insists the offensive was unprovoked", "maintained its troops had not crossed". */
    INSISTENCE("insistence"),
    /** A statement said to be unverified: "could not independently confirm the account", "cannot be verified". */
    UNVERIFIED("unverified"),
    /** A claim made without support: "said, without offering evidence, that …", "provided no proof". */
    NO_EVIDENCE("no-evidence"),
    /** Doubt in so many words or by negated belief: "cast doubt on", "we don't believe anything". */
    DOUBT("doubt"),
    /** An accusation in answer to one: "in turn accused", "each side blamed the other", or against the party that accused first. */
    COUNTER_ACCUSATION("counter-accusation"),
    /** An answer to a named statement that negates it: "Responding to the accusation, X said none of its ships …". */
    REBUTTAL("rebuttal"),
    /** Another sentence of a quotation that denies: "‘That is false. Nobody was there,’ she said." */
    QUOTE_DENIAL("quote-denial"),
    /** The same speaker's next sentence, negated or restating: "He added that the resolution had nothing to do with it." */
    FOLLOW_UP("follow-up"),
    /** A negated statement set against another side's statement about the same event: "But the UN said no ships were there." */
    CONTRADICTION("contradiction");

    private final String cue;

    CounterForm(String cue) {
        this.cue = cue;
    }

    /** The value of the statement's {@code cue}. */
    String cue() {
        return cue;
    }
}
