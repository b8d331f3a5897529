package io.claimwatch.alerts;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementRef;

/** What can trigger alerts: a statement, a contested-claim link or a spike (exactly one is set). */
public record AlertTrigger(StatementRef statement, ContestedLink link, Spike spike) {

    public static AlertTrigger of(StatementRef s) {
        return new AlertTrigger(s, null, null);
    }

    public static AlertTrigger of(ContestedLink l) {
        return new AlertTrigger(null, l, null);
    }

    public static AlertTrigger of(Spike s) {
        return new AlertTrigger(null, null, s);
    }

    public java.util.List<Alert> alertsFor(Subscription sub) {
        return statement != null ? AlertRules.forStatement(sub, statement)
                : link != null ? AlertRules.forLink(sub, link) : AlertRules.forSpike(sub, spike);
    }
}
