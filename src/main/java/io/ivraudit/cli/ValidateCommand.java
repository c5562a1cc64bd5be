package io.ivraudit.cli;

import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Inputs;
import io.ivraudit.load.LoadError;
import io.ivraudit.load.LoadResult;
import io.ivraudit.model.Tree;
import io.ivraudit.report.Json;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: loads tree files strictly and prints every problem, or a summary of each. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Load and check tree files; print every problem as file:line:column.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml), flow exports (.json) or folders of one contact centre's exports")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<LoadResult> results = Inputs.loadAll(files, input.bases(), ImportOptions.DEFAULTS);
        String report = format == Format.json ? json(results) : text(results);
        output.write(report, spec.commandLine().getOut());
        return results.stream().allMatch(LoadResult::ok) ? 0 : ErrorHandler.BAD_INPUT;
    }

    private static String text(List<LoadResult> results) {
        StringBuilder out = new StringBuilder();
        for (LoadResult result : results) {
            if (result.ok()) {
                Tree tree = result.tree().orElseThrow();
                out.append("%s: ok: tree '%s', %s (%s), %s, %s%n".formatted(Printable.of(result.file()), Printable.of(tree.id()),
                    Words.count(tree.nodes().size(), "node"), Words.count(tree.menus().size(), "menu"),
                    Words.count(tree.intents().size(), "intent"), Words.count(tree.addresses().size(), "address")));
            } else {
                result.errors().forEach(e -> out.append(e).append(System.lineSeparator()));
            }
        }
        return out.toString();
    }

    private static String json(List<LoadResult> results) {
        List<Map<String, Object>> files = results.stream().map(r -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", r.file());
            file.put("valid", r.ok());
            r.tree().ifPresent(t -> file.put("tree", t.id()));
            file.put("errors", r.errors().stream().map(ValidateCommand::error).toList());
            return file;
        }).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("valid", results.stream().allMatch(LoadResult::ok));
        root.put("files", files);
        return Json.write(root);
    }

    private static Map<String, Object> error(LoadError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", e.at().file());
        m.put("line", e.at().line());
        m.put("column", e.at().column());
        m.put("message", e.message());
        return m;
    }
}
