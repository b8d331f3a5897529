package io.claimwatch.nlp.ner;

import io.claimwatch.model.EntityType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/** Exact-span precision, recall and F1 per entity type. */
public final class NerEvaluation {

    private final String name;
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    public NerEvaluation(String name) {
        this.name = name;
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    public void add(Span[] gold, Span[] predicted) {
        Set<String> g = keys(gold);
        Set<String> p = keys(predicted);
        for (String k : p) {
            count(k)[g.contains(k) ? 0 : 1]++;
        }
        for (String k : g) {
            if (!p.contains(k)) {
                count(k)[2]++;
            }
        }
    }

    private int[] count(String key) {
        return counts.get(EntityType.valueOf(key.substring(0, key.indexOf(':'))));
    }

    private static Set<String> keys(Span[] spans) {
        Set<String> out = new HashSet<>();
        for (Span s : spans) {
            out.add(s.getType() + ":" + s.getStart() + ":" + s.getEnd());
        }
        return out;
    }

    public double f1(EntityType type) {
        return f1(counts.get(type));
    }

    private static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per type and one for all types, e.g. {@code PERSON P 0.81 R 0.74 F1 0.77 (n=312)}. */
    public String report() {
        StringBuilder b = new StringBuilder(name).append('\n');
        int[] all = new int[3];
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
            b.append(line(e.getKey().name(), c));
        }
        return b.append(line("all", all)).toString();
    }

    private static String line(String label, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "  %-7s P %.3f  R %.3f  F1 %.3f  (gold %d)%n", label, p, r, f1(c), c[0] + c[2]);
    }
}
