package io.ivraudit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way ivr-audit reads a file a user named (trees, variant bases, configs, flow exports):
 * only a regular file, after following symbolic links, and never more than {@link #MAX_BYTES}.
 * The type is checked before the file is opened, because opening a named pipe blocks; the size
 * is checked first and the read is bounded too, because files such as those in {@code /proc}
 * report a size of 0.
 */
public final class InputFile {
    /** A phone tree is a few hundred KB at most; this leaves room for generated ones. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private InputFile() {}

    /** What reading a path gave: the file's bytes, or why it was not read. */
    public sealed interface Contents permits Bytes, Refused {}

    /** The whole file, at most {@link #MAX_BYTES}. */
    public record Bytes(byte[] bytes) implements Contents {}

    /** Why a path was not read. */
    public enum Reason { MISSING, NOT_A_FILE, TOO_LARGE, UNREADABLE, LINKED_OUTSIDE }

    /**
     * A path that was not read, with {@code what} it is in words: the type ("a named pipe
     * (FIFO)"), the size ("20.0 MB") or the system's reason.
     */
    public record Refused(Reason reason, String what) implements Contents {
        /** The message for a file that should have been {@code expected} ("a tree file (.yaml)"). */
        public String message(String expected) {
            return switch (reason) {
                case MISSING -> "no such file; expected a path to " + expected;
                case NOT_A_FILE -> "is " + what + "; expected " + expected;
                case TOO_LARGE -> "the file is " + what + "; expected " + expected + " of at most " + megabytes() + " MB";
                case UNREADABLE -> "cannot be read (" + what + "); expected " + expected + " that can be read";
                case LINKED_OUTSIDE -> "is a symbolic link to " + what + ", outside the repository; expected " + expected
                    + " inside it (name the file itself to read it on purpose)";
            };
        }
    }

    /** Reads {@code path} if it leads to a regular file of at most {@link #MAX_BYTES}. Cost: the file's size. */
    public static Contents read(Path path) {
        try {
            Optional<Path> outside = Bases.linkedOutside(path);
            if (outside.isPresent()) {
                return new Refused(Reason.LINKED_OUTSIDE, outside.get().toString());
            }
            FileType type = FileType.of(path);
            if (type != FileType.REGULAR) {
                return new Refused(Reason.NOT_A_FILE, FileType.describe(path, type));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return new Refused(Reason.TOO_LARGE, String.format(Locale.ROOT, "%.1f MB", size / 1e6));
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? new Refused(Reason.TOO_LARGE, "over " + megabytes() + " MB")
                    : new Bytes(bytes);
            }
        } catch (NoSuchFileException e) {
            return new Refused(Reason.MISSING, "no such file");
        } catch (IOException e) {
            return new Refused(Reason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static long megabytes() {
        return MAX_BYTES / (1024 * 1024);
    }
}
