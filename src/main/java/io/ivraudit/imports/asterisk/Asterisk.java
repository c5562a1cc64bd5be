package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Asterisk dial plans ({@code extensions.conf}): each context is a flow named by the context,
 * whose blocks are the priorities of its extensions (and of the contexts it includes); a menu is a
 * {@code WaitExten} (or a {@code Read} tested by {@code GotoIf}), its choices the one-key
 * extensions of the context. Calls start in the first context that reads a key, unless
 * {@code --entry} names another. The file is read as Asterisk reads it ({@code main/config.c},
 * {@code pbx/pbx_config.c}): what makes Asterisk refuse the file is an error at its line and
 * column; lines Asterisk warns about and skips are skipped, and listed by {@link #read}.
 * O(lines + priorities x included contexts).
 */
public final class Asterisk implements Platform {
    private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*\\[[^\\]\\r\\n]+\\]");
    private static final Pattern EXTEN = Pattern.compile("(?mi)^[ \\t]*exten[ \\t]*=>?");
    private static final Set<String> READS_KEYS = Set.of("background", "waitexten", "read");

    @Override public String id() {
        return "asterisk";
    }

    @Override public String title() {
        return FlowBuilder.PLATFORM;
    }

    /** A {@code .conf} file with a {@code [context]} header and an {@code exten =>} line. */
    @Override public boolean recognises(ExportDocument document) {
        String text = document.text();
        return document.isText() && !document.file().toLowerCase(Locale.ROOT).matches(".*\\.v?xml(\\.\\w+)?") && text != null
            && !text.stripLeading().startsWith("<") && HEADER.matcher(text).find() && EXTEN.matcher(text).find();
    }

    @Override public Parsed parse(ExportDocument document) {
        Read read = read(document);
        return read.errors().isEmpty() ? new Parsed(read.flows(), List.of(), read.notes()) : Parsed.failed(read.errors());
    }

    /**
     * The first context that reads a key ({@code Background}, {@code WaitExten} or {@code Read} in
     * its own extensions), leaving out macros, which calls never start in.
     */
    @Override public Optional<String> defaultEntry(List<Flow> flows) {
        return flows.stream().filter(f -> !f.name().contains(",") && !f.name().toLowerCase(Locale.ROOT).startsWith("macro-"))
            .filter(Asterisk::readsKeys).map(Flow::name).findFirst();
    }

    private static boolean readsKeys(Flow flow) {
        for (Block block : flow.blocks().values()) {
            String type = block.type().toLowerCase(Locale.ROOT);
            int open = type.indexOf('(');
            String app = open < 0 ? type.split("[\\s:]")[0] : type.substring(0, open);
            if (block.id().startsWith(flow.name() + ",") && READS_KEYS.contains(app)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What reading a dial plan gave: the flows (one per context with an extension, then one per
     * place other contexts enter it at), the errors that make Asterisk refuse the file, and the
     * notes: lines Asterisk would warn about and skip or keep, and what was not followed
     * ({@code #include}), which the import report lists as cut.
     */
    public record Read(List<Flow> flows, List<LoadError> errors, List<LoadError> notes) {}

    /** The most priorities the contexts may come to, each with the contexts it includes. */
    static final long MOST_BLOCKS = 200_000;

    /** Reads a dial plan, with its notes. */
    public static Read read(ExportDocument document) {
        String file = document.file();
        ConfReader.Read conf = ConfReader.read(file, document.text() == null ? "" : document.text());
        if (!conf.errors().isEmpty()) {
            return new Read(List.of(), conf.errors(), conf.notes());
        }
        DialPlan plan = DialPlanReader.read(file, conf);
        List<LoadError> notes = new ArrayList<>(plan.notes());
        Contexts contexts = new Contexts(plan);
        Map<String, FlowBuilder.Built> built = new LinkedHashMap<>();
        long blocks = 0;
        for (DialPlan.Context context : plan.contexts().values()) {
            new FlowBuilder(contexts, context).build().ifPresentOrElse(b -> built.put(context.name, b),
                () -> notes.add(new LoadError(context.at, "context '" + context.name + "' has no extension with a "
                    + "priority 1, so no call can run in it")));
            FlowBuilder.Built one = built.get(context.name);
            blocks += one == null ? 0 : one.flow().blocks().size();
            if (blocks > MOST_BLOCKS) {
                return new Read(List.of(), List.of(new LoadError(context.at, "the contexts, with those they include, come to "
                    + "more than " + MOST_BLOCKS + " priorities by context '" + context.name + "'; expected one PBX's dial "
                    + "plan (a context included by hundreds of others multiplies its extensions)")), notes);
            }
        }
        if (built.isEmpty()) {
            return new Read(List.of(), List.of(new LoadError(SourcePosition.startOf(file), "found no [context] with an "
                + "'exten => extension,1,Application()' line; expected an Asterisk dial plan (extensions.conf)")), notes);
        }
        List<Flow> flows = new ArrayList<>(built.values().stream().map(FlowBuilder.Built::flow).toList());
        return new Read(withAliases(flows, built, contexts), List.of(), notes);
    }

    /**
     * The flows, and a flow for every place another flow enters a context at other than its start
     * (only those some flow links to, followed from link to link). O(blocks of those flows).
     */
    private static List<Flow> withAliases(List<Flow> flows, Map<String, FlowBuilder.Built> built, Contexts contexts) {
        List<Flow> out = new ArrayList<>(flows);
        Set<String> added = new java.util.HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            for (Block link : out.get(i).links()) {
                String target = ((io.ivraudit.imports.Step.Link) link.step()).flow();
                Contexts.Alias alias = contexts.aliases().get(target);
                if (alias != null && built.containsKey(alias.context()) && added.add(target)) {
                    out.add(built.get(alias.context()).alias(alias.name(), alias.entry()));
                }
            }
        }
        return out;
    }
}
