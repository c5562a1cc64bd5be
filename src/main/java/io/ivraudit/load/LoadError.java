package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;

/**
 * A problem with a tree file that the user can fix: where it is and what is wrong, in the form
 * {@code file:line:column: what is wrong; what was expected}.
 */
public record LoadError(SourcePosition at, String message) {
    @Override public String toString() {
        return at + ": " + message;
    }
}
