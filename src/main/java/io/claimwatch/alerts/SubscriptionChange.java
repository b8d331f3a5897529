package io.claimwatch.alerts;

/** A record of the subscriptions topic: a new or changed subscription, or (subscription null) a removal. */
public record SubscriptionChange(String id, Subscription subscription) {}
