package io.ivraudit;

import io.ivraudit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process as a user would, capturing stdout and stderr. */
public final class CliRunner {
    private CliRunner() {}

    /** What a run gave: its exit code and what it printed. */
    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }
}
