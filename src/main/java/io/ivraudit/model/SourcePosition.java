package io.ivraudit.model;

import io.ivraudit.text.Printable;

/**
 * Where an element of a tree was written: file, 1-based line and 1-based column. Positions
 * are where a message points the user; they are not part of what a tree means, so
 * {@link Tree#withoutPositions()} maps them all to {@link #UNKNOWN} when two trees are compared.
 */
public record SourcePosition(String file, int line, int column) {
    /** The position of an element that was not read from a file (generated or derived). */
    public static final SourcePosition UNKNOWN = new SourcePosition("", 0, 0);

    /** The start of a file, for problems with the file as a whole. */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /** {@code file:line:column}, the file name's control characters escaped. */
    @Override public String toString() {
        return Printable.of(file) + ":" + line + ":" + column;
    }
}
