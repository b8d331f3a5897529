package io.claimwatch.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The query parameters of one API request, each read and checked, with 400s that say what is wrong. */
final class Params {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private final Map<String, String> values = new HashMap<>();

    Params(String rawQuery, Set<String> allowed) {
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(k)) {
                    throw new ApiException(400, "unknown parameter '" + k + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
                }
                if (values.put(k, v) != null) {
                    throw new ApiException(400, "parameter '" + k + "' given twice");
                }
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "badly encoded query string: " + e.getMessage());
        }
    }

    String text(String name, int maxLength) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > maxLength) {
            throw new ApiException(400, name + ": at most " + maxLength + " characters");
        }
        return v.strip();
    }

    String id(String name) {
        String v = text(name, 200);
        if (v != null && !ID.matcher(v).matches()) {
            throw new ApiException(400, name + ": '" + v + "' is not an id (letters, digits, '.', '_', ':', '-')");
        }
        return v;
    }

    String oneOf(String name, String dflt, Set<String> choices) {
        String v = text(name, 40);
        if (v == null) {
            return dflt;
        }
        if (!choices.contains(v)) {
            throw new ApiException(400, name + ": '" + v + "' is not one of " + String.join(", ", choices.stream().sorted().toList()));
        }
        return v;
    }

    Double score(String name) {
        String v = text(name, 20);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || d > 1 || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + ": '" + v + "' is not a number between 0 and 1");
        }
    }

    int integer(String name, int dflt, int min, int max) {
        String v = text(name, 10);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + ": '" + v + "' is not a whole number from " + min + " to " + max);
        }
    }

    Instant time(String name) {
        String v = text(name, 40);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? Instant.parse(v + "T00:00:00Z") : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, name + ": '" + v + "' is not a date (2026-03-01) or time (2026-03-01T10:00:00Z)");
        }
    }
}
