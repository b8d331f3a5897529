package io.claimwatch.nlp.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a CoNLL-U treebank (Universal Dependencies): the syntactic words of each sentence with
 * their UPOS tag, head and relation. Multi-word token ranges ("3-4") and empty nodes ("8.1") are
 * skipped, as the basic tree does not use them.
 */
public final class Treebank {

    /** One annotated sentence: heads are 0-based token indices, -1 for the root. */
    public record Sentence(String[] forms, String[] tags, DependencyTree tree) {

        public int size() {
            return forms.length;
        }

        /** No two arcs cross: the only trees a transition parser without swaps can build. */
        public boolean isProjective() {
            int[] h = tree.heads();
            for (int a = 0; a < h.length; a++) {
                int lo = Math.min(a, h[a] < 0 ? h.length : h[a]);
                int hi = Math.max(a, h[a] < 0 ? h.length : h[a]);
                for (int b = lo + 1; b < hi; b++) {
                    int hb = h[b] < 0 ? h.length : h[b];
                    if (hb < lo || hb > hi) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private Treebank() {}

    public static List<Sentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " not found (a CoNLL-U file of the treebank)");
        }
        List<Sentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); ; line = r.readLine()) {
                lineNo++;
                if (line == null || line.isBlank()) {
                    if (!rows.isEmpty()) {
                        out.add(sentence(rows, file, lineNo));
                        rows.clear();
                    }
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected 10 tab-separated CoNLL-U columns, found " + f.length);
                }
                if (f[0].contains("-") || f[0].contains(".")) {
                    continue;
                }
                rows.add(f);
            }
        }
        return out;
    }

    private static Sentence sentence(List<String[]> rows, Path file, int lineNo) {
        int n = rows.size();
        String[] forms = new String[n];
        String[] tags = new String[n];
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            forms[i] = f[1];
            tags[i] = f[3];
            try {
                heads[i] = Integer.parseInt(f[6]) - 1;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": sentence ending before line " + lineNo + ": head '" + f[6] + "' is not a number");
            }
            if (heads[i] < -1 || heads[i] >= n) {
                throw new IllegalArgumentException(file + ": sentence ending before line " + lineNo + ": head " + f[6] + " out of range");
            }
            relations[i] = f[7];
        }
        return new Sentence(forms, tags, new DependencyTree(heads, relations, tags));
    }
}
