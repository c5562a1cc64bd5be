package io.ivraudit.imports.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two export shapes Studio has, the names a flow goes by, where calls start, and errors with positions. */
class TwilioStudioTest {
    static final String HELLO = """
        {
          "description": "Hello line",
          "states": [
            { "name": "Trigger", "type": "trigger", "properties": {},
              "transitions": [ { "event": "incomingMessage" }, { "event": "incomingCall", "next": "hello" } ] },
            { "name": "hello", "type": "say-play", "properties": { "say": "Hello." },
              "transitions": [ { "event": "audioComplete" } ] }
          ],
          "initial_state": "Trigger",
          "flags": { "allow_concurrent_calls": true }
        }
        """;

    @Test void itIsTwilioStudio() {
        assertEquals("twilio-studio", Studio.PLATFORM.id());
        assertEquals("Twilio Studio", Studio.PLATFORM.title());
    }

    @Test void itRecognisesTheFlowDefinitionAndTheRestResourceAndNothingElse() {
        String rest = "{ \"sid\": \"FW1\", \"friendly_name\": \"Main line\", \"definition\": " + HELLO + "}";
        assertTrue(Studio.PLATFORM.recognises(ExportDocument.read("a.json", HELLO)));
        assertTrue(Studio.PLATFORM.recognises(ExportDocument.read("b.json", rest)));
        assertFalse(Studio.PLATFORM.recognises(ExportDocument.read("c.yaml", "tree: t\nentry: main\nnodes: {}\n")));
        assertFalse(Studio.PLATFORM.recognises(ExportDocument.read("d.json", "{ \"states\": [] }")));
        assertFalse(Studio.PLATFORM.recognises(ExportDocument.read("e.json",
            "{ \"Version\": \"2019-10-30\", \"StartAction\": \"a\", \"Actions\": [] }")));
        assertFalse(Studio.PLATFORM.recognises(ExportDocument.read("f.json", "{ \"definition\": \"" + "x" + "\" }")));
    }

    @Test void theRestResourceIsNamedByItsFriendlyNameAndAnswersToItsSid() {
        String rest = "{ \"sid\": \"FW1\", \"friendly_name\": \"Main line\", \"definition\": " + HELLO + "}";
        Flow flow = Studio.PLATFORM.parse(ExportDocument.read("exports/main-line.json", rest)).flows().get(0);
        assertEquals("Main line", flow.name());
        assertEquals(Set.of("Main line", "FW1", "Hello line", "main-line"), flow.names());
        assertEquals("Twilio Studio", flow.platform());
        assertEquals("exports/main-line.json", flow.file());
    }

    @Test void aDefinitionIsNamedByItsDescriptionElseByItsFile() {
        assertEquals("Hello line", Studio.PLATFORM.parse(ExportDocument.read("x/hello.json", HELLO)).flows().get(0).name());
        String bare = HELLO.replace("\"description\": \"Hello line\",", "");
        Flow flow = Studio.PLATFORM.parse(ExportDocument.read("x/hello.flow.json", bare)).flows().get(0);
        assertEquals("hello.flow", flow.name());
        assertEquals(Set.of("hello.flow"), flow.names());
    }

    @Test void callsStartAtTheTriggersIncomingCall() {
        Flow flow = Studio.parse(HELLO).flows().get(0);
        assertEquals("hello", flow.entry());
        assertEquals(List.of("Trigger", "hello"), List.copyOf(flow.blocks().keySet()));
        Imported imported = Studio.lower(HELLO);
        assertEquals("hello", Studio.tree(imported).entry());
        Studio.line(imported, "hello", "next (audioComplete)", "connected to nothing: Twilio Studio ends the call here");
    }

    @Test void anInitialStateThatIsNoTriggerIsWhereCallsStart() {
        String json = HELLO.replace("\"initial_state\": \"Trigger\"", "\"initial_state\": \"hello\"");
        assertEquals("hello", Studio.parse(json).flows().get(0).entry());
    }

    @Test void aTriggerWithoutIncomingCallAnswersNoCalls() {
        String json = HELLO.replace("{ \"event\": \"incomingCall\", \"next\": \"hello\" }", "{ \"event\": \"incomingRequest\" }");
        LoadError error = onlyError(json);
        assertEquals(4, error.at().line());
        assertTrue(error.message().contains("has no incomingCall transition, so the flow answers no calls"), error.message());
    }

    @Test void anIncomingCallConnectedToNothingIsAnError() {
        LoadError error = onlyError(HELLO.replace("\"event\": \"incomingCall\", \"next\": \"hello\"", "\"event\": \"incomingCall\""));
        assertEquals(5, error.at().line());
        assertTrue(error.message().contains("incomingCall transition leads nowhere"), error.message());
        LoadError missing = onlyError(HELLO.replace("\"next\": \"hello\"", "\"next\": \"hallo\""));
        assertTrue(missing.message().contains("leads to 'hallo', which is not a state"), missing.message());
    }

    @Test void malformedExportsAreErrorsAtTheirLineAndColumn() {
        LoadError broken = onlyError("{\n  \"states\": [\n    { \"name\": \"a\" \"type\": \"say-play\" }\n  ]\n}\n");
        assertEquals(3, broken.at().line());
        LoadError notStudio = onlyError("{\n  \"nodes\": {}\n}\n");
        assertEquals(1, notStudio.at().line());
        assertTrue(notStudio.message().contains("expected a Twilio Studio flow export"), notStudio.message());
        LoadError initial = onlyError(HELLO.replace("\"initial_state\": \"Trigger\"", "\"initial_state\": \"Start\""));
        assertEquals(9, initial.at().line());
        assertTrue(initial.message().contains("initial_state 'Start' is not a state"), initial.message());
    }

    @Test void statesWithoutNamesTwiceNamedOrWithOddTransitionsAreErrors() {
        String json = """
            { "states": [
                { "name": "Trigger", "type": "trigger", "transitions": [ { "event": "incomingCall", "next": "a" } ] },
                { "type": "say-play" },
                { "name": "a", "type": "say-play", "transitions": "audioComplete" },
                { "name": "a", "type": "say-play" },
                { "name": "b", "type": "say-play", "transitions": [ { "next": "a" }, { "event": "x", "next": [] } ] }
              ],
              "initial_state": "Trigger" }
            """;
        List<LoadError> errors = Studio.parse(json).errors();
        assertEquals(List.of(3, 4, 5, 6, 6), errors.stream().map(e -> e.at().line()).toList(), errors.toString());
        List<String> messages = errors.stream().map(LoadError::message).toList();
        assertTrue(messages.get(0).contains("a state without a name or a type"), messages.toString());
        assertTrue(messages.get(1).contains("transitions that are not a list"), messages.toString());
        assertTrue(messages.get(2).contains("a second state named 'a'"), messages.toString());
        assertTrue(messages.get(3).contains("a transition without an event"), messages.toString());
        assertTrue(messages.get(4).contains("a transition's next that is not a widget name"), messages.toString());
    }

    @Test void anEmptyFileIsAnError() {
        Platform.Parsed parsed = Studio.parse("");
        assertTrue(parsed.flows().isEmpty());
        assertFalse(parsed.errors().isEmpty());
    }

    private static LoadError onlyError(String json) {
        Platform.Parsed parsed = Studio.parse(json);
        assertTrue(parsed.flows().isEmpty());
        assertEquals(1, parsed.errors().size(), parsed.errors().toString());
        return parsed.errors().get(0);
    }
}
