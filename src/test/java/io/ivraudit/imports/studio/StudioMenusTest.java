package io.ivraudit.imports.studio;

import static io.ivraudit.imports.studio.Studio.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gather Input On Call widgets as callers meet them: menus of keys or phrases, and data entry. */
class StudioMenusTest {
    /** A gather {@code menu} whose keypress goes to {@code first}, and whose speech Studio does not listen for. */
    static String gather(String properties, String first) {
        return """
              { "name": "menu", "type": "gather-input-on-call", "properties": { %s },
                "transitions": [ { "event": "keypress", "next": "%s" }, { "event": "speech" },
                                 { "event": "timeout", "next": "menu" } ] },
              { "name": "sales", "type": "send-to-flex", "properties": { "workflow": "WW1",
                "attributes": "{\\"queue\\": \\"sales\\"}" }, "transitions": [ { "event": "callComplete" } ] },
              { "name": "billing", "type": "say-play", "properties": { "say": "Pay online." },
                "transitions": [ { "event": "audioComplete" } ] },
            """.formatted(properties, first);
    }

    static String split(String name, String input, String... keyThenTarget) {
        StringBuilder matches = new StringBuilder();
        for (int i = 0; i < keyThenTarget.length; i += 2) {
            matches.append(", { \"event\": \"match\", \"next\": \"").append(keyThenTarget[i + 1])
                .append("\", \"conditions\": [ { \"type\": \"equal_to\", \"value\": \"").append(keyThenTarget[i])
                .append("\", \"arguments\": [ \"").append(input).append("\" ] } ] }");
        }
        return """
              { "name": "%s", "type": "split-based-on", "properties": { "input": "%s" },
                "transitions": [ { "event": "noMatch", "next": "menu" }%s ] }
            """.formatted(name, input, matches);
    }

    private static final String PROMPT = "\"say\": \"Press 1 for sales. Press 2 for billing.\", \"number_of_digits\": 1";

    @Test void aSplitOnTheGathersDigitsThroughSetVariablesAndAFilterGivesTheMenusKeys() {
        Imported imported = Studio.lower(flow("menu", gather(PROMPT, "keep") + """
              { "name": "keep", "type": "set-variables", "properties": { "variables": [
                  { "key": "choice", "value": "{{widgets.menu.Digits}}" } ] },
                "transitions": [ { "event": "next", "next": "log" } ] },
              { "name": "log", "type": "run-function", "properties": {},
                "transitions": [ { "event": "success", "next": "choose" }, { "event": "fail", "next": "billing" } ] },
            """ + split("choose", "{{flow.variables.choice | strip}}", "1", "sales", "2", "billing")));
        Node.Menu menu = Studio.menu(imported, "menu");
        assertEquals(List.of("1", "2"), Studio.keys(menu));
        assertEquals("Press 1 for sales.", menu.options().get(0).say());
        assertEquals("queue-ww1-queue-sales", menu.options().get(0).goTo());
        assertEquals("menu", menu.invalidTarget());
        assertEquals(Fate.CUT, Studio.line(imported, "menu", "error (log.fail)", "not a caller's choice").fate());
        Studio.line(imported, "menu", "no match (noMatch of choose)", "to 'menu'");
    }

    @Test void aKeyThatIsTheFinishKeyIsNoOption() {
        String states = gather(PROMPT + ", \"finish_on_key\": \"#\"", "choose")
            + split("choose", "{{widgets.menu.Digits}}", "1", "sales", "#", "billing");
        Imported imported = Studio.lower(flow("menu", states));
        assertEquals(List.of("1"), Studio.keys(Studio.menu(imported, "menu")));
        Studio.line(imported, "menu", "key # (pressing # ends the input; it cannot select an option)", "no call can take it");
        Imported noFinishKey = Studio.lower(flow("menu", states.replace("\"finish_on_key\": \"#\"", "\"finish_on_key\": \"\"")));
        assertEquals(List.of("1", "#"), Studio.keys(Studio.menu(noFinishKey, "menu")));
        Imported byDefault = Studio.lower(flow("menu", states.replace(", \"finish_on_key\": \"#\"", "")));
        assertEquals(List.of("1"), Studio.keys(Studio.menu(byDefault, "menu")), "Studio's finish key is # by default");
    }

    @Test void keysOfSeveralDigitsOrNoSingleKeyAreNoOptions() {
        String states = gather(PROMPT, "choose") + """
              { "name": "choose", "type": "split-based-on", "properties": { "input": "{{widgets.menu.Digits}}" },
                "transitions": [ { "event": "noMatch", "next": "menu" },
                  { "event": "match", "next": "sales", "conditions": [ { "type": "matches_any_of", "value": "1, 12" } ] },
                  { "event": "match", "next": "billing", "conditions": [ { "type": "not_equal_to", "value": "1" } ] } ] }
            """;
        Imported imported = Studio.lower(flow("menu", states));
        assertEquals(List.of("1"), Studio.keys(Studio.menu(imported, "menu")));
        Studio.line(imported, "menu", "key 12", "is not one key");
        Studio.line(imported, "menu", "key not_equal_to 1 (matches no single key)", "is not one key");
    }

    @Test void speechMenusTakeEqualContainsAnyOfAndPatternsAsPhrases() {
        String states = """
              { "name": "menu", "type": "gather-input-on-call",
                "properties": { "say": "Say billing, agent, sales or orders.", "timeout": 8 },
                "transitions": [ { "event": "keypress" }, { "event": "speech", "next": "heard" },
                                 { "event": "timeout", "next": "billing" } ] },
              { "name": "heard", "type": "split-based-on", "properties": { "input": "{{widgets.menu.SpeechResult | downcase}}" },
                "transitions": [ { "event": "noMatch", "next": "menu" },
                  { "event": "match", "next": "billing", "conditions": [ { "type": "equal_to", "value": "Billing" } ] },
                  { "event": "match", "next": "sales", "conditions": [ { "type": "contains", "value": "agent" } ] },
                  { "event": "match", "next": "sales", "conditions": [ { "type": "matches_any_of", "value": "sales,orders" } ] },
                  { "event": "match", "next": "billing", "conditions": [ { "type": "regex", "value": ".*(s(i|í)|y).*" } ] } ] },
            """ + gather(PROMPT, "menu").substring(gather(PROMPT, "menu").indexOf("{ \"name\": \"sales\""));
        Imported imported = Studio.lower(flow("menu", states.strip().replaceAll(",$", "")));
        Node.Menu menu = Studio.menu(imported, "menu");
        assertEquals(List.of("billing", "agent", "sales", "orders", ".*(s(i|í)|y).* (a regular expression)"),
            Studio.phrases(menu));
        assertEquals(8.0, menu.timeoutSeconds());
        assertEquals("menu", menu.invalidTarget(), "a wrong answer goes to the split's noMatch, not to the key that ends the call");
        assertEquals("billing", menu.timeoutTarget());
        Studio.line(imported, "menu", "no match (any key: keypress is not connected, so the call ends)",
            "a second no match way");
    }

    @Test void aSplitOnAnotherGathersDigitsIsDecidedByWhatCallersPressedThere() {
        String states = """
              { "name": "main", "type": "gather-input-on-call",
                "properties": { "say": "Press 1 for sales. Press 2 for billing.", "number_of_digits": 1 },
                "transitions": [ { "event": "keypress", "next": "main_split" }, { "event": "timeout", "next": "main" } ] },
              { "name": "main_split", "type": "split-based-on", "properties": { "input": "{{widgets.main.Digits}}" },
                "transitions": [ { "event": "noMatch", "next": "main" },
                  { "event": "match", "next": "sales", "conditions": [ { "type": "equal_to", "value": "1" } ] },
                  { "event": "match", "next": "sub", "conditions": [ { "type": "equal_to", "value": "2" } ] } ] },
              { "name": "sub", "type": "gather-input-on-call",
                "properties": { "say": "Press 1 to pay. Press 2 for a person. Press star to go back.", "finish_on_key": "" },
                "transitions": [ { "event": "keypress", "next": "sub_split" }, { "event": "timeout", "next": "sub" } ] },
              { "name": "sub_split", "type": "split-based-on", "properties": { "input": "{{widgets.main.Digits}}" },
                "transitions": [ { "event": "noMatch", "next": "sub" },
                  { "event": "match", "next": "billing", "conditions": [ { "type": "equal_to", "value": "1" } ] },
                  { "event": "match", "next": "sales", "conditions": [ { "type": "equal_to", "value": "2" } ] },
                  { "event": "match", "next": "main", "conditions": [ { "type": "equal_to", "value": "*" } ] } ] },
            """ + gather(PROMPT, "main").substring(gather(PROMPT, "main").indexOf("{ \"name\": \"sales\""));
        Imported imported = Studio.lower(flow("main", states.strip().replaceAll(",$", "")));
        Node.Message sub = (Node.Message) Studio.node(imported, "sub");
        Node.Branch decided = (Node.Branch) Studio.node(imported, sub.next());
        assertEquals(List.of(new BranchArm(1, "queue-ww1-queue-sales", decided.at())), decided.branches(),
            "callers reach the sub-menu only after pressing 2 at the main menu, so its split always takes case 2");
        Studio.line(imported, "sub_split", "", "compares {{widgets.main.Digits}}, the input of 'main' and not of the menu before it");
        Studio.line(imported, "sub_split", "case '*'", "can never be taken");
        Studio.line(imported, "sub_split", "case '1'", "can never be taken");
        Studio.line(imported, "sub", "", "a menu with no choice a caller can make");
    }

    @Test void severalDigitsAreDataEntryAndTheSplitOnThemSplitsOnData() {
        String states = gather("\"say\": \"Enter your 5 digit zip code.\", \"number_of_digits\": 5", "zip")
            + split("zip", "{{widgets.menu.Digits}}", "10001", "sales", "0", "billing");
        Imported imported = Studio.lower(flow("menu", states));
        Node.Message entry = (Node.Message) Studio.node(imported, "menu");
        assertEquals("Enter your 5 digit zip code.", entry.sayText());
        Node.Branch result = (Node.Branch) Studio.node(imported, entry.next());
        assertEquals(0.9, result.branches().get(0).share(), 1e-9);
        Studio.line(imported, "menu", "", "callers enter 5 digits");
        Studio.line(imported, "zip", "", "splits on {{widgets.menu.Digits}}, which callers do not choose");
        Imported unset = Studio.lower(flow("menu", states.replace(", \"number_of_digits\": 5", "")));
        Studio.line(unset, "menu", "", "callers enter digits");
    }

    @Test void aPromptBuiltFromDataOrARecordingHidesNothing() {
        String split = split("choose", "{{widgets.menu.Digits}}", "1", "sales", "2", "billing");
        Imported liquid = Studio.lower(flow("menu", gather("\"say\": \"Hello {{flow.data.name}}.\"", "choose") + split));
        assertTrue(Studio.menu(liquid, "menu").options().stream().noneMatch(Option::hidden));
        Imported recording = Studio.lower(flow("menu", gather("\"play\": \"https://example.com/menu.mp3\"", "choose") + split));
        assertTrue(Studio.menu(recording, "menu").options().stream().noneMatch(Option::hidden));
        Imported words = Studio.lower(flow("menu", gather("\"say\": \"Press 1 for sales.\"", "choose") + split));
        assertTrue(Studio.option(Studio.menu(words, "menu"), "2").hidden());
    }

    @Test void anInputOfOnlyKeysOrOnlySpeechIsAllStudioListensFor() {
        String states = """
              { "name": "menu", "type": "gather-input-on-call",
                "properties": { "say": "Press 1 or say sales.", "input": "dtmf" },
                "transitions": [ { "event": "keypress", "next": "keys" }, { "event": "speech", "next": "words" } ] },
            """ + split("keys", "{{widgets.menu.Digits}}", "1", "sales") + ","
            + split("words", "{{widgets.menu.SpeechResult}}", "sales", "sales") + ","
            + gather(PROMPT, "menu").substring(gather(PROMPT, "menu").indexOf("{ \"name\": \"sales\""));
        String json = flow("menu", states.strip().replaceAll(",$", ""));
        Imported keysOnly = Studio.lower(json);
        assertEquals(List.of("1"), Studio.keys(Studio.menu(keysOnly, "menu")));
        assertTrue(Studio.phrases(Studio.menu(keysOnly, "menu")).isEmpty());
        Studio.line(keysOnly, "menu", "speech: the input is 'dtmf', so Studio does not listen for speech", "");
        Imported speechOnly = Studio.lower(json.replace("\"input\": \"dtmf\"", "\"input\": \"speech\""));
        assertEquals(List.of("sales"), Studio.phrases(Studio.menu(speechOnly, "menu")));
        assertTrue(Studio.keys(Studio.menu(speechOnly, "menu")).isEmpty());
        Studio.line(speechOnly, "menu", "keypress: the input is 'speech', so Studio does not listen for keys", "");
    }

    @Test void speechThatIsNotConnectedIsNotListenedFor() {
        Imported imported = Studio.lower(flow("menu", gather(PROMPT, "choose")
            + split("choose", "{{widgets.menu.Digits}}", "1", "sales", "2", "billing")));
        assertEquals(Fate.CUT, Studio.line(imported, "menu", "speech is not connected, so Studio does not listen for speech",
            "").fate());
        assertFalse(Studio.menu(imported, "menu").options().stream().anyMatch(o -> o.phrase() != null));
    }
}
