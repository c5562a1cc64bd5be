package io.ivraudit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the base trees of variant files ({@code extends}) may be: inside one folder, or anywhere
 * when {@link #root} is empty. Paths are compared as real paths (symbolic links resolved), so a
 * tree from an untrusted pull request cannot make the loader read files elsewhere on the machine,
 * not even through a link.
 */
public record Bases(Optional<Path> root) {
    /** Bases may be anywhere. */
    public static Bases anywhere() {
        return new Bases(Optional.empty());
    }

    /** Bases must be inside {@code folder}. */
    public static Bases inside(Path folder) {
        return new Bases(Optional.of(realPath(folder)));
    }

    /**
     * Bases must be inside the working directory's repository: the nearest folder at or above
     * the working directory that holds a {@code .git} entry, or the working directory itself
     * when there is none. The default, so library callers are safe without asking.
     */
    public static Bases workingRepository() {
        Path workingDirectory = realPath(Path.of(""));
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return inside(dir);
            }
        }
        return inside(workingDirectory);
    }

    /**
     * Where {@code path} really is, when it is named inside the working directory's repository
     * but goes through a symbolic link (the file itself, or a folder on the way) to a place
     * outside it: what a pull request can add to trick CI into reading or writing another file
     * on the machine. A path named outside the repository is the user's own choice and is never
     * reported. Works for paths not yet written (the nearest existing folder is resolved).
     */
    public static Optional<Path> linkedOutside(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Bases repository = workingRepository();
        Path real = realLocation(absolute);
        if (!repository.allows(asNamed(absolute)) || repository.allows(real)) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /**
     * The path as the user named it, with only the working directory's own links resolved (a
     * home folder behind a link is no trick), so it compares with the repository's real path.
     */
    private static Path asNamed(Path absolute) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory)
            ? realPath(workingDirectory).resolve(workingDirectory.relativize(absolute)).normalize() : absolute;
    }

    private static Path realLocation(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path rest = existing.relativize(absolute);
        return realPath(existing).resolve(rest).normalize();
    }

    /** Whether a base at {@code realPath} (symbolic links resolved) may be read. */
    public boolean allows(Path realPath) {
        return root.map(realPath::startsWith).orElse(true);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
