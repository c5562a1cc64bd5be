package io.ivraudit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is on disk, after following symbolic links. It is found without opening the path,
 * so asking about a named pipe never blocks.
 */
public enum FileType {
    REGULAR("a regular file"),
    DIRECTORY("a directory"),
    FIFO("a named pipe (FIFO)"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("a special file");

    /** The file-type bits of a POSIX {@code st_mode}, and the values this enum tells apart. */
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO_BITS = 0010000;
    private static final int CHARACTER_DEVICE_BITS = 0020000;
    private static final int BLOCK_DEVICE_BITS = 0060000;
    private static final int SOCKET_BITS = 0140000;

    private final String words;

    FileType(String words) {
        this.words = words;
    }

    /** How messages name it: "a named pipe (FIFO)". */
    public String words() {
        return words;
    }

    /**
     * The type of what {@code path} leads to. Throws {@link java.nio.file.NoSuchFileException}
     * when nothing is there (a dangling link included).
     */
    public static FileType of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return special(path);
    }

    /** How messages name what {@code path} is, saying so when it is reached through a symbolic link. */
    public static String describe(Path path, FileType type) {
        return Files.isSymbolicLink(path) ? "a symbolic link to " + type.words() : type.words();
    }

    private static FileType special(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE_BITS) {
                case FIFO_BITS -> FIFO;
                case CHARACTER_DEVICE_BITS -> CHARACTER_DEVICE;
                case BLOCK_DEVICE_BITS -> BLOCK_DEVICE;
                case SOCKET_BITS -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return OTHER;
        }
    }
}
