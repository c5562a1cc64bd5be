package io.ivraudit.cli;

import io.ivraudit.audit.Rules;
import io.ivraudit.load.ConfigLoader;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Thresholds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Option;

/**
 * How a run audits each tree: the repository's {@code .ivr-audit.yaml} (found by walking up from
 * the tree file, or named with {@code --config}), overridden by threshold flags. A threshold given
 * as a flag also makes its rule fail the check: asking for a limit means enforcing it.
 */
final class AuditSettings {
    @Option(names = "--config", paramLabel = "FILE",
        description = "the audit config to use (default: the nearest " + ConfigLoader.FILE_NAME + " above each tree)")
    Path config;

    @Option(names = "--max-presses-to-human", paramLabel = "N", description = "buried-human limit (default 2)")
    Integer maxPressesToHuman;

    @Option(names = "--max-seconds-to-human", paramLabel = "S",
        description = "slow-to-human limit: listening plus hold to the right person (default 600)")
    Double maxSecondsToHuman;

    @Option(names = "--max-menu-width", paramLabel = "N", description = "wide-menu limit (default 5)")
    Integer maxMenuWidth;

    @Option(names = "--max-menu-depth", paramLabel = "N", description = "deep-tree limit (default 4)")
    Integer maxMenuDepth;

    @Option(names = "--max-prompt-seconds", paramLabel = "S", description = "long-prompt limit (default 20)")
    Double maxPromptSeconds;

    @Option(names = "--fail-on", split = ",", paramLabel = "RULE|SEVERITY",
        description = "rule ids or a severity (error, warning, note: that or worse) whose findings fail the check "
            + "(default: the config's fail_on, else error)")
    List<String> failOn;

    /** Configs read so far, by file; concurrent because a batch audits its trees in parallel. */
    private final Map<Optional<Path>, AuditConfig> loaded = new ConcurrentHashMap<>();

    /** The config for one tree file. */
    AuditConfig forTree(Path treeFile) {
        Optional<Path> file = config != null ? Optional.of(config) : ConfigLoader.find(treeFile);
        AuditConfig base = loaded.computeIfAbsent(file, f -> f.map(AuditSettings::load).orElse(AuditConfig.DEFAULTS));
        return withFlags(base);
    }

    private static AuditConfig load(Path file) {
        ConfigLoader.Result result = ConfigLoader.load(file, Rules.ids());
        if (!result.errors().isEmpty()) {
            throw new BadInput(result.errors().stream().map(LoadError::toString).toList());
        }
        return result.config().orElseThrow();
    }

    private AuditConfig withFlags(AuditConfig base) {
        Thresholds t = base.thresholds();
        Set<String> gates = new LinkedHashSet<>(failOn != null ? checkedFailOn() : base.failOn());
        if (maxPressesToHuman != null) {
            gates.add("buried-human");
        }
        if (maxSecondsToHuman != null) {
            gates.add("slow-to-human");
        }
        if (maxMenuWidth != null) {
            gates.add("wide-menu");
        }
        if (maxMenuDepth != null) {
            gates.add("deep-tree");
        }
        if (maxPromptSeconds != null) {
            gates.add("long-prompt");
        }
        Thresholds thresholds = new Thresholds(
            positive(maxPressesToHuman, t.maxPressesToHuman(), "--max-presses-to-human"),
            positive(maxMenuWidth, t.maxMenuWidth(), "--max-menu-width"),
            positive(maxMenuDepth, t.maxMenuDepth(), "--max-menu-depth"),
            positive(maxPromptSeconds, t.maxPromptSeconds(), "--max-prompt-seconds"),
            positive(maxSecondsToHuman, t.maxSecondsToHuman(), "--max-seconds-to-human"));
        return new AuditConfig(thresholds, new ArrayList<>(gates), base.severities(), base.suppressions());
    }

    private List<String> checkedFailOn() {
        for (String token : failOn) {
            if (!ConfigLoader.isFailOnToken(token, Rules.ids())) {
                throw new BadInput("--fail-on: '" + token + "' is neither a rule nor a severity; expected error, "
                    + "warning, note or one of " + String.join(", ", Rules.ids()));
            }
        }
        return failOn;
    }

    private static <N extends Number> N positive(N flag, N configured, String name) {
        if (flag == null) {
            return configured;
        }
        if (flag.doubleValue() < 0) {
            throw new BadInput(name + ": " + flag + " is negative; expected 0 or more");
        }
        return flag;
    }
}
