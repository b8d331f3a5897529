package io.claimwatch.bench;

import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.InputLimits;
import io.claimwatch.model.ParseResult;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.model.SeenStory;
import io.claimwatch.nlp.ArticlePreparer;
import io.claimwatch.nlp.DuplicateMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The articles of a benchmark: the first {@code max} records of a JSON Lines file, in file order,
 * that the job would analyse. Records it would dead-letter, repeated ids and stories it would drop as
 * duplicates of an earlier one (the job's own parser and duplicate matcher decide) are left out and
 * counted, so the pipeline and the NLP-only ceiling analyse exactly the same articles and each one
 * gets its own document.
 */
public final class BenchInput {

    /** What was read: the articles kept, and how many records were left out and why. */
    public record Loaded(Path file, List<BenchArticle> articles, int records, int invalid, int duplicates, List<String> problems) {}

    private BenchInput() {}

    /** @param progress told the number of records read so far */
    public static Loaded load(Path file, int max, InputLimits limits, double nearDuplicateSimilarity, IntConsumer progress)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file (--input takes a JSON Lines file of raw articles)");
        }
        ArticleParser parser = new ArticleParser(limits, Clock.systemUTC());
        ArticlePreparer preparer = ArticlePreparer.withDefaults();
        DuplicateMatcher byUrl = new DuplicateMatcher(DuplicateMatcher.Key.URL, nearDuplicateSimilarity);
        DuplicateMatcher byContent = new DuplicateMatcher(DuplicateMatcher.Key.CONTENT, nearDuplicateSimilarity);
        Map<String, List<SeenStory>> seenUrl = new HashMap<>();
        Map<String, List<SeenStory>> seenContent = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<BenchArticle> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int records = 0;
        int invalid = 0;
        int duplicates = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while (out.size() < max && (line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                records++;
                byte[] raw = line.getBytes(StandardCharsets.UTF_8);
                ParseResult parsed = parser.parse(RawRecord.ofValue(file.getFileName().toString(), raw));
                if (!parsed.isOk()) {
                    invalid++;
                    if (problems.size() < 5) {
                        problems.add("line " + lineNo + ": " + parsed.deadLetter().reason() + " " + parsed.deadLetter().message());
                    }
                    continue;
                }
                PreparedArticle p = preparer.prepare(parsed.article());
                if (!ids.add(p.article().id()) || isRepeat(byUrl, p, seenUrl) || isRepeat(byContent, p, seenContent)) {
                    duplicates++;
                    continue;
                }
                out.add(new BenchArticle(p.article().id(), raw, p.article().text()));
                progress.accept(out.size());
            }
        }
        return new Loaded(file, List.copyOf(out), records, invalid, duplicates, List.copyOf(problems));
    }

    /** The job's keyed duplicate filter, with a map for its state: a story not seen is remembered. */
    private static boolean isRepeat(DuplicateMatcher matcher, PreparedArticle p, Map<String, List<SeenStory>> state) {
        List<SeenStory> seen = state.computeIfAbsent(matcher.keyOf(p), k -> new ArrayList<>());
        if (matcher.match(p, seen).isPresent()) {
            return true;
        }
        seen.add(SeenStory.of(p));
        return false;
    }
}
