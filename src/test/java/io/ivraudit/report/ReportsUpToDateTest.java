package io.ivraudit.report;

import io.ivraudit.CliRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reports/ holds the reports of every sample tree, made by the README's command
 * ({@code java -jar target/ivr-audit.jar audit --report-dir reports trees/*.yaml}); this fails
 * when a change to the code or the trees leaves them out of date.
 */
class ReportsUpToDateTest {
    @TempDir Path fresh;

    @Test void theKeptReportsMatchWhatTheCommandMakesNow() throws IOException {
        List<String> trees;
        try (Stream<Path> files = Files.list(Path.of("trees"))) {
            trees = files.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList();
        }
        String[] args = Stream.concat(Stream.of("audit", "--report-dir", fresh.toString()), trees.stream()).toArray(String[]::new);
        assertEquals(0, CliRunner.run(args).exit());
        List<String> made;
        try (Stream<Path> files = Files.list(fresh)) {
            made = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> kept;
        try (Stream<Path> files = Files.list(Path.of("reports"))) {
            kept = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(made, kept, "reports/ has exactly the reports of trees/");
        for (String name : made) {
            assertEquals(Files.readString(fresh.resolve(name)), Files.readString(Path.of("reports", name)),
                "reports/" + name + " is out of date: run java -jar target/ivr-audit.jar audit --report-dir reports trees/*.yaml");
        }
    }
}
