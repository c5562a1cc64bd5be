package io.ivraudit.audit;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Static figures for one intent, over announced options only: the fewest key presses and the
 * fewest seconds (listening as SPEC section 2 counts it, plus hold) from the entry to a person
 * who resolves it (the right person), and to any person. Empty where none can be reached.
 *
 * @param hasRightHuman whether any person in the tree resolves the intent at all (else it is
 *                      meant for self-service, and the right-person figures are empty by design)
 */
public record IntentFigures(String intent, boolean hasRightHuman, OptionalInt pressesToRightHuman,
                            OptionalDouble secondsToRightHuman, OptionalInt pressesToAnyHuman,
                            OptionalDouble secondsToAnyHuman) {
}
