package io.claimwatch.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Places (countries, regions, cities) and English given names, from the compact files that
 * {@code tools/gazetteer} builds out of open data. Looked up by variant key.
 */
public final class Gazetteer {

    public static final String PLACES = "/config/gazetteer/places.tsv";
    public static final String GIVEN_NAMES = "/config/gazetteer/given-names.txt";

    /** A place: its canonical name, kind (country, region, city) and population (0 when unknown). */
    public record Place(String name, String kind, long population) {}

    private final Map<String, Place> places = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        read(PLACES, line -> {
            String[] f = line.split("\t", -1);
            if (f.length >= 5 && NameVariants.acronym(f[0]) == null) {
                long population = f[4].isEmpty() ? 0 : Long.parseLong(f[4]);
                g.places.putIfAbsent(NameVariants.key(f[0]), new Place(f[1], f[2], population));
            }
        });
        read(GIVEN_NAMES, line -> g.givenNames.add(NameVariants.key(line.strip())));
        return g;
    }

    private static void read(String resource, java.util.function.Consumer<String> lines) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (build it with tools/gazetteer)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Place place(String name) {
        return places.get(NameVariants.key(name));
    }

    public boolean isGivenName(String word) {
        return givenNames.contains(NameVariants.key(word));
    }
}
