package io.claimwatch.model;

/** A part of the text that cleaning left out, and why (boilerplate, repeated paragraph). */
public record RemovedSpan(int start, int end, String why) {}
