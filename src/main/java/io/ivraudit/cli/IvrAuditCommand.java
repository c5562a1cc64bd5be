package io.ivraudit.cli;

import picocli.CommandLine.Command;

/** The top-level command: lists the commands. */
@Command(name = "ivr-audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Audit phone trees (IVRs): find buried humans, dead ends and traps, "
        + "and measure what they cost callers.",
    subcommands = {ValidateCommand.class, AuditCommand.class, CheckCommand.class, SimulateCommand.class, RankCommand.class, DiffCommand.class, StaffCommand.class, ImportCommand.class,
        GraphCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all good", "1:a check failed", "2:bad input or usage", "3:an internal error (a bug)"})
final class IvrAuditCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
