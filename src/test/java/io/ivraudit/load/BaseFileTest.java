package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A variant's base is read only inside the allowed folder, and only when it is a tree; nothing else of it is shown. */
class BaseFileTest {
    private static final String SECRET = "root:$6$hunter2-do-not-print:19000:0:99999:7:::";

    @TempDir Path dir;

    private List<String> errors(Path variant, Bases bases) {
        LoadResult result = TreeLoader.load(variant, bases);
        assertFalse(result.ok());
        List<String> errors = result.errors().stream().map(LoadError::toString).toList();
        assertFalse(errors.toString().contains("hunter2"), errors.toString());
        return errors;
    }

    @Test void aSecretInsideTheAllowedFolderIsNamedButNotQuoted() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve(".env"), "DB_PASSWORD=hunter2\n");
        Path variant = Files.writeString(repo.resolve("v.yaml"), "title: t\nextends: .env\n");
        assertEquals(List.of(variant + ":2:10: extends '.env': that file is not a tree (its content is text, not a "
            + "mapping with entry and nodes); expected the path of a base tree"), errors(variant, Bases.inside(repo)));
        Files.writeString(repo.resolve("shadow"), SECRET + "\n");
        Files.writeString(variant, "extends: shadow\n");
        assertEquals(List.of(variant + ":1:10: extends 'shadow': that file is not a tree (its content is a mapping with "
            + "none of entry, nodes, intents and extends); expected the path of a base tree"),
            errors(variant, Bases.inside(repo)), "a line ending in ':' makes YAML read the file as a mapping");
    }

    @Test void aMappingWithoutATreesKeysIsNotQuotedEither() throws IOException {
        Files.writeString(dir.resolve("secrets.yaml"), "password: hunter2\n");
        Path variant = Files.writeString(dir.resolve("v.yaml"), "extends: secrets.yaml\n");
        assertEquals(List.of(variant + ":1:10: extends 'secrets.yaml': that file is not a tree (its content is a mapping "
            + "with none of entry, nodes, intents and extends); expected the path of a base tree"),
            errors(variant, Bases.inside(dir)));
    }

    @Test void aBaseOutsideTheAllowedFolderIsRefusedEvenThroughALink() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path secret = Files.writeString(dir.resolve("shadow"), SECRET + "\n");
        Path variant = Files.writeString(repo.resolve("v.yaml"), "extends: ../shadow\n");
        String outside = "; expected a base tree inside the repository (use --allow-outside-base to allow it)";
        assertEquals(List.of(variant + ":1:10: extends '../shadow': outside " + repo.toRealPath() + outside),
            errors(variant, Bases.inside(repo)));
        Files.createSymbolicLink(repo.resolve("base.yaml"), secret);
        Files.writeString(variant, "extends: base.yaml\n");
        assertEquals(List.of(variant + ":1:10: extends 'base.yaml': outside " + repo.toRealPath() + outside),
            errors(variant, Bases.inside(repo)));
    }

    @Test void byDefaultOnlyTheWorkingDirectorysRepositoryIsAllowed() throws IOException {
        Files.writeString(dir.resolve("shadow"), SECRET + "\n");
        Path variant = Files.writeString(dir.resolve("v.yaml"), "extends: shadow\n");
        LoadResult result = TreeLoader.load(variant);
        assertTrue(result.errors().get(0).message().contains(": outside "), result.errors().toString());
        assertTrue(Path.of("").toRealPath().startsWith(Bases.workingRepository().root().orElseThrow()));
        assertTrue(Bases.anywhere().allows(dir));
    }

    @Test void aBrokenBaseIsPointedAtWithoutItsText() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "entry: [ hunter2\n");
        Path variant = Files.writeString(dir.resolve("v.yaml"), "extends: broken.yaml\n");
        assertEquals(List.of(variant + ":1:10: extends 'broken.yaml': that file is not a tree (it cannot be read as "
            + "YAML: see its line 2, column 1); expected the path of a base tree"), errors(variant, Bases.anywhere()));
    }
}
