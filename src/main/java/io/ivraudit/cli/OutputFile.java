package io.ivraudit.cli;

import io.ivraudit.load.Bases;
import io.ivraudit.load.FileType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The one writer of the files a command is asked for ({@code --out}, {@code --report-dir},
 * {@code --suggest-out}). A regular file or a new path is written whole or not at all (a
 * temporary file beside it, then a move); through a symbolic link, the file it leads to is
 * replaced and the link stays, unless it leads out of the repository (a link a pull request
 * added, to make CI overwrite another file); a device or named pipe is written into, as a
 * shell's {@code >} would. Nothing but a regular file is ever replaced.
 */
final class OutputFile {
    /** More links than this in a row is a loop, as the kernel's own limit says. */
    private static final int MAX_LINKS = 40;

    private OutputFile() {}

    /** Writes {@code content} to {@code path}, named by {@code option} in messages. */
    static void write(Path path, String content, String option) {
        Optional<Path> outside = Bases.linkedOutside(path);
        if (outside.isPresent()) {
            throw new BadInput(path + ": is a symbolic link (or in a linked folder) to " + outside.get()
                + ", outside the repository; expected " + option + " to name a file inside it, or the real path "
                + "to write there on purpose");
        }
        Path target = followLinks(path, option);
        Optional<FileType> type = typeOf(target, path, option);
        if (type.isEmpty() || type.get() == FileType.REGULAR) {
            replace(path, target, content, option);
        } else if (type.get() == FileType.CHARACTER_DEVICE || type.get() == FileType.BLOCK_DEVICE
                || type.get() == FileType.FIFO) {
            into(path, target, content, option);
        } else {
            throw new BadInput(path + ": is " + FileType.describe(path, type.get()) + "; expected a file path for "
                + option);
        }
    }

    /**
     * Writes {@code content} to the file {@code name} in {@code dir}, refusing a name that is no
     * single file name there (a tree id such as {@code ../x} names the file).
     */
    static void writeInFolder(Path dir, String name, String content, String option) {
        if (name.contains("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new BadInput(option + " " + dir + ": the file name '" + name + "' (from the tree id) is not a plain "
                + "file name; expected a tree id without /, \\ or NUL");
        }
        write(dir.resolve(name), content, option);
    }

    /** Where {@code path} leads, link by link, even when the last link points at a file not yet written. */
    private static Path followLinks(Path path, String option) {
        Path target = path.toAbsolutePath();
        try {
            for (int links = 0; Files.isSymbolicLink(target); links++) {
                if (links == MAX_LINKS) {
                    throw new BadInput(path + ": more than " + MAX_LINKS + " symbolic links in a row; expected a file "
                        + "path for " + option);
                }
                target = target.resolveSibling(Files.readSymbolicLink(target));
            }
        } catch (IOException e) {
            throw cannotWrite(path, e, option);
        }
        return target.normalize();
    }

    private static Optional<FileType> typeOf(Path target, Path path, String option) {
        try {
            return Optional.of(FileType.of(target));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw cannotWrite(path, e, option);
        }
    }

    private static void replace(Path path, Path target, String content, String option) {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInput(path + ": the folder " + dir + " does not exist; expected " + option
                + " in an existing folder");
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
            throw cannotWrite(path, e, option);
        }
    }

    /** Writes into a device or a named pipe without creating, truncating or replacing it (a pipe waits for its reader). */
    private static void into(Path path, Path target, String content, String option) {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw cannotWrite(path, e, option);
        }
    }

    private static BadInput cannotWrite(Path path, IOException e, String option) {
        String reason = e instanceof FileSystemException fs
            ? Optional.ofNullable(fs.getReason()).orElse(e.getClass().getSimpleName() + ": " + fs.getFile())
            : e.getMessage();
        return new BadInput(path + ": cannot be written (" + reason + "); expected a writable path for " + option);
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
