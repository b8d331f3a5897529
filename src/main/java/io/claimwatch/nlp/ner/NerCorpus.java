package io.claimwatch.nlp.ner;

import io.claimwatch.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads the CoNLL-style corpora of {@code ../shared/data/ner}: one token per line with its tag in the
 * last column, a blank line between sentences. Accepts IOB1 and IOB2 alike (an {@code I-} tag after
 * another type starts a new name) and maps each corpus's types onto ours; other types are dropped.
 */
public final class NerCorpus {

    /** Corpus files: CoNLL text, not the READMEs and licences beside them. */
    private static final Set<String> SKIP = Set.of("readme.md", "readme.rst", "readme.txt", "license", "entity-list.txt");

    /** re3d labels pronouns as people; a name is never only a pronoun. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "he", "him", "she", "her", "it", "we", "us", "they",
            "them", "you", "his", "its", "their", "our", "who", "which");

    private NerCorpus() {}

    /** One corpus: a top-level folder of the data directory and its sentences in file order. */
    public record Part(String name, List<NameSample> sentences) {}

    /**
     * Reads every corpus. {@code isPlace} tells which names are places: the corpora tag a country or
     * city that acts ("Australia condemned ...") as an organisation, Claimwatch calls it LOC, so such
     * names are relabelled to teach the model our convention.
     */
    public static List<Part> read(Path dataDir, Predicate<String> isPlace) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            throw new IOException("NER data folder " + dataDir + " does not exist (expected ../shared/data/ner; pass --data DIR)");
        }
        List<Part> parts = new ArrayList<>();
        try (Stream<Path> corpora = Files.list(dataDir)) {
            for (Path corpus : corpora.filter(Files::isDirectory).sorted().toList()) {
                List<NameSample> sentences = new ArrayList<>();
                try (Stream<Path> files = Files.walk(corpus)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        if (!SKIP.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)) && !f.toString().contains("LICENSES")) {
                            sentences.addAll(relabel(readFile(f), isPlace));
                        }
                    }
                }
                parts.add(new Part(corpus.getFileName().toString(), sentences));
            }
        }
        return parts;
    }

    static List<NameSample> relabel(List<NameSample> samples, Predicate<String> isPlace) {
        List<NameSample> out = new ArrayList<>(samples.size());
        for (NameSample s : samples) {
            Span[] names = s.getNames().clone();
            for (int i = 0; i < names.length; i++) {
                Span n = names[i];
                String text = String.join(" ", Arrays.copyOfRange(s.getSentence(), n.getStart(), n.getEnd()));
                if (EntityType.ORG.name().equals(n.getType()) && isPlace.test(text)) {
                    names[i] = new Span(n.getStart(), n.getEnd(), EntityType.LOC.name());
                }
            }
            out.add(new NameSample(s.getSentence(), names, false));
        }
        return out;
    }

    static List<NameSample> readFile(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<NameSample> parse(List<String> lines) {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
                flush(tokens, tags, out);
                continue;
            }
            String[] cols = l.split("[ \t]+");
            if (cols.length < 2) {
                continue;
            }
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<NameSample> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<Span> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !t.equals(type));
            boolean ends = type != null && (begins || t == null);
            if (ends) {
                addName(tokens, start, i, type, names);
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        out.add(new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), false));
        tokens.clear();
        tags.clear();
    }

    private static void addName(List<String> tokens, int start, int end, String corpusType, List<Span> names) {
        EntityType type = mapType(corpusType);
        if (type == null) {
            return;
        }
        String first = tokens.get(start);
        if (end - start == 1 && PRONOUNS.contains(first.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (first.startsWith("@") || first.startsWith("#")) {
            return; // handles and hashtags are not names as news writes them
        }
        names.add(new Span(start, end, type.name()));
    }

    /** The corpora's type names onto ours; null drops the name. */
    static EntityType mapType(String corpusType) {
        return switch (corpusType.toLowerCase(Locale.ROOT)) {
            case "per", "person" -> EntityType.PERSON;
            case "org", "organisation", "organization", "corporation", "group" -> EntityType.ORG;
            case "loc", "location" -> EntityType.LOC;
            default -> null;
        };
    }
}
