package io.ivraudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place errors reach the user: bad input prints its lines and exits 2; anything else
 * is a bug, printed as one line (the stack trace only with {@code IVR_AUDIT_DEBUG=1}), exit 3.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    @Override public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof BadInput bad) {
            bad.lines().forEach(cli.getErr()::println);
            return BAD_INPUT;
        }
        cli.getErr().println("ivr-audit: internal error: " + e + " (a bug; please report it with the input)");
        if ("1".equals(System.getenv("IVR_AUDIT_DEBUG"))) {
            e.printStackTrace(cli.getErr());
        }
        return INTERNAL_ERROR;
    }
}
