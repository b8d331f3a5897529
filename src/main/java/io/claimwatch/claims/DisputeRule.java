package io.claimwatch.claims;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a counterclaim from one outlet disputes a claim from another. Both must come from
 * different outlets and different claimers, within the time window of each other; they must share at
 * least one entity and at least {@link #MIN_SHARED_WORDS} content words outside names (entities alone
 * would link every two statements about the same war). Score: 0.3 for a shared entity, 0.1 for each
 * further one (up to 2), 0.1 per shared word (up to 5), 0.2 when the counterclaim names the claim's
 * claimer; it links at {@link #MIN_SCORE} or more.
 */
public final class DisputeRule {

    public static final double MIN_SCORE = 0.5;
    public static final int MIN_SHARED_WORDS = 2;

    private final long windowMillis;

    public DisputeRule(Duration window) {
        this.windowMillis = window.toMillis();
    }

    /** The link, or null when the counterclaim does not dispute the claim. */
    public ContestedLink link(StatementRef claim, StatementRef counter) {
        if (claim.label() != StatementLabel.CLAIM || counter.label() != StatementLabel.COUNTERCLAIM
                || claim.source().equalsIgnoreCase(counter.source()) || sameClaimer(claim, counter)
                || Math.abs(claim.publishedAt() - counter.publishedAt()) > windowMillis) {
            return null;
        }
        Set<String> entities = new HashSet<>(claim.entityIds());
        entities.retainAll(new HashSet<>(counter.entityIds()));
        Set<String> words = new HashSet<>(claim.words());
        words.retainAll(new HashSet<>(counter.words()));
        if (entities.isEmpty() || words.size() < MIN_SHARED_WORDS) {
            return null;
        }
        boolean namesClaimer = claim.claimerId() != null && counter.entityIds().contains(claim.claimerId())
                && !claim.claimerId().equals(counter.claimerId());
        double score = 0.3 + 0.1 * Math.min(entities.size() - 1, 2) + 0.1 * Math.min(words.size(), 5) + (namesClaimer ? 0.2 : 0);
        if (score < MIN_SCORE) {
            return null;
        }
        String reason = String.format(Locale.ROOT, "shared entities %s; shared words %s%s; %.1f h apart", sorted(entities),
                sorted(words), namesClaimer ? "; names the claimer " + claim.claimer() : "",
                Math.abs(claim.publishedAt() - counter.publishedAt()) / 3.6e6);
        return new ContestedLink(ContestedLink.idOf(claim.id(), counter.id()), claim, counter, Math.round(score * 1000) / 1000.0, reason);
    }

    /**
     * Links between a new statement and those stored under one entity key: a new counterclaim against
     * the stored claims, a new claim against the stored counterclaims, so arrival order does not matter.
     */
    public List<ContestedLink> linksFor(StatementRef incoming, Iterable<StatementRef> stored) {
        List<ContestedLink> out = new java.util.ArrayList<>();
        for (StatementRef other : stored) {
            ContestedLink l = incoming.label() == StatementLabel.COUNTERCLAIM ? link(other, incoming) : link(incoming, other);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean sameClaimer(StatementRef a, StatementRef b) {
        if (a.claimerId() != null && b.claimerId() != null) {
            return a.claimerId().equals(b.claimerId());
        }
        return !a.claimer().equals("article") && a.claimer().equalsIgnoreCase(b.claimer());
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
