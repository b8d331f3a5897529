package io.claimwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.model.CleanedText;
import io.claimwatch.nlp.ArticleAnalyzer;
import io.claimwatch.nlp.BoilerplateLexicon;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.SentenceAnnotator;
import io.claimwatch.nlp.TextCleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Annotation throughput on one thread, in tokens per second (the "tokens" counter): the full
 * annotator (clean, sentences, tokens, POS, name model, cues, canonical entities) against OpenNLP
 * sentences and tokens alone, over real news when {@code news.jsonl} is present (-Dclaimwatch.bench.news, by default
 * /tmp/claimwatch-corpus/news.jsonl; its first -Dclaimwatch.bench.news-articles, 300), else over the invented demo corpus
 * and the texts in -Dclaimwatch.bench.texts. The corpus used is printed at setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AnnotationBenchmark {

    @State(Scope.Thread)
    public static class Corpus {
        List<String> texts;
        ArticleAnalyzer analyzer;
        TextCleaner cleaner;
        SentenceAnnotator annotator;
        SentenceDetectorME sentences;
        TokenizerME tokenizer;
        int next;

        /** Which texts were used, printed at setup so every result says what it measured. */
        String description;

        @Setup(Level.Trial)
        public void load() throws IOException {
            texts = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            // Real news when the corpus is on this machine (../shared/corpus/README.md builds it), else the
            // invented demo articles and any plain-text samples.
            Path news = Path.of(System.getProperty("claimwatch.bench.news", "/tmp/claimwatch-corpus/news.jsonl"));
            int newsArticles = Integer.getInteger("claimwatch.bench.news-articles", 300);
            if (Files.isRegularFile(news)) {
                try (BufferedReader r = Files.newBufferedReader(news, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null && texts.size() < newsArticles; line = r.readLine()) {
                        JsonNode o = json.readTree(line);
                        if (o.path("text").isTextual() && !o.get("text").asText().isBlank()) {
                            texts.add(o.get("text").asText());
                        }
                    }
                }
                description = "real news: the first " + texts.size() + " articles of " + news;
            } else {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        AnnotationBenchmark.class.getResourceAsStream("/demo/articles.jsonl"), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        JsonNode o = json.readTree(line);
                        if (o.path("text").isTextual()) {
                            texts.add(o.get("text").asText());
                        }
                    }
                }
                description = "the invented demo corpus (" + texts.size() + " articles; " + news + " not found)";
                Path extra = Path.of(System.getProperty("claimwatch.bench.texts", ""));
                if (!extra.toString().isEmpty() && Files.isDirectory(extra)) {
                    try (Stream<Path> files = Files.list(extra)) {
                        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                            texts.add(Files.readString(p));
                        }
                    }
                    description += " and the .txt files of " + extra;
                }
            }
            long chars = texts.stream().mapToLong(String::length).sum();
            System.err.println("AnnotationBenchmark corpus: " + description + ", " + chars / 1000 + "k characters");
            cleaner = new TextCleaner(BoilerplateLexicon.loadDefault());
            annotator = new SentenceAnnotator(NlpModels.get());
            analyzer = new ArticleAnalyzer(cleaner, annotator);
            sentences = new SentenceDetectorME(NlpModels.get().sentenceModel());
            tokenizer = new TokenizerME(NlpModels.get().tokenizerModel());
        }

        String nextText() {
            String t = texts.get(next);
            next = (next + 1) % texts.size();
            return t;
        }
    }

    /** Tokens processed, reported by JMH as a rate next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;
    }

    @Benchmark
    public Object fullAnnotation(Corpus c, Tokens counter) {
        ArticleAnalyzer.Analysis a = c.analyzer.analyze(c.nextText());
        counter.tokens += a.annotation().tokenCount();
        return a;
    }

    @Benchmark
    public int sentencesAndTokensOnly(Corpus c, Tokens counter) {
        String text = c.nextText();
        CleanedText cleaned = c.cleaner.clean(text);
        int n = 0;
        for (var p : cleaned.paragraphs()) {
            String para = p.of(text);
            for (Span s : c.sentences.sentPosDetect(para)) {
                n += c.tokenizer.tokenizePos(s.getCoveredText(para).toString()).length;
            }
        }
        counter.tokens += n;
        return n;
    }
}
