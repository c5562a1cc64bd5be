package io.ivraudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The {@code ivr-audit} program: runs a command and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args);
        } catch (Error e) {
            System.err.println("ivr-audit: internal error: " + e + " (a bug, or too little memory for the input; "
                + "please report it with the input)");
            exit = ErrorHandler.INTERNAL_ERROR;
        }
        System.exit(exit);
    }

    /** Runs the command line and returns the exit code (0 ok, 1 a check failed, 2 bad input). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, shared by {@link #run} and tests that capture output. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new IvrAuditCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setExecutionStrategy(Main::executeAndCheckStdout);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** Runs the last command given (or prints the help asked for), then checks that what it printed reached stdout. */
    private static int executeAndCheckStdout(ParseResult parsed) {
        int exit = new CommandLine.RunLast().execute(parsed);
        return ErrorHandler.checkStdout(parsed.asCommandLineList(), exit);
    }
}
