package io.claimwatch.nlp.entities;

import io.claimwatch.model.Entity;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;
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
        this.resolver = new EntityResolver(knowledge.aliases());
    }

    public List<Entity> annotate(String text, List<TokenizedSentence> sentences) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            TokenizedSentence s = sentences.get(i);
            Span[] names = s.size() == 0 ? new Span[0] : model.find(s.tokens());
            candidates.addAll(finder.find(text, s, i, names));
        }
        model.clearAdaptiveData();
        return resolver.resolve(candidates);
    }
}
