package io.ivraudit.cli;

import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Inputs;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Platforms;
import io.ivraudit.load.LoadError;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.Tree;
import io.ivraudit.report.ImportJson;
import io.ivraudit.report.ImportText;
import io.ivraudit.text.Printable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import}: one contact centre's flow exports (files, or a folder) as one tree file, and
 * the report of what became of every block and exit. Exit 1 when the tree is a stub of the flows.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Turn contact-flow exports (files or a folder of one contact centre) into a tree file (YAML) that "
        + "audit, check, simulate and rank read. The import report (what was mapped, guessed and cut, and why) goes "
        + "to stderr, or whole as JSON with --format json. Exit 1 when the tree is a stub of the flows.")
final class ImportCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--from", paramLabel = "PLATFORM",
        description = "amazon-connect, twilio-studio, amazon-connect-legacy, genesys-archy, voicexml, asterisk or freeswitch "
            + "(default: recognised from each file's content)")
    String from;

    @Parameters(arity = "1..*", paramLabel = "FLOW", description = "flow exports (.json, .yaml, .vxml, .xml, .conf), or folders of them")
    List<Path> flows;

    @Option(names = "--entry", paramLabel = "NAME",
        description = "the flow calls start in: a flow's name, an Asterisk context, a FreeSWITCH menu (default: the "
            + "platform's entry, such as the first Asterisk context that reads a key, else the flow no other transfers to)")
    String entry;

    @Option(names = "--open-share", defaultValue = "0.7", paramLabel = "SHARE",
        description = "the share of calls that find the contact centre open at an hours check (default: ${DEFAULT-VALUE})")
    double openShare;

    @Option(names = "--entry-success", defaultValue = "0.9", paramLabel = "SHARE",
        description = "the share of callers whose data entry (account number, PIN) is accepted (default: ${DEFAULT-VALUE})")
    double entrySuccess;

    @Option(names = "--format", defaultValue = "text", description = "text (the tree, and the report on stderr) "
        + "or json (the whole report with the tree in it) (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        for (double share : new double[] {openShare, entrySuccess}) {
            if (!(share > 0 && share < 1)) {
                throw new BadInput("--open-share and --entry-success: " + share + "; expected a share between 0 and 1");
            }
        }
        Optional<Platform> platform = Optional.ofNullable(from).map(id -> Platforms.byId(id).orElseThrow(() ->
            new BadInput("--from: '" + id + "' is not a supported platform; expected one of " + Platforms.ids())));
        Imported imported = Inputs.importAll(flows, platform, new ImportOptions(openShare, entrySuccess, entry));
        if (imported.tree().isEmpty()) {
            throw new BadInput(imported.errors().stream().map(LoadError::toString).toList());
        }
        Tree tree = imported.tree().get();
        String yaml = "# Imported by ivr-audit import from " + Printable.of(String.join(", ", imported.report().flows()))
            + ".\n# Intents marked proposed: true are the importer's guesses (a flow carries none): review their names, "
            + "weights and resolved_by, then remove the mark.\n" + TreeWriter.write(tree);
        if (format == Format.json) {
            output.write(ImportJson.write(imported.report(), tree, yaml), spec.commandLine().getOut());
        } else {
            output.write(yaml, spec.commandLine().getOut());
            spec.commandLine().getErr().print(ImportText.write(imported.report(), tree));
            spec.commandLine().getErr().flush();
        }
        return imported.report().isStub(tree) ? 1 : 0;
    }
}
