package io.claimwatch.bench;

/** Articles and tokens over a time: a rate. */
public record Throughput(long articles, long tokens, double seconds) {

    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    public double tokensPerSecond() {
        return seconds > 0 ? tokens / seconds : 0;
    }
}
