package io.ivraudit.imports.studio;

import static io.ivraudit.imports.studio.Studio.line;
import static io.ivraudit.imports.studio.Studio.menu;
import static io.ivraudit.imports.studio.Studio.node;
import static io.ivraudit.imports.studio.Studio.option;
import static io.ivraudit.imports.studio.Studio.phrases;
import static io.ivraudit.imports.studio.StudioExportsTest.assertEndsTheCall;
import static io.ivraudit.imports.studio.StudioExportsTest.assertNoPerson;
import static io.ivraudit.imports.studio.StudioExportsTest.entryMenu;
import static io.ivraudit.imports.studio.StudioExportsTest.keysOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each real Studio export becomes, checked by hand against its JSON. */
class StudioExportFactsTest {
    static Imported imported(String file) {
        return Studio.lower(TestData.STUDIO.resolve(file));
    }

    /**
     * The webinar IVR: one menu whose keys 1 to 3 (a split matching any of 1,2,3) text a demo
     * link through a function and then say goodbye; a wrong key or silence asks again.
     */
    @Test void theWebinarFlow() {
        Imported imported = imported("twilio-labs__sample-flows-github-actions__webinar-flow.json");
        Node.Menu menu = entryMenu(imported);
        assertEquals("gather-input", menu.id());
        assertEquals("Hey there, what demo would you like to know more?", menu.sayText());
        assertEquals(List.of("1", "2", "3"), keysOf(imported, menu.id()));
        assertEquals("Press 2 for Voice Notifications.", option(menu, "2").say());
        assertTrue(menu.options().stream().allMatch(o -> o.goTo().equals("say-play-1")));
        Node.Message goodbye = (Node.Message) node(imported, "say-play-1");
        assertEquals("Please check your text messages for the link to the demo.", goodbye.sayText());
        assertEquals("call-ends", goodbye.next());
        assertEquals(menu.id(), menu.invalidTarget());
        assertEquals(menu.id(), menu.timeoutTarget());
        assertEquals(5.0, menu.timeoutSeconds());
        assertEquals(Fate.CUT, line(imported, "send_demo_link", "error (fail)", "not modelled").fate());
        assertNoPerson(imported);
    }

    /**
     * Order lookup: an allow-list function's split on data decides whether the caller may go on;
     * the order number is entered (keys up to #) and handed to a function whose answer is the
     * number the call is forwarded to. A failed or refused caller hears an error and the call ends.
     */
    @Test void theOrderLookupFlow() {
        Imported imported = imported("mbarry-owl__OrderLookupIVR__flow.json");
        Node.Branch allowed = (Node.Branch) node(imported, Studio.tree(imported).entry());
        assertEquals(List.of("order-no", "error", "call-ends"), allowed.branches().stream().map(BranchArm::goTo).toList());
        line(imported, "allow_split", "", "splits on {{widgets.allow_list.parsed.matched}}, which callers do not choose");
        Node.Message entry = (Node.Message) node(imported, "order-no");
        assertEquals("Please enter the order number.", entry.sayText());
        line(imported, "order_no", "", "callers enter digits");
        Node.Branch entered = (Node.Branch) node(imported, entry.next());
        assertEquals(List.of("say-play-1", "call-ends"), entered.branches().stream().map(BranchArm::goTo).toList());
        Node.Handoff forward = (Node.Handoff) node(imported, ((Node.Message) node(imported, "say-play-1")).next());
        assertEquals("{{widgets.order_lookup.body}}", forward.address());
        assertEquals(Channel.PHONE, Studio.tree(imported).addresses().get(forward.address()).channel());
        assertEquals("call-ends", ((Node.Message) node(imported, "error")).next());
        assertNoPerson(imported);
    }

    /**
     * Twilio's Basic Example IVR template: the caller speaks a branch number (any key ends the
     * call), confirms it by yes or no, and the last split has no condition at all, so every
     * caller is told "I don't understand" and sent back: the template reaches nobody.
     */
    @Test void theBasicExampleIvrTemplate() {
        Imported imported = imported("gbernz__twilio-serverless-studio-flow-ivr-builder__flowtemplate.json");
        assertEquals("voice-greeting", Studio.tree(imported).entry());
        line(imported, "get_branch", "success (speech)", "to 'voice-confirmation'");
        line(imported, "get_branch", "", "callers enter a spoken answer");
        Node.Menu confirm = menu(imported, "voice-confirmation");
        assertEquals(List.of("yes", "no"), phrases(confirm));
        assertEquals("voice-thank-you", confirm.options().get(0).goTo());
        assertEquals("get-branch", confirm.options().get(1).goTo());
        assertEquals("voice-repeat", confirm.invalidTarget());
        assertEquals("voice-repeat", confirm.timeoutTarget());
        line(imported, "voice_confirmation", "no match (any key: keypress is not connected, so the call ends)",
            "a second no match way");
        Node.Branch check = (Node.Branch) node(imported, ((Node.Message) node(imported, "voice-thank-you")).next());
        assertEquals(List.of("voice-repeat"), check.branches().stream().map(BranchArm::goTo).toList());
        assertFalse(Studio.tree(imported).nodes().containsKey("sms-greeting"), "texts start no call");
        assertNoPerson(imported);
    }

    /**
     * Plastik, first prototype: "press 0 at anytime to speak to a customer representative", but
     * no 0 anywhere leads to a person: every 0 is connected to nothing, so the call ends. The
     * speech split reads {{become}}, no variable at all; the products menu's split reads its
     * own Choice, always empty, so callers there are only ever told they were not understood.
     */
    @Test void thePlastikFirstPrototype() {
        Imported imported = imported("sheikplastk__twilio-db-test__firstPrototype.json");
        Node.Menu main = entryMenu(imported);
        assertEquals("main-menu", main.id());
        assertEquals("Hello, Welcome to Plastik.", main.sayText());
        assertEquals(List.of("1", "2", "3", "4", "5", "0", "9"), keysOf(imported, "main-menu"));
        assertEquals("press 0 at anytime to speak to a customer representative,", option(main, "0").say());
        assertEndsTheCall(imported, "main-menu", "0", "main_menu");
        for (String menu : List.of("main-menu-failed", "promo-ending", "check-acc-menu", "become-member-gather", "acc-details-end")) {
            assertEquals("call-ends", option(menu(imported, menu), "0").goTo(), menu);
        }
        assertNoPerson(imported);
        assertEquals("main-menu-failed", main.invalidTarget());
        assertEquals("main-menu", main.timeoutTarget());
        line(imported, "main_menu", "any answer: speech leads to 'main_menu_speech', not to a split on this widget's SpeechResult",
            "a second no match way");
        line(imported, "product_ending_digit", "case '1' is never taken: {{widgets.product_ending_digit.Choice}} is always empty",
            "no call can take it");
        assertEquals("main-menu", option(menu(imported, "acc-details-end"), "9").goTo(), "' 9 ' is key 9");
        assertTrue(option(menu(imported, "promo-ending"), "9").hidden(), "the prompt offers the pound key, not 9");
        line(imported, "card_info_gather", "", "callers enter 4 digits");
        line(imported, "activation_final_gather", "no match (any key: keypress is not connected, so the call ends)", "call-ends");
        assertEquals("2", option(menu(imported, "main-menu-failed"), "0").phrase(), "saying 2 also ends the call");
    }

    /**
     * Plastik, second prototype: 0 now says "You will be redirected to our best rep" and forwards
     * to a phone number; key 6 (never announced) runs a function and returns to the menu; the
     * card and account issue menus announce 1, 9 and 0 but their splits take 1, 2 and 3.
     */
    @Test void thePlastikSecondPrototype() {
        Imported imported = imported("sheikplastk__twilio-db-test__firstPrototype2.json");
        Node.Menu main = entryMenu(imported);
        assertEquals(List.of("1", "2", "3", "4", "5", "0", "9", "6"), keysOf(imported, "main-menu"));
        assertTrue(option(main, "6").hidden());
        assertEquals("main-menu", option(main, "6").goTo(), "the function on key 6 succeeds back to the menu");
        assertEquals("call-say", option(main, "0").goTo());
        Node.Message rep = (Node.Message) node(imported, "call-say");
        assertEquals("You will be redirected to our best rep shortly.", rep.sayText());
        Node.Handoff handoff = (Node.Handoff) node(imported, rep.next());
        assertEquals("+12265059038", handoff.address());
        line(imported, "connect_call_1", "next (callCompleted)", "the call has left the flow");
        assertNoPerson(imported);
        assertTrue(option(menu(imported, "check-acc-menu"), "0").hidden());
        for (String issues : List.of("card-issues-gather", "account-issues-gather")) {
            Node.Menu menu = menu(imported, issues);
            assertEquals(List.of("1", "2", "3"), keysOf(imported, issues));
            assertTrue(option(menu, "2").hidden() && option(menu, "3").hidden(), issues);
            assertEquals("call-say", option(menu, "3").goTo());
            assertEquals("main-menu", menu.invalidTarget(), "the announced 9 and 0 are wrong keys");
        }
        Node.Menu rewards = menu(imported, "reward-menu");
        assertTrue(option(rewards, "2").hidden(), "the prompt says 'press to to'");
        assertEquals("call-ends", rewards.invalidTarget(), "a wrong key there ends the call");
        assertEquals(List.of("0", "9"), keysOf(imported, "activation-final-gather"));
        assertTrue(option(menu(imported, "activation-final-gather"), "9").hidden());
        assertEquals("products-no-answer", menu(imported, "products-ending").invalidTarget());
    }
}
