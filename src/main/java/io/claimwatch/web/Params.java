package io.claimwatch.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The query parameters of one API request, each read and checked, with 400s that say what is wrong. */
final class Params {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    /** The most of a caller's input a message repeats: a 100 KB parameter name is not sent back whole. */
    private static final int SHOWN = 60;
    /** Years Elasticsearch's date fields take in the ISO form; outside them a query would fail in the index. */
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 9999;

    private final Map<String, String> values = new HashMap<>();

    Params(String rawQuery, Set<String> allowed) {
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(k)) {
                    throw new ApiException(400, "unknown parameter '" + shown(k) + "'"
                            + (allowed.isEmpty() ? "; this API takes none" : "; allowed: " + String.join(", ", allowed.stream().sorted().toList())));
                }
                if (values.put(k, v) != null) {
                    throw new ApiException(400, "parameter '" + k + "' given twice");
                }
            }
        }
    }

    /** At most {@value #SHOWN} characters of untrusted input, saying how long it really was. */
    static String shown(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "… (" + s.length() + " characters)";
    }

    /** Decodes one percent-encoded part; a bad escape ("%ZZ") or bytes that are not UTF-8 are a 400. */
    static String decode(String s) {
        try {
            String d = URLDecoder.decode(s, StandardCharsets.UTF_8);
            if (d.indexOf('\uFFFD') >= 0 && s.indexOf('\uFFFD') < 0) {
                throw new ApiException(400, "the query string is not UTF-8 once decoded: '" + shown(s) + "'");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "badly encoded query string: '" + shown(s) + "' (a % must be followed by two hex digits; "
                    + "encode a literal % as %25)");
        }
    }

    String text(String name, int maxLength) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > maxLength) {
            throw new ApiException(400, name + ": at most " + maxLength + " characters (got " + v.length() + ")");
        }
        return v.strip();
    }

    String id(String name) {
        String v = text(name, 200);
        if (v != null && !ID.matcher(v).matches()) {
            throw new ApiException(400, name + ": '" + shown(v) + "' is not an id (letters, digits, '.', '_', ':', '-')");
        }
        return v;
    }

    String oneOf(String name, String dflt, Set<String> choices) {
        String v = text(name, 40);
        if (v == null) {
            return dflt;
        }
        if (!choices.contains(v)) {
            throw new ApiException(400, name + ": '" + shown(v) + "' is not one of " + String.join(", ", choices.stream().sorted().toList()));
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
            throw new ApiException(400, name + ": '" + shown(v) + "' is not a number between 0 and 1");
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
            throw new ApiException(400, name + ": '" + shown(v) + "' is not a whole number from " + min + " to " + max);
        }
    }

    /** A date (the start of that day, UTC) or a time with a zone or offset, in years Elasticsearch takes. */
    Instant time(String name) {
        String v = text(name, 40);
        if (v == null) {
            return null;
        }
        Instant t;
        try {
            t = v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, name + ": '" + shown(v) + "' is not a date (2026-03-01) or time (2026-03-01T10:00:00Z)");
        }
        int year = t.atOffset(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ApiException(400, name + ": '" + shown(v) + "' is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return t;
    }

    /** Refuses a range whose start is after its end (it could only ever match nothing). */
    static <T extends Comparable<T>> void ordered(String fromName, T from, String toName, T to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new ApiException(400, fromName + " (" + from + ") is after " + toName + " (" + to + "): swap them");
        }
    }
}
