package io.claimwatch.nlp.parse;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011):
 * a stack, a buffer of the remaining tokens with the artificial root at its end, and the arcs built
 * so far with what the features ask about them (outermost dependents, counts, label sets). Tokens
 * are 0..n-1, the root is n. Reused across sentences; not thread-safe.
 */
final class ParseState {

    static final int SHIFT = 0;
    static final int LEFT = 1;
    static final int RIGHT = 2;

    int n;
    int[] stack = new int[0];
    int depth;
    /** The front of the buffer; n when only the root is left. */
    int next;
    int[] heads = new int[0];
    int[] labels = new int[0];
    int[] left1 = new int[0];
    int[] left2 = new int[0];
    int[] right1 = new int[0];
    int[] right2 = new int[0];
    int[] leftCount = new int[0];
    int[] rightCount = new int[0];
    long[] leftLabels = new long[0];
    long[] rightLabels = new long[0];

    void reset(int tokens) {
        n = tokens;
        int size = tokens + 1;
        if (heads.length < size) {
            int cap = Math.max(size, heads.length * 2);
            stack = new int[cap];
            heads = new int[cap];
            labels = new int[cap];
            left1 = new int[cap];
            left2 = new int[cap];
            right1 = new int[cap];
            right2 = new int[cap];
            leftCount = new int[cap];
            rightCount = new int[cap];
            leftLabels = new long[cap];
            rightLabels = new long[cap];
        }
        depth = 0;
        next = 0;
        Arrays.fill(heads, 0, size, -1);
        Arrays.fill(labels, 0, size, -1);
        Arrays.fill(left1, 0, size, -1);
        Arrays.fill(left2, 0, size, -1);
        Arrays.fill(right1, 0, size, -1);
        Arrays.fill(right2, 0, size, -1);
        Arrays.fill(leftCount, 0, size, 0);
        Arrays.fill(rightCount, 0, size, 0);
        Arrays.fill(leftLabels, 0, size, 0L);
        Arrays.fill(rightLabels, 0, size, 0L);
    }

    boolean terminal() {
        return depth == 0 && next == n;
    }

    /** The k-th item from the top of the stack (0 = top), or -1. */
    int stack(int k) {
        return k < depth ? stack[depth - 1 - k] : -1;
    }

    /** The k-th item of the buffer (0 = front), the root at its end, or -1 past it. */
    int buffer(int k) {
        int i = next + k;
        return i <= n ? i : -1;
    }

    boolean valid(int move) {
        return switch (move) {
            case SHIFT -> next < n;
            // Only the last word left may take the root as its head: one root per sentence.
            case LEFT -> depth >= 1 && (next < n || depth == 1);
            case RIGHT -> depth >= 2;
            default -> false;
        };
    }

    void apply(int move, int label) {
        switch (move) {
            case SHIFT -> stack[depth++] = next++;
            case LEFT -> {
                int d = stack[--depth];
                attach(next, d, label);
            }
            case RIGHT -> {
                int d = stack[--depth];
                attach(stack[depth - 1], d, label);
            }
            default -> throw new IllegalArgumentException("no move " + move);
        }
    }

    private void attach(int head, int dep, int label) {
        heads[dep] = head;
        labels[dep] = label;
        long bit = label >= 0 && label < 64 ? 1L << label : 0L;
        if (dep < head) {
            leftCount[head]++;
            leftLabels[head] |= bit;
            if (left1[head] < 0 || dep < left1[head]) {
                left2[head] = left1[head];
                left1[head] = dep;
            } else if (left2[head] < 0 || dep < left2[head]) {
                left2[head] = dep;
            }
        } else {
            rightCount[head]++;
            rightLabels[head] |= bit;
            if (right1[head] < 0 || dep > right1[head]) {
                right2[head] = right1[head];
                right1[head] = dep;
            } else if (right2[head] < 0 || dep > right2[head]) {
                right2[head] = dep;
            }
        }
    }

    /**
     * How many gold arcs a move makes unreachable (Goldberg and Nivre 2013's dynamic oracle for
     * arc-hybrid), counting a wrong label on the gold arc; exact for projective gold trees.
     *
     * @param gold gold heads with the root as n
     */
    int cost(int move, int label, int[] gold, int[] goldLabels) {
        int s0 = stack(0);
        switch (move) {
            case SHIFT -> {
                int b = next;
                int c = 0;
                for (int k = 0; k < depth; k++) {
                    int item = stack[k];
                    if (gold[item] == b) {
                        c++; // b's dependents on the stack can no longer reach it
                    }
                    if (k < depth - 1 && gold[b] == item) {
                        c++; // nor b its head below the top
                    }
                }
                if (gold[b] == n && depth > 0) {
                    c++; // only the bottom of the stack can take the root
                }
                return c;
            }
            case LEFT, RIGHT -> {
                int head = move == LEFT ? next : stack(1);
                int c = 0;
                for (int k = next; k <= n; k++) {
                    if (gold[k] == s0) {
                        c++; // s0's dependents still in the buffer
                    }
                }
                int g = gold[s0];
                if (g != head) {
                    // The root is reachable only from the bottom of the stack.
                    boolean reachable = g == n ? depth == 1 : g >= next || move == LEFT && g == stack(1);
                    if (reachable) {
                        c++;
                    }
                } else if (goldLabels[s0] != label) {
                    c++;
                }
                return c;
            }
            default -> throw new IllegalArgumentException("no move " + move);
        }
    }
}
