package io.ivraudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}: where a command's result goes, written by {@link OutputFile} (whole or not
 * at all, never replacing anything but a regular file). Printed results are checked once, after
 * the command, by {@link Main}.
 */
final class Output {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
        description = "write the result to FILE instead of printing it (a file is replaced whole; a device or named "
            + "pipe is written into)")
    Path out;

    /** Prints {@code content}, or writes it to the {@code --out} file. */
    void write(String content, PrintWriter stdout) {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        OutputFile.write(out, content, "--out");
    }
}
