package io.claimwatch.nlp;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.CleanedText;
import io.claimwatch.model.Entity;
import io.claimwatch.model.Mention;
import io.claimwatch.model.Sentence;
import io.claimwatch.model.Statement;
import io.claimwatch.model.TextSpan;
import io.claimwatch.model.Truncation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The annotator under {@link ArticleCaps}: only the first {@code analysedChars} of kept text are
 * annotated, and statements and mentions beyond their caps are dropped, so a huge article costs a
 * bounded amount of time, record size and state. What was cut is reported as a {@link Truncation}.
 * The job and {@code claimwatch analyze} both annotate through this class. Not thread-safe.
 */
public final class BoundedAnnotator {

    /** An annotation and what the caps cut from it. */
    public record Result(Annotation annotation, Truncation truncation) {}

    private final SentenceAnnotator annotator;
    private final ArticleCaps caps;

    public BoundedAnnotator(SentenceAnnotator annotator, ArticleCaps caps) {
        this.annotator = annotator;
        this.caps = caps;
    }

    public Result annotate(String text, CleanedText cleaned) {
        int textChars = 0;
        for (TextSpan p : cleaned.paragraphs()) {
            textChars += p.length();
        }
        List<TextSpan> analysed = analysedPart(text, cleaned.paragraphs(), caps.analysedChars());
        int analysedChars = analysed.stream().mapToInt(TextSpan::length).sum();
        Annotation full = annotator.annotate(text, new CleanedText(analysed, cleaned.removed()));

        List<Statement> statements = full.statements();
        List<Sentence> sentences = full.sentences();
        if (statements.size() > caps.statements()) {
            statements = dropDanglingDisputes(statements.subList(0, caps.statements()));
            sentences = sentences.subList(0, Math.min(sentences.size(), caps.statements()));
        }
        int mentions = full.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        List<Entity> entities = full.entities();
        if (mentions > caps.mentions()) {
            entities = firstMentions(entities, caps.mentions());
        }
        int claims = (int) full.statements().stream().filter(s -> s.label().isPositive()).count();
        int claimsKept = Math.min(caps.claims(), (int) statements.stream().filter(s -> s.label().isPositive()).count());
        int tokens = sentences.size() == full.sentences().size() ? full.tokenCount()
                : sentences.stream().mapToInt(Sentence::tokenCount).sum();
        Annotation bounded = entities == full.entities() && statements == full.statements() ? full
                : new Annotation(sentences, tokens, entities, statements);
        int mentionsKept = entities.stream().mapToInt(e -> e.mentions().size()).sum();
        return new Result(bounded, new Truncation(textChars, analysedChars, full.statements().size(), statements.size(), mentions,
                mentionsKept, claims, claimsKept));
    }

    /** The paragraphs up to {@code budget} characters; the one that crosses it is cut at a space before it. */
    static List<TextSpan> analysedPart(String text, List<TextSpan> paragraphs, int budget) {
        List<TextSpan> out = new ArrayList<>();
        int left = budget;
        for (TextSpan p : paragraphs) {
            if (p.length() <= left) {
                out.add(p);
                left -= p.length();
                continue;
            }
            int cut = p.start() + left;
            int space = text.lastIndexOf(' ', cut);
            if (space > p.start() + left / 2) {
                cut = space;
            }
            if (cut > p.start()) {
                out.add(new TextSpan(p.start(), cut));
            }
            break;
        }
        return out;
    }

    /** A kept counterclaim may not point at a statement that was cut. */
    private static List<Statement> dropDanglingDisputes(List<Statement> kept) {
        Set<String> ids = new HashSet<>();
        kept.forEach(s -> ids.add(s.id()));
        List<Statement> out = new ArrayList<>(kept.size());
        for (Statement s : kept) {
            out.add(s.disputes() != null && !ids.contains(s.disputes()) ? s.withDisputes(null) : s);
        }
        return out;
    }

    /** The first {@code cap} mentions in text order; entities left with none are dropped. */
    private static List<Entity> firstMentions(List<Entity> entities, int cap) {
        List<Mention> all = new ArrayList<>();
        entities.forEach(e -> all.addAll(e.mentions()));
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        int lastStart = all.get(cap - 1).start();
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Mention> kept = e.mentions().stream().filter(m -> m.start() <= lastStart).toList();
            if (!kept.isEmpty()) {
                out.add(new Entity(e.id(), e.name(), e.type(), kept));
            }
        }
        return out;
    }
}
