package io.claimwatch.model;

import java.util.List;

/**
 * One real-world referent in one article: a stable id (slug of the canonical name, the same in every
 * article), the canonical name, its type and every mention.
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
