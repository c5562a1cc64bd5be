package io.ivraudit.model;

import java.util.List;

/**
 * Why people call: a relative weight, the nodes that resolve it, and caller-model overrides.
 *
 * @param weight     a positive relative share of calls
 * @param resolvedBy ids of the nodes where a call with this intent is resolved
 */
public record Intent(String id, double weight, List<String> resolvedBy, CallerParams caller,
                     SourcePosition at) {
    public Intent {
        resolvedBy = List.copyOf(resolvedBy);
    }
}
