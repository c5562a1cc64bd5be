package io.ivraudit.cli;

import io.ivraudit.text.Printable;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for long runs: only when a person is at a terminal (never in CI or
 * when output is piped), only once a run has lasted half a second, and wiped when it ends.
 */
final class Progress implements AutoCloseable {
    private static final long QUIET_MILLIS = 500;
    private static final int WIDTH = 30;

    private final Thread painter;
    private final PrintWriter err;
    private volatile boolean painted;

    private Progress(PrintWriter err, Thread painter) {
        this.err = err;
        this.painter = painter;
    }

    static Progress start(PrintWriter err, String label, AtomicLong done, long total) {
        if (!interactive() || total <= 0) {
            return new Progress(err, null);
        }
        Progress[] self = new Progress[1];
        Thread painter = new Thread(() -> {
            try {
                Thread.sleep(QUIET_MILLIS);
                while (!Thread.currentThread().isInterrupted()) {
                    double fraction = Math.min(1, done.get() / (double) total);
                    int filled = (int) Math.round(fraction * WIDTH);
                    err.print("\r" + Printable.of(label) + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                        + Math.round(100 * fraction) + "%");
                    err.flush();
                    self[0].painted = true;
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ivr-audit-progress");
        painter.setDaemon(true);
        self[0] = new Progress(err, painter);
        painter.start();
        return self[0];
    }

    private static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override public void close() {
        if (painter == null) {
            return;
        }
        painter.interrupt();
        try {
            painter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (painted) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }
}
