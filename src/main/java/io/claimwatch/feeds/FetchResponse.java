package io.claimwatch.feeds;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * What a server answered, after redirects: the final address, the status, the headers and the
 * body (decompressed; at most the cap the request was made with).
 */
public record FetchResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The media type without parameters, lower-cased; null when the server names none. */
    public String mediaType() {
        String ct = header("Content-Type");
        if (ct == null || ct.isBlank()) {
            return null;
        }
        return ct.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The charset parameter of the Content-Type, or null. */
    public String charset() {
        String ct = header("Content-Type");
        if (ct == null) {
            return null;
        }
        for (String part : ct.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return null;
    }
}
