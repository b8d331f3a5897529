package io.claimwatch.claims;

import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-article linker outside Flink ({@code analyze --links}): statements kept per entity key
 * for the time window, each new one compared with those under its keys by {@link DisputeRule}, at most
 * {@code maxLinks} links per new statement and key (the best-scored), each link reported once. The
 * Flink job ({@code LinkClaimsFunction}) keeps the same per-key lists in keyed state and runs the same
 * rule with the same cap and the same committed statistics, so both find the same links.
 */
public final class ContestedClaimLinker {

    /** Best score first, then by id: the order both the job and this linker cap by. */
    public static final Comparator<ContestedLink> BEST_FIRST =
            Comparator.comparingDouble(ContestedLink::score).reversed().thenComparing(ContestedLink::id);

    private final DisputeRule rule;
    private final long windowMillis;
    private final int maxLinks;
    private final Map<String, Deque<StatementRef>> byEntity = new HashMap<>();
    private final Set<String> emitted = new HashSet<>();

    public ContestedClaimLinker(Duration window) {
        this(new DisputeRule(window), window, ArticleCaps.DEFAULTS.linksPerClaim());
    }

    public ContestedClaimLinker(DisputeRule rule, Duration window, int maxLinks) {
        this.rule = rule;
        this.windowMillis = window.toMillis();
        this.maxLinks = maxLinks;
    }

    public List<ContestedLink> add(StatementRef s) {
        List<ContestedLink> out = new ArrayList<>();
        for (String key : s.entityIds()) {
            Deque<StatementRef> stored = byEntity.computeIfAbsent(key, k -> new ArrayDeque<>());
            stored.removeIf(old -> old.publishedAt() < s.publishedAt() - windowMillis);
            for (ContestedLink l : capped(rule.linksFor(s, stored), maxLinks)) {
                if (emitted.add(l.id())) {
                    out.add(l);
                }
            }
            stored.add(s);
        }
        return out;
    }

    /** At most {@code max} links, the best-scored. */
    public static List<ContestedLink> capped(List<ContestedLink> found, int max) {
        if (found.size() <= max) {
            return found;
        }
        List<ContestedLink> sorted = new ArrayList<>(found);
        sorted.sort(BEST_FIRST);
        return sorted.subList(0, max);
    }
}
