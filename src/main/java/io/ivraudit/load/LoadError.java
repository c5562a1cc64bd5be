package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import io.ivraudit.text.Printable;

/**
 * A problem with a tree file that the user can fix: where it is and what is wrong, in the form
 * {@code file:line:column: what is wrong; what was expected}. Printed, it is always one line:
 * text quoted from the file has its control characters escaped.
 */
public record LoadError(SourcePosition at, String message) {
    @Override public String toString() {
        return at + ": " + Printable.of(message);
    }
}
