package io.claimwatch.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn in place on a terminal and printed sparsely elsewhere. */
final class Progress {

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal = System.console() != null;
    private int lastPercent = -1;

    Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 1);
    }

    void update(long done) {
        int percent = (int) (100 * done / total);
        if (percent == lastPercent || (!terminal && percent % 25 != 0 && done != total)) {
            return;
        }
        lastPercent = percent;
        int width = 30;
        int filled = width * percent / 100;
        String bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
        String line = String.format("%s %s %3d%% (%d/%d)", label, bar, percent, done, total);
        if (terminal) {
            out.print("\r" + line);
            if (done >= total) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }
}
