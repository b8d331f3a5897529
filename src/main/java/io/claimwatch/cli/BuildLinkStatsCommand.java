package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.claims.LinkStatistics;
import io.claimwatch.claims.StatementRefs;
import io.claimwatch.model.RecordJson;
import io.claimwatch.nlp.ArticleAnalyzer;
import io.claimwatch.nlp.extract.PageExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the document-frequency table the cross-outlet dispute rule weighs entities and terms with
 * ({@code config/link-statistics.tsv}): every article of a JSON Lines corpus cleaned and annotated as
 * the job does, each entity id and content term counted once per article. The file holds counts only.
 */
@Command(name = "build-link-stats", mixinStandardHelpOptions = true,
        description = {"Count in how many articles of a JSON Lines corpus (one article a line, with \"text\" or \"html\") each",
                "entity and content term occurs, as the job annotates them, and write the counts (no text) to --out:",
                "the rarity table of the contested-claim linker (job and analyze --links alike)."})
final class BuildLinkStatsCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "NEWS.jsonl", description = "The corpus: JSON Lines, one article a line.")
    Path input;

    @Option(names = "--out", defaultValue = "config/link-statistics.tsv", description = "File to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--min-documents", defaultValue = "3",
            description = "Leave out entities and terms found in fewer articles (default: ${DEFAULT-VALUE}); they weigh as rare.")
    int minDocuments;

    private static final PageExtractor EXTRACTOR = new PageExtractor();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            System.err.println("claimwatch build-link-stats: " + input + ": no such file (--input is a JSON Lines corpus)");
            return 2;
        }
        if (minDocuments < 1) {
            System.err.println("claimwatch build-link-stats: --min-documents must be at least 1");
            return 2;
        }
        long lines;
        try (var counted = Files.lines(input, StandardCharsets.UTF_8)) {
            lines = counted.filter(l -> !l.isBlank()).count();
        }
        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        LinkStatistics.Builder builder = new LinkStatistics.Builder();
        List<String> problems = new ArrayList<>();
        Progress progress = new Progress(System.err, "counting", lines);
        long seen = 0;
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null;) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                seen++;
                String text = text(line, lineNo, problems);
                if (text != null) {
                    StatementRefs.ArticleTerms terms = StatementRefs.articleTerms(text, analyzer.analyze(text).annotation());
                    builder.add(terms.entityIds(), terms.terms());
                }
                progress.update(seen);
            }
        }
        problems.stream().limit(20).forEach(p -> System.err.println("claimwatch build-link-stats: skipped " + TerminalText.line(p)));
        if (problems.size() > 20) {
            System.err.println("claimwatch build-link-stats: … and " + (problems.size() - 20) + " more skipped");
        }
        if (builder.documents() == 0) {
            System.err.println("claimwatch build-link-stats: no article in " + input + " had a \"text\" or \"html\" field; nothing written");
            return 2;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            builder.write(w, minDocuments, "Built by claimwatch build-link-stats from " + builder.documents() + " articles of "
                    + input.getFileName() + ".");
        }
        LinkStatistics written;
        try (var in = Files.newInputStream(out)) {
            written = LinkStatistics.read(in, out.toString());
        }
        System.err.printf("counted %d article(s) in %.0f s; wrote %s (%d KiB, entities and terms in at least %d articles)%s%n",
                builder.documents(), (System.nanoTime() - t0) / 1e9, out, Files.size(out) / 1024, written.minDocuments(),
                problems.isEmpty() ? "" : "; " + problems.size() + " line(s) skipped");
        return problems.isEmpty() ? 0 : 2;
    }

    /** The article text of one line (a page's article for "html"), or null with the problem noted. */
    private static String text(String line, int lineNo, List<String> problems) {
        JsonNode o;
        try {
            o = RecordJson.MAPPER.readTree(line);
        } catch (IOException e) {
            problems.add("line " + lineNo + ": not JSON");
            return null;
        }
        if (!o.isObject()) {
            problems.add("line " + lineNo + ": not a JSON object");
            return null;
        }
        String text = o.path("text").isTextual() ? o.path("text").asText() : "";
        if (text.isBlank() && o.path("html").isTextual()) {
            text = EXTRACTOR.extract(o.path("html").asText(), o.path("url").asText(null)).body();
        }
        if (text.isBlank()) {
            problems.add("line " + lineNo + ": no \"text\" (or \"html\") field with the article");
            return null;
        }
        return text;
    }
}
