package io.claimwatch.nlp.entities;

import io.claimwatch.model.Entity;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.TokenizedSentence;
import io.claimwatch.nlp.parse.ParserModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/** The canonical entities of one article from its tokenized sentences. Not thread-safe. */
public final class EntityAnnotator {

    private final NameFinderME model;
    private final MentionFinder finder;
    private final EntityResolver resolver;

    public EntityAnnotator(NlpModels models, EntityKnowledge knowledge) {
        this.model = new NameFinderME(models.nameModel());
        this.finder = new MentionFinder(knowledge);
        // Ids keep the spelling of English words and given names; the parser's vocabulary is the word list.
        ParserModel parser = ParserModel.get();
        this.resolver = new EntityResolver(knowledge, w -> parser.isCommonWord(w) || knowledge.gazetteer().isGivenName(w));
    }

    public List<Entity> annotate(String text, List<TokenizedSentence> sentences) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> namesInText = capitalisedInsideSentences(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            TokenizedSentence s = sentences.get(i);
            Span[] names = s.size() == 0 ? new Span[0] : model.find(s.tokens());
            candidates.addAll(finder.find(text, s, i, names, namesInText));
        }
        model.clearAdaptiveData();
        return resolver.resolve(candidates);
    }

    /**
     * Words written with a capital inside a sentence somewhere in the article: at the start of another
     * sentence such a word is a name too ("Fedorovich later told reporters ..."), which the POS tagger
     * alone often misses there.
     */
    private static Set<String> capitalisedInsideSentences(List<TokenizedSentence> sentences) {
        Set<String> out = new HashSet<>();
        for (TokenizedSentence s : sentences) {
            for (int i = 1; i < s.size(); i++) {
                String t = s.tokens()[i];
                if (Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(0)) && Character.isLetter(s.tokens()[i - 1].charAt(0))) {
                    out.add(NameVariants.key(t));
                }
            }
        }
        return out;
    }
}
