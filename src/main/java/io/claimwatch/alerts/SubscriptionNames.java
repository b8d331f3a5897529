package io.claimwatch.alerts;

import io.claimwatch.nlp.EntityNameResolver;
import io.claimwatch.nlp.KnownEntity;
import io.claimwatch.nlp.entities.Gazetteer;
import io.claimwatch.nlp.entities.NameVariants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves a subscription's entity and claimer filters, which a person writes as names ("Poutine",
 * "Eastbrook") or ids, to the ids the pipeline matches on, when the subscription is saved. A
 * subscription that watches a name no article will ever carry as an id would never fire, so an
 * unknown name is refused with the closest known names (unless the subscriber says to keep it for
 * an entity not seen yet).
 */
public final class SubscriptionNames {

    private static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * The subscription with ids in place of names, what each given name became, the problems (names
     * nothing knows) and one line per resolution, to tell the subscriber.
     */
    public record Outcome(Subscription subscription, Map<String, String> resolved, List<String> problems, List<String> notes) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final EntityNameResolver resolver;
    private final Supplier<Gazetteer> gazetteer;

    /** @param gazetteer read only for names kept unseen (the id a gazetteer place gets is the slug of its name) */
    public SubscriptionNames(EntityNameResolver resolver, Supplier<Gazetteer> gazetteer) {
        this.resolver = resolver;
        this.gazetteer = gazetteer;
    }

    /**
     * @param keepUnseen keep a name nothing knows yet, as the id the annotator will give it, instead
     *     of refusing it
     */
    public Outcome resolve(Subscription s, boolean keepUnseen) {
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        for (String given : s.entities()) {
            KnownEntity k = resolver.entity(given);
            if (k != null) {
                entities.add(k.id());
                if (!k.id().equals(given)) {
                    resolved.put(given, k.id());
                    notes.add("entity '" + given + "' is " + k.describe());
                }
            } else if (keepUnseen) {
                String id = unseenId(given);
                entities.add(id);
                if (!id.equals(given)) {
                    resolved.put(given, id);
                }
                notes.add("entity '" + given + "' is not known yet; watched as id '" + id + "', the id articles naming it will carry");
            } else {
                problems.add("entities: '" + given + "' is not a known entity (neither in the alias table nor named by any indexed "
                        + "article)" + suggest(resolver.closestEntities(given, 5).stream().map(KnownEntity::describe).toList()));
            }
        }
        Set<String> claimers = new LinkedHashSet<>();
        for (String given : s.claimers()) {
            KnownEntity k = resolver.entity(given);
            String phrase = k == null ? resolver.claimer(given) : null;
            if (k != null) {
                claimers.add(k.id());
                if (!k.id().equals(given)) {
                    resolved.put(given, k.id());
                    notes.add("claimer '" + given + "' is " + k.describe());
                }
            } else if (phrase != null) {
                claimers.add(phrase);
                if (!phrase.equals(given)) {
                    resolved.put(given, phrase);
                }
                notes.add("claimer '" + given + "' is the claimer \"" + phrase + "\" of indexed statements (not an entity)");
            } else if (keepUnseen) {
                claimers.add(given);
                notes.add("claimer '" + given + "' is not known yet; kept as written (matches that claimer name)");
            } else {
                List<String> close = new ArrayList<>(resolver.closestEntities(given, 4).stream().map(KnownEntity::describe).toList());
                resolver.closestClaimers(given, 3).forEach(c -> close.add("\"" + c + "\""));
                problems.add("claimers: '" + given + "' is neither a known entity nor the claimer of any indexed statement" + suggest(close));
            }
        }
        Subscription out = new Subscription(s.id(), s.description(), List.copyOf(entities), List.copyOf(claimers), s.outlets(),
                s.labels(), s.minScore(), s.checkworthyScore(), s.types(), s.topic(), s.maxPerHour());
        return new Outcome(out, resolved, problems, notes);
    }

    private static String suggest(List<String> close) {
        if (close.isEmpty()) {
            return "; no known name is close. Check the spelling, or pass --allow-unseen to watch a name no article has named yet";
        }
        return "; closest known: " + close.stream().collect(Collectors.joining(", "))
                + ". Give one of those names or ids, or pass --allow-unseen to watch a name no article has named yet";
    }

    /** The id the annotator gives a name that neither the alias table nor the index knows. */
    private String unseenId(String given) {
        String text = given.strip();
        if (ID_FORM.matcher(text).matches()) {
            return text;
        }
        Gazetteer.Place place = gazetteer.get().place(text);
        return place != null ? NameVariants.slug(place.name()) : NameVariants.slug(NameVariants.key(text));
    }
}
