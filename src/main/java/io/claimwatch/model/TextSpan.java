package io.claimwatch.model;

/** A half-open character range [start, end) of an article's text. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
