package io.claimwatch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns of page furniture, read from {@code config/boilerplate.txt}: lines that are boilerplate
 * on their own, and headings that open a block of teasers for other stories.
 */
public final class BoilerplateLexicon {

    private static final String RESOURCE = "/config/boilerplate.txt";

    private final List<Pattern> lines;
    private final List<Pattern> blockHeadings;

    public BoilerplateLexicon(List<Pattern> lines, List<Pattern> blockHeadings) {
        this.lines = List.copyOf(lines);
        this.blockHeadings = List.copyOf(blockHeadings);
    }

    public static BoilerplateLexicon loadDefault() {
        try (InputStream in = BoilerplateLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Format: {@code line: REGEX} or {@code block: REGEX}; '#' starts a comment. */
    static BoilerplateLexicon parse(BufferedReader reader) throws IOException {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> blocks = new ArrayList<>();
        String row;
        int number = 0;
        while ((row = reader.readLine()) != null) {
            number++;
            String t = row.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("boilerplate.txt line " + number + ": expected 'line: REGEX' or 'block: REGEX'");
            }
            String kind = t.substring(0, colon).strip();
            Pattern p = Pattern.compile(t.substring(colon + 1).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (kind) {
                case "line" -> lines.add(p);
                case "block" -> blocks.add(p);
                default -> throw new IllegalArgumentException("boilerplate.txt line " + number + ": unknown kind '" + kind + "'");
            }
        }
        return new BoilerplateLexicon(lines, blocks);
    }

    public boolean isBoilerplateLine(String paragraph) {
        return lines.stream().anyMatch(p -> p.matcher(paragraph).matches());
    }

    public boolean opensTeaserBlock(String paragraph) {
        return blockHeadings.stream().anyMatch(p -> p.matcher(paragraph).matches());
    }
}
