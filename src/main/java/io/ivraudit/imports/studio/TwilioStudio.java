package io.ivraudit.imports.studio;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Twilio Studio: a flow definition ({@code description}, {@code states}, {@code initial_state},
 * {@code flags}), or the REST API's Flow resource holding one under {@code definition}, parsed
 * into one {@link Flow} whose blocks are the widgets. Calls start at the trigger's
 * {@code incomingCall} transition. A transition connected to nothing ends the call, as Studio
 * ends the execution there. O(widgets + transitions).
 */
public final class TwilioStudio implements Platform {
    private static final String TITLE = "Twilio Studio";

    @Override public String id() {
        return "twilio-studio";
    }

    @Override public String title() {
        return TITLE;
    }

    @Override public boolean recognises(ExportDocument document) {
        return document.root().flatMap(StudioReader::definitionNode).isPresent();
    }

    @Override public Parsed parse(ExportDocument document) {
        StudioReader.Read read = StudioReader.read(document);
        if (read.definition().isEmpty()) {
            return Parsed.failed(read.errors());
        }
        StudioReader.Definition definition = read.definition().get();
        Map<String, Widget> widgets = definition.widgets();
        InputSource inputs = InputSource.of(widgets.values());
        Routes routes = new Routes(widgets, inputs);
        Map<String, GatherBlock> gathers = new LinkedHashMap<>();
        Set<String> menus = new LinkedHashSet<>();
        for (Widget widget : widgets.values()) {
            if (widget.type().equals("gather-input-on-call")) {
                GatherBlock gather = new GatherBlock(widget, routes);
                gathers.put(widget.name(), gather);
                if (gather.menu()) {
                    menus.add(widget.name());
                }
            }
        }
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (Widget widget : widgets.values()) {
            blocks.put(widget.name(), switch (widget.type()) {
                case "gather-input-on-call" -> gathers.get(widget.name()).block();
                case "split-based-on" -> WidgetBlocks.split(widget, inputs, menus, widgets.keySet());
                default -> WidgetBlocks.of(widget);
            });
        }
        Widget initial = widgets.get(definition.initialState());
        String entry = initial.type().equals("trigger")
            ? initial.transition("incomingCall").orElseThrow().next() : initial.name();
        List<String> names = definition.names();
        return new Parsed(List.of(new Flow(TITLE, document.file(), names.get(0), entry, blocks, Set.copyOf(names))),
            List.of());
    }
}
