package io.ivraudit.imports.connect;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon Connect contact flows: the flow language document ({@code Version}, {@code StartAction},
 * {@code Actions}, {@code Metadata}), or DescribeContactFlow's output with the flow as a JSON
 * string under {@code Content} or {@code ContactFlow.Content}. Every action becomes a block with
 * what it does for a caller and every transition its type has, connected or not, as the flow
 * language reference documents them (docs.aws.amazon.com/connect/latest/APIReference). A file
 * that cannot be read gives errors at their lines and columns, never an exception.
 * O(actions + transitions), plus a walk of the flow per input and queue block.
 */
public final class AmazonConnect implements Platform {
    @Override public String id() {
        return "amazon-connect";
    }

    @Override public String title() {
        return "Amazon Connect";
    }

    @Override public boolean recognises(ExportDocument document) {
        return FlowSource.recognised(document);
    }

    @Override public Parsed parse(ExportDocument document) {
        List<LoadError> errors = new ArrayList<>();
        Optional<FlowSource.Located> located = FlowSource.locate(document, errors);
        if (located.isEmpty()) {
            return Parsed.failed(errors);
        }
        FlowSource.Located source = located.get();
        Optional<ActionReader.Read> read = ActionReader.read(source.flow(), source.position(), errors);
        if (read.isEmpty()) {
            return Parsed.failed(errors);
        }
        Map<String, Block> blocks = Blocks.of(read.get().actions(), read.get().entry());
        Flow flow = new Flow(title(), document.file(), FlowNames.name(source.outer(), source.flow(), document.file()),
            read.get().entry(), blocks, FlowNames.names(source.outer(), source.flow(), document.file()));
        return new Parsed(List.of(flow), List.of());
    }
}
