package io.ivraudit.audit;

import io.ivraudit.model.Severity;
import io.ivraudit.model.SourcePosition;

/**
 * One problem a rule found: which rule, how bad, at which node (or intent), where in the file,
 * and a sentence a CX designer understands.
 *
 * @param node the id of the node (or intent, for intent rules) the finding is about
 */
public record Finding(String rule, Severity severity, String node, SourcePosition at, String message) {
}
