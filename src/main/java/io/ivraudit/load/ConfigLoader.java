package io.ivraudit.load;

import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Severity;
import io.ivraudit.model.Suppression;
import io.ivraudit.model.Thresholds;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a repository's audit config ({@code .ivr-audit.yaml}) as strictly as a tree: thresholds,
 * the rules that fail a check, rule severities, and suppressions with their reasons.
 */
public final class ConfigLoader {
    /** The config file's name, looked for in the tree file's folder and every folder above. */
    public static final String FILE_NAME = ".ivr-audit.yaml";

    private static final Set<String> KEYS = Set.of("thresholds", "fail_on", "rules", "suppress");
    private static final Set<String> THRESHOLD_KEYS = Set.of("max_presses_to_human", "max_menu_width",
        "max_menu_depth", "max_prompt_seconds", "max_seconds_to_human");
    private static final List<String> RULE_SETTINGS = List.of("error", "warning", "note", "off");

    private ConfigLoader() {}

    /** A config, or the problems that kept it from loading. */
    public record Result(Optional<AuditConfig> config, List<LoadError> errors) {}

    /**
     * The nearest config at or above {@code treeFile}'s folder, if any. Whatever is there by that
     * name counts, so a named pipe or a folder is reported when loaded, not silently skipped.
     */
    public static Optional<Path> find(Path treeFile) {
        Path dir = treeFile.toAbsolutePath().normalize().getParent();
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Loads a config file; rule ids it names must be among {@code ruleIds}. */
    public static Result load(Path file, List<String> ruleIds) {
        return read(YamlSource.read(file, YamlSource.Kind.CONFIG), file.toString(), ruleIds);
    }

    /** Loads config text as if read from {@code file}. */
    public static Result load(String file, String text, List<String> ruleIds) {
        return read(YamlSource.read(file, text, YamlSource.Kind.CONFIG), file, ruleIds);
    }

    private static Result read(YamlSource.Read source, String file, List<String> ruleIds) {
        if (source.root().isEmpty()) {
            return new Result(Optional.empty(), source.errors());
        }
        Problems problems = new Problems(file);
        Optional<AuditConfig> config = Fields.of(problems, "", source.root().get(), KEYS, Set.of())
            .map(f -> config(f, problems, ruleIds));
        return problems.any() ? new Result(Optional.empty(), problems.errors()) : new Result(config, List.of());
    }

    private static AuditConfig config(Fields f, Problems problems, List<String> ruleIds) {
        Thresholds d = Thresholds.DEFAULTS;
        Thresholds thresholds = f.value("thresholds")
            .flatMap(v -> Fields.of(problems, "thresholds", v, THRESHOLD_KEYS, Set.of()))
            .map(t -> new Thresholds(
                t.integer("max_presses_to_human", 0, 100).orElse(d.maxPressesToHuman()),
                t.integer("max_menu_width", 1, 100).orElse(d.maxMenuWidth()),
                t.integer("max_menu_depth", 0, 100).orElse(d.maxMenuDepth()),
                t.number("max_prompt_seconds", 0, 3600).orElse(d.maxPromptSeconds()),
                t.number("max_seconds_to_human", 0, 86400).orElse(d.maxSecondsToHuman())))
            .orElse(d);
        List<String> failOn = f.has("fail_on") ? new ArrayList<>() : List.of("error");
        for (Fields.Positioned token : f.textList("fail_on").orElse(List.of())) {
            if (isFailOnToken(token.text(), ruleIds)) {
                failOn.add(token.text());
            } else {
                problems.add(token.at(), "fail_on entry '" + token.text() + "' is neither a rule nor a severity"
                    + Spelling.suggestion(token.text(), ruleIds) + "; expected error, warning, note or a rule id");
            }
        }
        return new AuditConfig(thresholds, failOn, severities(f, problems, ruleIds), suppressions(f, problems, ruleIds));
    }

    /** Whether a {@code fail_on} entry is a severity word or a known rule id. */
    public static boolean isFailOnToken(String token, List<String> ruleIds) {
        return List.of("error", "warning", "note").contains(token) || ruleIds.contains(token);
    }

    private static Map<String, Severity> severities(Fields f, Problems problems, List<String> ruleIds) {
        Map<String, Severity> out = new HashMap<>();
        f.value("rules").flatMap(v -> Fields.of(problems, "rules", v, Set.copyOf(ruleIds), Set.of())).ifPresent(rules -> {
            for (NodeTuple entry : rules.entries()) {
                String rule = ((ScalarNode) entry.getKeyNode()).getValue();
                rules.oneOf(rule, RULE_SETTINGS).ifPresent(setting -> out.put(rule,
                    setting.equals("off") ? null : Severity.valueOf(setting.toUpperCase(Locale.ROOT))));
            }
        });
        return out;
    }

    private static List<Suppression> suppressions(Fields f, Problems problems, List<String> ruleIds) {
        List<Suppression> out = new ArrayList<>();
        for (Node item : f.sequence("suppress").orElse(List.of())) {
            Fields.of(problems, "suppress", item, Set.of("rule", "node", "reason"), Set.of("rule", "node", "reason"))
                .ifPresent(s -> {
                    Optional<String> rule = s.text("rule");
                    Optional<String> node = s.text("node");
                    Optional<String> reason = s.text("reason").filter(r -> !r.isBlank());
                    if (s.has("reason") && reason.isEmpty()) {
                        problems.add(s.at("reason"), "suppress: reason is blank; expected why this rule does not apply here");
                    }
                    rule.filter(r -> !ruleIds.contains(r)).ifPresent(r -> problems.add(s.at("rule"),
                        "suppress: rule '" + r + "' is not a rule" + Spelling.suggestion(r, ruleIds)
                            + "; expected one of " + String.join(", ", ruleIds)));
                    if (rule.isPresent() && node.isPresent() && reason.isPresent()) {
                        out.add(new Suppression(rule.get(), node.get(), reason.get(), s.at()));
                    }
                });
        }
        return out;
    }
}
