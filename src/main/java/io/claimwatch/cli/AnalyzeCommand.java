package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.claims.ContestedClaimLinker;
import io.claimwatch.claims.SentenceScorer;
import io.claimwatch.claims.StatementRefs;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementRef;
import io.claimwatch.model.RecordJson;
import io.claimwatch.nlp.ArticleAnalyzer;
import io.claimwatch.nlp.extract.ExtractedPage;
import io.claimwatch.nlp.extract.PageExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Analyses articles offline with the job's own cleaner and annotator and prints one JSON object per
 * article (the evaluation format): no Kafka, Flink or Elasticsearch involved.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles offline and print one JSON object per article on stdout.",
                "Inputs: plain-text files (id = file base name), JSON or JSON Lines articles with a \"text\" field",
                "(or \"html\": the page's article, extracted as the job does; offsets then point into that text)",
                "(id = their \"id\", else the file base name), folders of those, or - for stdin."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--sentences", description = {"Read one sentence per line instead of articles and print one JSON object",
            "per line, in order: {\"score\": check-worthiness in [0,1] (0.5 = threshold), \"label\": claim|counterclaim|none}."})
    boolean sentences;

    @Option(names = "--links", paramLabel = "OUT.jsonl", description = {"Also run the cross-article linker over the articles in",
            "published_at order (the job's rule and time window) and write one JSON line per contested-claim link to OUT.jsonl."})
    Path links;

    private static final PageExtractor EXTRACTOR = new PageExtractor();

    /** One article to analyse: its id, text, outlet, URL, publication time, and where it came from (for messages). */
    record Input(String id, String text, String source, String url, long publishedAt, String where) {}

    @Override
    public Integer call() throws Exception {
        if (sentences) {
            return scoreSentences();
        }
        List<Input> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String arg : inputs) {
            if (arg.equals("-")) {
                read("stdin", new String(System.in.readAllBytes(), StandardCharsets.UTF_8), articles, problems);
                continue;
            }
            Path root = Path.of(arg);
            if (!Files.exists(root)) {
                problems.add(arg + ": no such file or folder");
                continue;
            }
            for (Path p : ArticleFiles.expand(root)) {
                read(p.toString(), Files.readString(p, StandardCharsets.UTF_8), articles, problems);
            }
        }
        PrintStream err = System.err;
        problems.forEach(p -> err.println("claimwatch analyze: skipped " + TerminalText.line(p)));
        if (articles.isEmpty()) {
            err.println("claimwatch analyze: nothing to analyse");
            return 1;
        }
        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        long tokens = 0;
        Progress progress = articles.size() > 1 ? new Progress(err, "analyzing", articles.size()) : null;
        int done = 0;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        List<StatementRef> refs = new ArrayList<>();
        for (Input a : articles) {
            ArticleAnalyzer.Analysis result = analyzer.analyze(a.text());
            tokens += result.annotation().tokenCount();
            out.write(TerminalText.json(RecordJson.analysis(a.id(), a.text(), result.cleaned(), result.annotation())));
            out.write('\n');
            if (links != null) {
                refs.addAll(StatementRefs.of(a.id(), a.source(), a.url(), a.publishedAt(), a.text(), result.annotation()));
            }
            done++;
            if (progress != null) {
                progress.update(done);
            }
        }
        out.flush();
        if (links != null) {
            writeLinks(refs);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("analyzed %d article(s), %d tokens in %.1f s (models loaded included)%s%n", articles.size(), tokens, seconds,
                problems.isEmpty() ? "" : "; " + problems.size() + " input(s) skipped");
        return problems.isEmpty() ? 0 : 2;
    }

    /** The job's linker over the statements in publication order (ties in input order); one line per link. */
    private void writeLinks(List<StatementRef> refs) throws IOException {
        List<StatementRef> ordered = new ArrayList<>(refs);
        ordered.sort(java.util.Comparator.comparingLong(StatementRef::publishedAt));
        ContestedClaimLinker linker = new ContestedClaimLinker(EnrichConfig.defaults(java.util.Map.of()).pipeline().linkWindow());
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(links, StandardCharsets.UTF_8)) {
            for (StatementRef r : ordered) {
                for (ContestedLink l : linker.add(r)) {
                    w.write(RecordJson.link(l).toString());
                    w.write('\n');
                    n++;
                }
            }
        }
        System.err.printf("linked %d counterclaim(s) to claims of other outlets; wrote %s%n", n, links);
    }

    /** One JSON line per input line, in order; blank lines score too, so lines stay aligned. */
    private int scoreSentences() throws IOException {
        SentenceScorer scorer = SentenceScorer.withDefaults();
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        long n = 0;
        for (String arg : inputs) {
            String content;
            if (arg.equals("-")) {
                content = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } else if (Files.isRegularFile(Path.of(arg))) {
                content = Files.readString(Path.of(arg), StandardCharsets.UTF_8);
            } else {
                System.err.println("claimwatch analyze: " + arg + ": no such file (--sentences reads files of one sentence per line)");
                return 1;
            }
            String body = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
            for (String line : body.isEmpty() ? new String[0] : body.split("\r?\n", -1)) {
                SentenceScorer.Scored s = scorer.score(line);
                out.write(RecordJson.MAPPER.createObjectNode().put("score", Math.round(s.score() * 10000) / 10000.0)
                        .put("label", s.label().json()).toString());
                out.write('\n');
                n++;
            }
        }
        out.flush();
        System.err.printf("scored %d sentence(s)%n", n);
        return 0;
    }

    private static long modified(String where) {
        try {
            return where.equals("stdin") ? System.currentTimeMillis() : Files.getLastModifiedTime(Path.of(where)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void read(String where, String content, List<Input> articles, List<String> problems) {
        String name = Path.of(where).getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String lower = name.toLowerCase();
        boolean json = lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
                || (where.equals("stdin") && (content.stripLeading().startsWith("{") || content.stripLeading().startsWith("[")));
        long modified = modified(where);
        if (!json) {
            articles.add(new Input(base, content, "file", where.equals("stdin") ? "stdin" : Path.of(where).toUri().toString(), modified, where));
            return;
        }
        var records = ArticleFiles.parse(Path.of(where), where.equals("stdin") ? "stdin.jsonl" : name, content, "analyze",
                Instant.EPOCH, null);
        if (records.problem() != null) {
            problems.add(where + ": " + records.problem());
            return;
        }
        for (int i = 0; i < records.records().size(); i++) {
            JsonNode o;
            try {
                o = RecordJson.MAPPER.readTree(records.records().get(i));
            } catch (IOException e) {
                problems.add(where + " record " + (i + 1) + ": not JSON");
                continue;
            }
            String url = o.path("url").isTextual() && !o.path("url").asText().isBlank() ? o.path("url").asText() : null;
            ExtractedPage page = null;
            String text = o.path("text").isTextual() ? o.path("text").asText() : "";
            if (text.isBlank() && o.path("html").isTextual()) {
                // The job's extractor: the page's article, and its metadata where the record is silent.
                page = EXTRACTOR.extract(o.path("html").asText(), url);
                text = page.body();
            }
            if (text.isBlank()) {
                problems.add(where + " record " + (i + 1) + ": no \"text\" (or \"html\") field with the article");
                continue;
            }
            String id = o.path("id").isValueNode() && !o.path("id").asText().isEmpty() ? o.path("id").asText()
                    : records.records().size() == 1 ? base : base + "-" + (i + 1);
            Long published = o.path("published_at").isTextual() ? ArticleParser.parseDate(o.path("published_at").asText()) : null;
            if (published == null && page != null && page.published() != null) {
                published = page.published().toEpochMilli();
            }
            if (url == null && page != null) {
                url = page.canonicalUrl();
            }
            articles.add(new Input(id, text, o.path("source").asText("file"), url == null ? where : url,
                    published == null ? modified : published, where));
        }
    }
}
