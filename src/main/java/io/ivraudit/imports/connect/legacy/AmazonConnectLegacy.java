package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.connect.Action;
import io.ivraudit.imports.connect.Blocks;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Amazon Connect contact flows in the export format of before the 2019-10-30 flow language:
 * {@code {"modules": [...], "start": ..., "type": ..., "version": ...}}. Each module is translated
 * into the flow language action of the same console block ({@link Translator}) and handed to the
 * Connect importer's {@link Blocks}, so what a block does for a caller, and what Connect does with
 * a branch connected to nothing, is written once for both formats. The report names blocks and
 * exits in the legacy file's words. A file that cannot be read gives errors at their lines and
 * columns, never an exception. O(modules + branches + parameters), plus the Connect importer's walks.
 */
public final class AmazonConnectLegacy implements Platform {
    @Override public String id() {
        return "amazon-connect-legacy";
    }

    @Override public String title() {
        return "Amazon Connect (legacy export)";
    }

    /** A JSON object with a {@code modules} list and a {@code start}, and no flow language {@code Actions}. */
    @Override public boolean recognises(ExportDocument document) {
        JsonView top = JsonView.of(document.root().orElse(null));
        return top.get("modules").orElse(null) instanceof SequenceNode && top.has("start") && !top.has("Actions");
    }

    @Override public Parsed parse(ExportDocument document) {
        List<LoadError> errors = new ArrayList<>();
        Optional<ModuleReader.Read> read = ModuleReader.read(document, errors);
        if (read.isEmpty()) {
            return Parsed.failed(errors);
        }
        Map<String, Module> modules = new LinkedHashMap<>();
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Module module : read.get().modules()) {
            modules.put(module.id(), module);
            actions.put(module.id(), Translator.action(module));
        }
        String start = read.get().start();
        Map<String, Block> blocks = LegacyWords.of(Blocks.of(actions, start), modules);
        JsonView top = read.get().top();
        Flow flow = new Flow(title(), document.file(), LegacyNames.name(top, document.file()), start, blocks,
            LegacyNames.names(top, document.file()));
        return new Parsed(List.of(flow), List.of());
    }
}
