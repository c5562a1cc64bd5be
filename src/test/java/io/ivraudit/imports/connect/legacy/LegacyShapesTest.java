package io.ivraudit.imports.connect.legacy;

import static io.ivraudit.imports.connect.legacy.LegacyFixture.FILES;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.LEGACY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import io.ivraudit.TestData;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Platforms;
import io.ivraudit.imports.connect.AmazonConnect;
import io.ivraudit.imports.studio.TwilioStudio;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which documents are legacy exports, what a file that cannot be read gives, and where blocks are placed. */
class LegacyShapesTest {
    @TempDir Path dir;

    @Test void legacyExportsAreRecognisedAndNothingElseIs() throws IOException {
        try (Stream<Path> files = Stream.of(Files.list(FILES), Files.list(TestData.CONNECT), Files.list(TestData.STUDIO),
                Files.list(Path.of("trees"))).flatMap(s -> s)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).toList()) {
                ExportDocument document = ExportDocument.read(file);
                boolean legacy = file.startsWith(FILES);
                assertEquals(legacy, LEGACY.recognises(document), file.toString());
                if (legacy) {
                    assertFalse(new AmazonConnect().recognises(document), file.toString());
                    assertFalse(new TwilioStudio().recognises(document), file.toString());
                    assertSame(LEGACY.getClass(), Platforms.of(document).orElseThrow().getClass());
                }
            }
        }
        assertFalse(LEGACY.recognises(ExportDocument.read("f.json", "{\"modules\": [], \"Actions\": [], \"start\": \"a\"}")));
        assertFalse(LEGACY.recognises(ExportDocument.read("f.json", "{\"modules\": {}, \"start\": \"a\"}")));
        assertFalse(LEGACY.recognises(ExportDocument.read("f.json", "{\"modules\": []}")));
        assertTrue(LEGACY.recognises(ExportDocument.read("f.json", "{\"modules\": [], \"start\": \"a\"}")),
            "type and version are usually there, but not always");
        assertEquals("amazon-connect-legacy", LEGACY.id());
        assertEquals("Amazon Connect (legacy export)", LEGACY.title());
        assertTrue(Platforms.byId("amazon-connect-legacy").isPresent());
    }

    private static List<String> errors(String json) {
        Platform.Parsed parsed = LegacyFixture.parse("bad.json", json);
        assertTrue(parsed.flows().isEmpty());
        return parsed.errors().stream().map(LoadError::toString).toList();
    }

    @Test void filesThatCannotBeReadGiveErrorsAtTheirLinesAndColumns() {
        assertEquals(List.of("bad.json:1:1: found a list; expected an Amazon Connect legacy export (a JSON object with modules and start)"),
            errors("[1, 2]\n"));
        assertEquals(List.of("bad.json:2:3: found a module without id and type; expected each module to be an object with an id and a type",
                "bad.json:3:3: found 'x' among the modules; expected each module to be an object with an id and a type",
                "bad.json:4:11: start 'nope' is not a module; expected the id of one"),
            errors("{\"modules\": [\n  {\"type\": \"PlayPrompt\"},\n  \"x\"],\n \"start\": \"nope\"}\n"));
        assertEquals(List.of("bad.json:2:3: a second module with id 'a'; expected ids to be unique"),
            errors("{\"start\": \"a\", \"modules\": [{\"id\": \"a\", \"type\": \"Disconnect\"},\n  {\"id\": \"a\", \"type\": \"Loop\"}]}"));
        assertEquals(List.of("bad.json:1:1: found no start; expected the id of the module calls start at"),
            errors("{\"modules\": [{\"id\": \"a\", \"type\": \"Disconnect\"}]}"));
        assertEquals(List.of("bad.json:1:13: modules is not a list; expected the flow's modules as a list"),
            errors("{\"modules\": {\"id\": \"a\"}, \"start\": \"a\"}"));
        assertEquals(List.of("bad.json:1:1: modules is not a list; expected the flow's modules as a list"),
            errors("{\"Version\": \"2019-10-30\", \"StartAction\": \"a\", \"Actions\": []}"));
        String truncated = errors("{\"modules\": [\n").get(0);
        assertTrue(truncated.startsWith("bad.json:2:1: ") && truncated.endsWith("; expected valid JSON"), truncated);
        assertEquals(List.of("bad.json:1:1: the file has no YAML content; expected a flow export (a JSON object)"), errors(""),
            "the reader's own words for an empty file");
    }

    @Test void blocksAndExitsArePlacedWhereTheFileWritesThem() {
        var flow = LegacyFixture.flow("{\"start\": \"m\",\n \"modules\": [\n  {\"id\": \"m\", \"type\": \"GetUserInput\",\n"
            + "   \"branches\": [{\"condition\": \"Evaluate\", \"conditionType\": \"Equals\", \"conditionValue\": \"1\", \"transition\": \"m\"},\n"
            + "     {\"condition\": \"NoMatch\", \"transition\": \"m\"}],\n   \"parameters\": [{\"name\": \"Text\", \"value\": \"Press 1.\"}]}]}");
        var menu = flow.blocks().get("m");
        assertEquals(new SourcePosition("legacy.json", 3, 3), menu.at());
        assertEquals(new SourcePosition("legacy.json", 4, 17), menu.exits().get(0).at());
        assertEquals(new SourcePosition("legacy.json", 5, 6), menu.exits().get(1).at());
    }

    /** A malformed legacy file on the command line: exit 2, each problem at its line and column. */
    @Test void aMalformedFileIsExit2WithItsPosition() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"modules\": [\n  {\"id\": \"a\", \"type\": \"PlayPrompt\"},\n  {\"type\": \"Disconnect\"}\n],"
            + " \"start\": \"a\"}\n");
        CliRunner.Run check = CliRunner.run("check", bad.toString());
        assertEquals(2, check.exit(), check.out());
        assertTrue(check.err().contains(bad + ":3:3: found a module without id and type; expected each module to be an object "
            + "with an id and a type"), check.err());
        CliRunner.Run imported = CliRunner.run("import", "--from", "amazon-connect-legacy", "--out", dir.resolve("t.yaml").toString(),
            bad.toString());
        assertEquals(2, imported.exit());
        assertTrue(imported.err().contains(bad + ":3:3: "), imported.err());
        assertFalse(Files.exists(dir.resolve("t.yaml")));
        Path flowLanguage = TestData.CONNECT.resolve("aws-samples__amazon-connect-rules-engine__RulesEngineError.json");
        CliRunner.Run forced = CliRunner.run("import", "--from", "amazon-connect-legacy", flowLanguage.toString());
        assertEquals(2, forced.exit());
        assertTrue(forced.err().contains("modules is not a list; expected the flow's modules as a list"), forced.err());
    }
}
