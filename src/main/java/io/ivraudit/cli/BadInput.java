package io.ivraudit.cli;

import java.util.List;

/** Input the user must fix: each line is printed on stderr as it is, and the exit code is 2. */
final class BadInput extends RuntimeException {
    private final List<String> lines;

    BadInput(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    BadInput(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
