package io.claimwatch.claims;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-article linker outside Flink ({@code analyze --links}): statements kept per entity key
 * for the time window, each new one compared with those under its keys by {@link DisputeRule}, each
 * link reported once. The Flink job keeps the same per-key lists in keyed state and runs the same rule.
 */
public final class ContestedClaimLinker {

    private final DisputeRule rule;
    private final long windowMillis;
    private final Map<String, Deque<StatementRef>> byEntity = new HashMap<>();
    private final Set<String> emitted = new HashSet<>();

    public ContestedClaimLinker(Duration window) {
        this.rule = new DisputeRule(window);
        this.windowMillis = window.toMillis();
    }

    public List<ContestedLink> add(StatementRef s) {
        List<ContestedLink> out = new ArrayList<>();
        for (String key : s.entityIds()) {
            Deque<StatementRef> stored = byEntity.computeIfAbsent(key, k -> new ArrayDeque<>());
            stored.removeIf(old -> old.publishedAt() < s.publishedAt() - windowMillis);
            for (ContestedLink l : rule.linksFor(s, stored)) {
                if (emitted.add(l.id())) {
                    out.add(l);
                }
            }
            stored.add(s);
        }
        return out;
    }
}
