package io.ivraudit.audit;

import io.ivraudit.model.Severity;
import java.util.List;

/**
 * One static check of a tree. Rules are small classes, each with a fixed id (SPEC section 3
 * names the first thirteen), a default severity, a one-line summary and a help text that says
 * how to fix what it finds.
 */
public interface Rule {
    /** The fixed id users name in {@code --fail-on}, suppressions and config files. */
    String id();

    /** How much its findings matter unless the config says otherwise. */
    Severity defaultSeverity();

    /** What the rule finds, in one line. */
    String summary();

    /** Why it matters and how to fix it. */
    String help();

    /** The problems in the context's tree, with this rule's severity. */
    List<Finding> check(AuditContext context);
}
