package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Genesys Cloud Architect flows as Archy, Genesys' flow command line, writes them in YAML: an
 * {@code inboundCall:} or {@code inqueueCall:} mapping holding the flow's menus, reusable tasks and
 * settings. Each action and each menu becomes a block with every way out it has, in Archy's
 * sequencing (an action's way on is the action after it; an output's actions fall through to the
 * action after its owner; the end of a task disconnects). Files of CX as Code hold
 * {@code {{...}}} placeholders, read as opaque names. Recognised by content: a mapping with
 * {@code inboundCall} or {@code inqueueCall}, which no tree has. O(actions + choices).
 */
public final class GenesysArchy implements Platform {
    private static final String TITLE = "Genesys Cloud Architect";

    @Override public String id() {
        return "genesys-archy";
    }

    @Override public String title() {
        return TITLE;
    }

    @Override public boolean recognises(ExportDocument document) {
        return ArchyFlow.body(document).isPresent();
    }

    @Override public Parsed parse(ExportDocument document) {
        return ArchyFlow.parse(document, TITLE);
    }

    /**
     * Calls start in an inbound flow, not in an in-queue flow (which runs while a call waits in a
     * queue an inbound flow sent it to): the first inbound flow no other flow transfers calls to.
     */
    @Override public Optional<String> defaultEntry(List<Flow> flows) {
        Set<String> linked = new HashSet<>();
        flows.forEach(f -> f.links().forEach(b -> linked.add(((Step.Link) b.step()).flow())));
        return flows.stream()
            .filter(f -> f.platform().equals(TITLE))
            .filter(f -> f.blocks().values().stream().noneMatch(b -> b.type().equals(ArchyFlow.IN_QUEUE)))
            .filter(f -> f.names().stream().noneMatch(linked::contains))
            .map(Flow::name).findFirst();
    }
}
