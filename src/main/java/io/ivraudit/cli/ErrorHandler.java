package io.ivraudit.cli;

import io.ivraudit.text.Printable;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place errors reach the user: bad input prints its lines (control characters escaped,
 * so a name from a tree cannot add a line) and exits 2; output that never
 * reached stdout (a closed pipe, a full disk) exits 2 too; anything else is a bug, printed as one
 * line (the stack trace only with {@code IVR_AUDIT_DEBUG=1}), exit 3.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;
    static final String STDOUT_FAILED = "stdout: cannot be written (a closed pipe or a full disk), so the output is "
        + "incomplete; expected a writable standard output";

    @Override public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof BadInput bad) {
            bad.lines().forEach(line -> cli.getErr().println(Printable.of(line)));
            return BAD_INPUT;
        }
        cli.getErr().println(Printable.of("ivr-audit: internal error: " + e) + " (a bug; please report it with the input)");
        if ("1".equals(System.getenv("IVR_AUDIT_DEBUG"))) {
            e.printStackTrace(cli.getErr());
        }
        return INTERNAL_ERROR;
    }

    /**
     * The exit code of a run once {@code ran} (the commands on the command line) have printed:
     * print writers and {@code System.out} keep write errors to themselves, so they are asked
     * for here, once, after flushing (picocli's writer sits on {@code System.out}, which would
     * hide them from it). A failed stdout makes a run that would have exited 0 or 1 exit 2.
     */
    static int checkStdout(List<CommandLine> ran, int exit) {
        boolean failed = false;
        for (CommandLine command : ran) {
            failed |= command.getOut().checkError();
        }
        failed |= System.out.checkError();
        if (!failed || exit == INTERNAL_ERROR) {
            return exit;
        }
        ran.get(0).getErr().println(STDOUT_FAILED);
        return BAD_INPUT;
    }
}
