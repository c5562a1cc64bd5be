package io.ivraudit.report;

import io.ivraudit.load.LoadError;
import io.ivraudit.load.LoadResult;
import io.ivraudit.model.Tree;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code validate} prints: each file's tree, or each of its problems. */
public final class ValidateReport {
    private ValidateReport() {}

    /** One line per file that loaded, and every problem of those that did not, each {@code file:line:column}. */
    public static String text(List<LoadResult> results) {
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

    /** {@code validate --format json}: {@code valid}, and per file its tree or its errors with their positions. */
    public static String json(List<LoadResult> results) {
        List<Map<String, Object>> files = results.stream().map(r -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", r.file());
            file.put("valid", r.ok());
            r.tree().ifPresent(t -> file.put("tree", t.id()));
            file.put("errors", r.errors().stream().map(ValidateReport::error).toList());
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
