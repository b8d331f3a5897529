package io.claimwatch.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/** Deterministic ids, so that a replay overwrites instead of duplicating. */
public final class ArticleIds {

    private ArticleIds() {}

    /** The article's own id, else a hash of its normalised URL, else of its text. */
    public static String articleId(String givenId, String url, String text) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return hash(normaliseUrl(url));
        }
        return hash(text == null ? "" : text);
    }

    /**
     * Lower-cases scheme and host, drops "www.", the fragment, tracking parameters and a trailing
     * slash: the same page reached through a campaign link is the same URL.
     */
    public static String normaliseUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty())
                    .filter(p -> !isTrackingParameter(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            int port = uri.getPort();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (port > 0 ? ":" + port : "")
                    + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isTrackingParameter(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ref");
    }

    /** First 16 bytes of SHA-256 in hex: short, stable and collision-safe at news volumes. */
    public static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
