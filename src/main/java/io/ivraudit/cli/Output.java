package io.ivraudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}: where a command's result goes. Files are written whole or not at all (a
 * temporary file beside the target, then a move), so a failed run never leaves a partial file.
 */
final class Output {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
        description = "write the result to FILE instead of printing it")
    Path out;

    /** Prints {@code content}, or writes it to the {@code --out} file atomically. */
    void write(String content, PrintWriter stdout) {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new BadInput(out + ": is a directory; expected a file path for --out");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInput(out + ": the folder " + dir + " does not exist; expected --out in an existing folder");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new BadInput(out + ": cannot be written (" + e.getMessage() + "); expected a writable path for --out");
        }
    }

    /** Temporary files are private; the result, like any file a tool writes, is readable by others (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their own defaults
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original error is the one worth reporting
        }
    }
}
