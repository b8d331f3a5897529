package io.claimwatch.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How rare each entity and term is in news: in how many of a corpus's articles it occurs, from a fixed
 * file ({@code config/link-statistics.tsv}, built offline by {@code claimwatch build-link-stats}), so
 * that the job and {@code analyze --links} weigh every pair alike whatever the arrival order and
 * parallelism. A term's weight is its inverse document frequency scaled to (0, 1]: a name in every
 * article weighs about 0, one in a handful of articles about 0.9. Terms the file leaves out (fewer
 * than {@code min-documents} articles) weigh as if they were in {@code min-documents - 1}.
 *
 * <p>Format: UTF-8, tab-separated; {@code #} starts a comment; {@code documents N}, {@code
 * min-documents M}, then {@code entity ID COUNT} and {@code word TERM COUNT} lines (terms as {@link
 * LinkTerms} makes them). Counts only: no text of any article.
 */
public final class LinkStatistics {

    public static final String RESOURCE = "/config/link-statistics.tsv";

    private static volatile LinkStatistics shared;

    private final int documents;
    private final int minDocuments;
    private final Map<String, Integer> entities;
    private final Map<String, Integer> words;
    private final double scale;

    public LinkStatistics(int documents, int minDocuments, Map<String, Integer> entities, Map<String, Integer> words) {
        if (documents < 1 || minDocuments < 1) {
            throw new IllegalArgumentException("link statistics need documents >= 1 and min-documents >= 1, got " + documents + ", "
                    + minDocuments);
        }
        this.documents = documents;
        this.minDocuments = minDocuments;
        this.entities = Map.copyOf(entities);
        this.words = Map.copyOf(words);
        this.scale = Math.log(documents + 1.0);
    }

    /** The committed statistics, loaded once per JVM. */
    public static LinkStatistics get() {
        LinkStatistics s = shared;
        if (s == null) {
            synchronized (LinkStatistics.class) {
                s = shared;
                if (s == null) {
                    try (InputStream in = LinkStatistics.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is not on the classpath (build it with claimwatch build-link-stats)");
                        }
                        s = read(in, RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    shared = s;
                }
            }
        }
        return s;
    }

    public int documents() {
        return documents;
    }

    public int minDocuments() {
        return minDocuments;
    }

    /** In how many articles an entity id occurs (0 when the file leaves it out). */
    public int entityDocuments(String entityId) {
        return entities.getOrDefault(entityId, 0);
    }

    /** In how many articles a term occurs (0 when the file leaves it out). */
    public int wordDocuments(String term) {
        return words.getOrDefault(term, 0);
    }

    public double entityWeight(String entityId) {
        return weight(entities.get(entityId));
    }

    /** The weight of a term as {@link LinkTerms} makes it: an entity ({@code @id}) or a word, family or number. */
    public double termWeight(String term) {
        return term.startsWith(LinkTerms.ENTITY) ? entityWeight(term.substring(1)) : weight(words.get(term));
    }

    private double weight(Integer count) {
        int df = count == null ? minDocuments - 1 : Math.min(count, documents);
        return Math.max(0, Math.log((documents + 1.0) / (df + 1.0)) / scale);
    }

    /** Reads the file format; a bad line is an error naming where it is and what is wrong. */
    public static LinkStatistics read(InputStream in, String where) throws IOException {
        Integer documents = null;
        int minDocuments = 1;
        Map<String, Integer> entities = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null;) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "documents" -> documents = Integer.parseInt(f[1]);
                    case "min-documents" -> minDocuments = Integer.parseInt(f[1]);
                    case "entity" -> entities.put(f[1], Integer.parseInt(f[2]));
                    case "word" -> words.put(f[1], Integer.parseInt(f[2]));
                    default -> throw new IllegalArgumentException("unknown kind '" + f[0] + "'");
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " line " + lineNo + ": expected 'documents N', 'min-documents N', 'entity ID COUNT'"
                        + " or 'word TERM COUNT' separated by tabs (" + e.getMessage() + "); rebuild it with claimwatch build-link-stats");
            }
        }
        if (documents == null) {
            throw new IllegalArgumentException(where + ": no 'documents' line; rebuild it with claimwatch build-link-stats");
        }
        return new LinkStatistics(documents, minDocuments, entities, words);
    }

    /** Counts entities and terms per article, then writes the file, leaving out what fewer than minDocuments articles hold. */
    public static final class Builder {

        private int documents;
        private final Map<String, Integer> entities = new HashMap<>();
        private final Map<String, Integer> words = new HashMap<>();

        /** One article: its entity ids and its terms, each counted once whatever its repeats. */
        public void add(Collection<String> entityIds, Collection<String> terms) {
            documents++;
            for (String e : new HashSet<>(entityIds)) {
                entities.merge(e, 1, Integer::sum);
            }
            for (String t : new HashSet<>(terms)) {
                if (t.startsWith(LinkTerms.ENTITY)) {
                    continue; // a nationality counts as its country's entity, which the article's entities already hold
                }
                words.merge(t, 1, Integer::sum);
            }
        }

        public int documents() {
            return documents;
        }

        public LinkStatistics build(int minDocuments) {
            return new LinkStatistics(Math.max(documents, 1), minDocuments, pruned(entities, minDocuments), pruned(words, minDocuments));
        }

        /** Writes the file: the header, then entities and words by falling count, ties by key, so a rebuild diffs cleanly. */
        public void write(Writer out, int minDocuments, String provenance) throws IOException {
            out.write("# Document frequencies of entities and terms for the cross-outlet dispute rule (claims/DisputeRule).\n");
            out.write("# Counts only, no text. " + provenance.replace('\n', ' ') + "\n");
            out.write("# Rebuild after changing config/link-lexicon.yaml or the entity annotator: claimwatch build-link-stats.\n");
            out.write("documents\t" + documents + "\n");
            out.write("min-documents\t" + minDocuments + "\n");
            writeCounts(out, "entity", pruned(entities, minDocuments));
            writeCounts(out, "word", pruned(words, minDocuments));
            out.flush();
        }

        private static void writeCounts(Writer out, String kind, Map<String, Integer> counts) throws IOException {
            List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
            for (Map.Entry<String, Integer> e : sorted) {
                out.write(String.format(Locale.ROOT, "%s\t%s\t%d\n", kind, clean(e.getKey()), e.getValue()));
            }
        }

        /** Keys never carry tabs or line breaks (they are slugs and stems); guard the format anyway. */
        private static String clean(String key) {
            return key.replaceAll("[\\t\\r\\n]", " ");
        }

        private static Map<String, Integer> pruned(Map<String, Integer> counts, int minDocuments) {
            Map<String, Integer> out = new HashMap<>();
            counts.forEach((k, v) -> {
                if (v >= minDocuments) {
                    out.put(k, v);
                }
            });
            return out;
        }
    }

    /** Every term of {@code terms} the statistics hold (used to check that the lexicon's families were counted). */
    Set<String> knownWords(Collection<String> terms) {
        Set<String> out = new HashSet<>();
        for (String t : terms) {
            if (words.containsKey(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
