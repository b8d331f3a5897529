package io.claimwatch.feeds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a feed's last full answer said about its version (ETag, Last-Modified), sent back on the
 * next poll as If-None-Match / If-Modified-Since so an unchanged feed costs a 304 and no body.
 * The values are echoed exactly as the server gave them (RFC 9110: clients do not interpret them).
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    /** The validators of a 200 answer; a 304 keeps the ones it confirms (see {@link #after}). */
    public static Validators of(FetchResponse response) {
        return new Validators(clean(response.header("ETag")), clean(response.header("Last-Modified")));
    }

    /**
     * The validators to keep after an answer: a 200's own; after a 304, the ones it repeats or
     * updates, the rest as before.
     */
    public Validators after(FetchResponse response) {
        Validators given = of(response);
        if (response.status() == 304) {
            return new Validators(given.etag != null ? given.etag : etag,
                    given.lastModified != null ? given.lastModified : lastModified);
        }
        return given;
    }

    /** The conditional request headers. */
    public Map<String, String> requestHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        if (etag != null) {
            h.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            h.put("If-Modified-Since", lastModified);
        }
        return h;
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    private static String clean(String v) {
        if (v == null || v.isBlank() || v.length() > 1024 || v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null; // an absurd or control-laden value is not echoed into a request header
        }
        return v.strip();
    }
}
