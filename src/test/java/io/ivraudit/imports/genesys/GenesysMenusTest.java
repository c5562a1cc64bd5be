package io.ivraudit.imports.genesys;

import static io.ivraudit.imports.genesys.Archy.flow;
import static io.ivraudit.imports.genesys.Archy.inbound;
import static io.ivraudit.imports.genesys.Archy.line;
import static io.ivraudit.imports.genesys.Archy.lower;
import static io.ivraudit.imports.genesys.Archy.node;
import static io.ivraudit.imports.genesys.Archy.nodes;
import static io.ivraudit.imports.genesys.Archy.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Archy's menus, each mapping on a small flow written here: keys, speech, global choices, settings, default choice. */
class GenesysMenusTest {
    private static final String MAIN = """
        startUpRef: /inboundCall/menus/menu[Main_1]
        initialGreeting:
          tts: Welcome to Acme.
        settingsMenu:
          menuSelectionTimeout:
            lit:
              seconds: 7
          repeatCount:
            lit: 2
        menus:
          - menu:
              name: Main Menu
              refId: Main_1
              audio:
                tts: For billing, press 1. For sales, press star. To hear this again, press pound.
              choices:
                - menuTransferToAcd:
                    name: Billing
                    dtmf: digit_1
                    targetQueue:
                      lit:
                        name: Billing
                - menuTransferToAcd:
                    name: Sales
                    dtmf: digit_star
                    targetQueue:
                      lit:
                        name: Sales
                - menuRepeat:
                    name: Again
                    dtmf: digit_pound
                - menuTransferToAcd:
                    name: Billing again
                    dtmf: digit_0
                    targetQueue:
                      lit:
                        name: Billing
        """;

    private static Step.Ask ask(Flow flow, String block) {
        return assertInstanceOf(Step.Ask.class, flow.blocks().get(block).step());
    }

    private static List<String> keys(Node.Menu menu) {
        return menu.options().stream().map(Option::key).toList();
    }

    @Test void theGreetingPlaysThenTheStartUpMenuWithItsKeysAndOnePersonPerQueue() {
        Tree tree = tree(inbound(MAIN));
        Node.Message greeting = node(tree, tree.entry(), Node.Message.class);
        assertEquals("Welcome to Acme.", greeting.sayText());
        Node.Menu menu = node(tree, greeting.next(), Node.Menu.class);
        assertEquals("main-menu", menu.id());
        assertEquals(List.of("1", "*", "#", "0"), keys(menu));
        assertEquals(List.of(false, false, false, true), menu.options().stream().map(Option::hidden).toList(),
            "0 is never announced");
        assertEquals("queue-billing", menu.options().get(0).goTo());
        assertEquals("queue-billing", menu.options().get(3).goTo(), "one person per queue");
        assertEquals("Sales", node(tree, menu.options().get(1).goTo(), Node.Human.class).queue());
        assertEquals(menu.id(), menu.options().get(2).goTo(), "menuRepeat plays the menu again");
        assertEquals(7.0, menu.timeoutSeconds());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(menu.invalidTarget()), "no default choice: disconnected");
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
    }

    @Test void repeatCountIsHowManyTimesThePromptPlaysInAll() {
        assertEquals(2, ask(flow(inbound(MAIN)), "Main Menu").tries(), "the flow's repeatCount");
        String defaults = MAIN.replaceAll("(?s)settingsMenu:.*?lit: 2\n", "");
        assertEquals(3, ask(flow(inbound(defaults)), "Main Menu").tries(), "Genesys' default: 3");
        assertEquals(10.0, ask(flow(inbound(defaults)), "Main Menu").timeoutSeconds(), "Genesys' default: 10 s");
        String perMenu = MAIN.replace("      choices:\n", """
                  settingsMenu:
                    repeatCount:
                      lit: 5
                    menuSelectionTimeout:
                      noValue: true
                  choices:
            """);
        assertEquals(5, ask(flow(inbound(perMenu)), "Main Menu").tries(), "a menu's own repeatCount");
        assertEquals(7.0, ask(flow(inbound(perMenu)), "Main Menu").timeoutSeconds(), "noValue: the flow's");
    }

    @Test void aWrongKeyAndSilenceGoToTheDefaultChoiceOnceTheRepeatsRunOut() {
        String yaml = inbound(MAIN.replace("      choices:\n", "      defaultChildMenuRef: ./choices/menuTransferToAcd[Sales_9]\n"
            + "      choices:\n").replace("            name: Sales\n", "            name: Sales\n            refId: Sales_9\n"));
        Imported imported = lower(flow(yaml));
        Tree tree = imported.tree().orElseThrow();
        Node.Menu menu = node(tree, "main-menu", Node.Menu.class);
        assertEquals("queue-sales", menu.invalidTarget());
        assertEquals("queue-sales", menu.timeoutTarget());
        assertEquals(Fate.MAPPED, line(imported, "Main Menu", "no match (after 2 plays with no valid choice: the default "
            + "choice Sales_9)").fate());
        Imported without = lower(flow(inbound(MAIN)));
        assertTrue(line(without, "Main Menu", "timeout (after 2 plays with no valid choice: no default choice, so the call "
            + "is disconnected)").detail().startsWith("connected to nothing: Genesys Cloud Architect ends the call here"));
    }

    @Test void speechTermsArePhrasesJoinedWithTheirKey() {
        String yaml = inbound("""
            startUpRef: ./menus/menu[m]
            menus:
              - menu:
                  name: Speech Menu
                  refId: m
                  audio:
                    tts: For billing, press 1 or say billing. How can I help?
                  choices:
                    - menuTransferToAcd:
                        name: Billing
                        dtmf: digit_1
                        targetQueue:
                          lit:
                            name: Billing
                        speechRecTerms:
                          en-us:
                            terms:
                              - billing
                    - menuDisconnect:
                        name: Bye
                        speechRecTerms:
                          en-us:
                            terms:
                              - goodbye
            """);
        assertTrue(ask(flow(yaml), "Speech Menu").speech());
        Node.Menu menu = node(tree(yaml), "speech-menu", Node.Menu.class);
        assertEquals("1", menu.options().get(0).key());
        assertEquals("billing", menu.options().get(0).phrase());
        assertEquals("goodbye", menu.options().get(1).phrase());
        assertFalse(menu.options().get(1).hidden(), "speech recognition understands what callers say");
        String off = yaml.replace("startUpRef", "settingsSpeechRec:\n    asrEnabledOnFlow: false\n  startUpRef");
        Imported imported = lower(flow(off));
        assertNull(node(imported.tree().orElseThrow(), "speech-menu", Node.Menu.class).options().get(0).phrase());
        assertEquals(Fate.CUT, line(imported, "Speech Menu", "phrase 'billing': speech recognition is off in this flow "
            + "(asrEnabledOnFlow: false)").fate());
    }

    private static final String TWO_MENUS = """
        startUpRef: ./menus/menu[main]
        menus:
          - menu:
              name: Main
              refId: main
              audio:
                tts: For support, press 1. For an agent, press 0.
              choices:
                - menuJumpToMenu:
                    name: To support
                    dtmf: digit_1
                    targetMenuRef: ./menus/menu[support]
                - menuTransferToAcd:
                    name: Agent
                    dtmf: digit_0
                    globalDtmf: true
                    globalSpeechRecTerms: true
                    targetQueue:
                      lit:
                        name: Front Desk
                    speechRecTerms:
                      en-us:
                        terms:
                          - agent
          - menu:
              name: Support
              refId: support
              audio:
                tts: For internet, press 1. To go back, press star. To hear this again, press 9.
              choices:
                - menuTransferToAcd:
                    name: Internet
                    dtmf: digit_1
                    targetQueue:
                      lit:
                        name: Internet
                - menuPreviousMenu:
                    name: Back
                    dtmf: digit_star
                - menuRepeat:
                    name: Repeat
                    dtmf: digit_9
        """;

    @Test void aGlobalChoiceWorksFromEveryMenuThatDoesNotUseItsKey() {
        Tree tree = tree(inbound(TWO_MENUS));
        Node.Menu support = node(tree, "support", Node.Menu.class);
        assertEquals(List.of("1", "*", "9", "0"), keys(support));
        Option zero = support.options().get(3);
        assertEquals("queue-front-desk", zero.goTo());
        assertEquals("agent", zero.phrase(), "its global speech term joins its key");
        assertTrue(zero.hidden(), "the support menu never announces 0");
        assertEquals("queue-internet", support.options().get(0).goTo(), "the menu's own 1 wins over any global 1");
    }

    @Test void jumpsToMenusThePreviousMenuAndRepeat() {
        Tree tree = tree(inbound(TWO_MENUS));
        Node.Menu main = node(tree, "main", Node.Menu.class);
        Node.Menu support = node(tree, "support", Node.Menu.class);
        assertEquals(support.id(), main.options().get(0).goTo(), "menuJumpToMenu, followed through");
        assertEquals(main.id(), support.options().get(1).goTo(), "menuPreviousMenu: the one menu that leads here");
        assertEquals(support.id(), support.options().get(2).goTo(), "menuRepeat");
    }

    @Test void thePreviousMenuOfAMenuSeveralMenusLeadToIsAGuessedSplit() {
        String yaml = inbound(TWO_MENUS.replace("        - menuTransferToAcd:\n            name: Agent",
            "        - menuJumpToMenu:\n            name: Also support\n            dtmf: digit_2\n"
                + "            targetMenuRef: ./menus/menu[support]\n        - menuTransferToAcd:\n            name: Agent") + """
              - menu:
                  name: Other
                  refId: other
                  choices:
                    - menuJumpToMenu:
                        name: Other to support
                        dtmf: digit_1
                        targetMenuRef: ./menus/menu[support]
            """);
        Flow flow = flow(yaml);
        Step.Split split = assertInstanceOf(Step.Split.class, flow.blocks().get("Back").step());
        assertEquals("the menu the caller came from", split.reads());
        assertEquals(List.of("Main", "Other"), flow.blocks().get("Back").exits().stream().map(e -> e.target()).toList());
    }

    @Test void aPromptOfLiteralAudioIsKnownWordsAndOneBuiltFromDataIsDynamic() {
        String literal = inbound(MAIN.replace("tts: For billing, press 1. For sales, press star. To hear this again, press pound.",
            "exp: AudioPlaybackOptions(Append(ToAudioBlank(500), ToAudioTTS(\"For billing, press 1.\")), true)"));
        Step.Ask known = ask(flow(literal), "Main Menu");
        assertEquals("For billing, press 1.", known.prompt());
        assertFalse(known.dynamic());
        assertTrue(node(tree(literal), "main-menu", Node.Menu.class).options().get(1).hidden(), "star is not announced");
        String data = inbound(MAIN.replace("tts: For billing, press 1. For sales, press star. To hear this again, press pound.",
            "exp: AudioPlaybackOptions(ToAudioTTS(Append(\"Hello \", Flow.Name, \". For billing, press 1.\")), true)"));
        Step.Ask dynamic = ask(flow(data), "Main Menu");
        assertTrue(dynamic.dynamic());
        assertEquals("Hello  . For billing, press 1.", dynamic.prompt(), "the literals as far as they go");
        assertTrue(node(tree(data), "main-menu", Node.Menu.class).options().stream().noneMatch(Option::hidden),
            "a prompt built from data may announce anything");
        String recording = inbound(MAIN.replace("tts: For billing, press 1. For sales, press star. To hear this again, press pound.",
            "lit:\n          name: Prompt.MainMenu"));
        Step.Ask recorded = ask(flow(recording), "Main Menu");
        assertNull(recorded.prompt(), "a recording's words are unknown");
        assertTrue(node(tree(recording), "main-menu", Node.Menu.class).options().stream().noneMatch(Option::hidden));
    }

    @Test void everyKeyWordIsOneKey() {
        StringBuilder choices = new StringBuilder();
        List<String> words = List.of("digit_0", "digit_1", "digit_2", "digit_3", "digit_4", "digit_5", "digit_6", "digit_7",
            "digit_8", "digit_9", "digit_star", "digit_pound");
        for (String word : words) {
            choices.append("        - menuDisconnect:\n            name: ").append(word).append("\n            dtmf: ")
                .append(word).append('\n');
        }
        Tree tree = tree(inbound("startUpRef: ./menus/menu[m]\nmenus:\n  - menu:\n      name: Keys\n      refId: m\n"
            + "      choices:\n" + choices));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"),
            keys(node(tree, "keys", Node.Menu.class)));
        assertEquals("#", Menus.key("digit_pound"));
        assertEquals("digit_x", Menus.key("digit_x"), "not one key: the lowering cuts it and says so");
    }

    @Test void aSubMenuChoiceIsAMenuOfItsOwn() {
        String yaml = inbound("""
            startUpRef: ./menus/menu[m]
            menus:
              - menu:
                  name: Top
                  refId: m
                  audio:
                    tts: For more, press 5.
                  choices:
                    - menuSubMenu:
                        name: More
                        dtmf: digit_5
                        audio:
                          tts: For the manager, press 1.
                        choices:
                          - menuTransferToUser:
                              name: Manager
                              dtmf: digit_1
                              targetUser:
                                lit:
                                  name: Pat Lee
            """);
        Tree tree = tree(yaml);
        Node.Menu more = node(tree, node(tree, "top", Node.Menu.class).options().get(0).goTo(), Node.Menu.class);
        assertEquals("user Pat Lee", node(tree, more.options().get(0).goTo(), Node.Human.class).queue());
        assertEquals(2, nodes(tree, Node.Menu.class).size());
    }
}
