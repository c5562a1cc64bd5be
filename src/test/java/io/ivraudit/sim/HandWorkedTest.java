package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.load.LoadResult;
import io.ivraudit.load.TreeLoader;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Tiny trees whose figures are worked out by hand here; exact to 1e-12, and sampled within 5 standard errors. */
class HandWorkedTest {
    private static final long CALLERS = 200_000;

    static CompiledTree compile(String yaml) {
        LoadResult result = TreeLoader.load("t.yaml", yaml);
        assertTrue(result.ok(), () -> result.errors().toString());
        return CompiledTree.of(result.tree().orElseThrow());
    }

    /** Checks exact shares to 1e-12 and sampled shares within 5 standard errors. */
    static Figures assertShares(CompiledTree tree, Map<Outcome, Double> shares) {
        Figures exact = ExactSolver.solve(tree);
        Figures sampled = MonteCarlo.run(tree, CALLERS, 1, 2, new AtomicLong());
        for (Outcome outcome : Outcome.values()) {
            double want = shares.getOrDefault(outcome, 0.0);
            assertEquals(want, exact.overall().outcomes().get(outcome).share(), 1e-12, "exact " + outcome);
            double se = Math.sqrt(Math.max(0, want * (1 - want)) / CALLERS);
            double got = sampled.overall().outcomes().get(outcome).share();
            assertTrue(Math.abs(got - want) <= 5 * se + 1.0 / CALLERS, "sampled " + outcome + ": " + got + " vs " + want);
        }
        return exact;
    }

    @Test void aTwoOptionMenu() {
        Figures f = assertShares(compile("""
            entry: m
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m:
                type: menu
                say: Hello there.
                options:
                  - { key: 1, say: Press one., intents: [x], goto: agent }
                  - { key: 2, say: Press two., goto: bye }
              agent: { type: human, hold_seconds: 10 }
              bye: { type: hangup }
            """), Map.of(Outcome.HUMAN, 0.95, Outcome.DEAD_END, 0.05));
        assertEquals(1.0, f.overall().hopsToHuman().mean().orElseThrow(), 1e-12);
        assertEquals(0.8 + 0.8 + 10, f.overall().secondsToHuman().mean().orElseThrow(), 1e-12,
            "the menu's words, the first option's words, then the hold");
        assertEquals(1.0, f.overall().rightHumanShare().orElseThrow(), 1e-12);
        assertEquals(0.95 * 1.6 + 0.05 * (0.8 + 0.8 + 0.8), f.overall().secondsInTree(), 1e-12,
            "IVR time: what callers heard before the person, or before the hang-up");
    }

    @Test void aHiddenZeroThatOnlySavvyCallersHear() {
        assertShares(compile("""
            entry: m
            caller: { savvy: 0.5, zero_out: 0.4, give_up: 0.2, wait_out: 0 }
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m:
                type: menu
                options:
                  - { key: 1, goto: bye }
                  - { key: 0, goto: agent, hidden: true }
              agent: { type: human }
              bye: { type: hangup }
            """),
            // Lost callers: 0.4 try for a person (the hidden 0 works for everyone, SPEC's fallback),
            // 0.2 give up, 0.4 guess among what they know: non-savvy only know 1, savvy split 1 and 0.
            Map.of(Outcome.HUMAN, 0.5 * 0.4 + 0.5 * (0.4 + 0.2), Outcome.ABANDONED, 0.2,
                Outcome.DEAD_END, 0.5 * 0.4 + 0.5 * 0.2));
    }

    private static final String CHAIN = """
        entry: m1
        caller: { patience: %d }
        intents: { x: { weight: 1, resolved_by: [agent] } }
        nodes:
          m1: { type: menu, options: [ { key: 1, intents: [x], goto: m2 } ] }
          m2: { type: menu, options: [ { key: 1, intents: [x], goto: m3 } ] }
          m3: { type: menu, options: [ { key: 1, intents: [x], goto: agent } ] }
          agent: { type: human }
        """;

    @Test void patienceCutsCallsOffAtTheMenuPastIt() {
        assertShares(compile(CHAIN.formatted(2)), Map.of(Outcome.ABANDONED, 1.0));
        Figures enough = assertShares(compile(CHAIN.formatted(3)), Map.of(Outcome.HUMAN, 1.0));
        assertEquals(3.0, enough.overall().hopsToHuman().max().orElseThrow());
    }

    @Test void anInvalidChoiceRepeatsTheMenuAndCountsAsASelection() {
        Figures f = assertShares(compile("""
            entry: m
            caller: { patience: 3, savvy: 0, zero_out: 0, give_up: 0.5, wait_out: 0 }
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m: { type: menu, options: [ { key: 5, goto: agent, hidden: true } ] }
              agent: { type: human }
            """), Map.of(Outcome.ABANDONED, 1.0));
        assertEquals(0.5 + 0.25 + 0.125, f.overall().menuSelectionsPerCall(), 1e-12,
            "each visit: half give up, half press an invalid key and hear the menu again, up to patience 3");
    }

    @Test void anInvalidChoiceCanLeadToAPerson() {
        Figures f = assertShares(compile("""
            entry: m
            caller: { savvy: 0, zero_out: 0, give_up: 0.5, wait_out: 0 }
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m: { type: menu, say: One two three four five., options: [ { key: 5, goto: agent, hidden: true } ], on_invalid: agent }
              agent: { type: human }
            """), Map.of(Outcome.HUMAN, 0.5, Outcome.ABANDONED, 0.5));
        assertEquals(2.0, f.overall().secondsToHuman().mean().orElseThrow(), 1e-12, "an invalid choice costs the whole announcement");
    }

    @Test void aSilentCallerWaitsOutTheMenuAndGoesToItsTimeoutRoute() {
        Figures f = assertShares(compile("""
            entry: m
            caller: { savvy: 0, zero_out: 0.2, give_up: 0.1, wait_out: 0.3 }
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m:
                type: menu
                say: One two three four five.
                options: [ { key: 1, say: Press one now., goto: bye } ]
                on_invalid: bye
                on_timeout: agent
                timeout_seconds: 4
              agent: { type: human, hold_seconds: 10 }
              bye: { type: hangup }
            """),
            // Lost (no option names x) and no human option: zero_out falls back to an invalid choice (bye),
            // give_up hangs up, wait_out waits in silence (agent), the rest guess key 1 (bye).
            Map.of(Outcome.HUMAN, 0.3, Outcome.ABANDONED, 0.1, Outcome.DEAD_END, 0.2 + 0.4));
        assertEquals(2.0 + 1.2 + 4 + 10, f.overall().secondsToHuman().mean().orElseThrow(), 1e-12,
            "silence costs the whole announcement and the time-out, then the hold");
        assertEquals(1.0, f.overall().hopsToHuman().mean().orElseThrow(), 1e-12, "a silent choice is a selection");
    }

    @Test void withoutOnTimeoutSilenceGoesWhereAWrongKeyGoes() {
        assertShares(compile("""
            entry: m
            caller: { savvy: 0, zero_out: 0, give_up: 0, wait_out: 0.25 }
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m: { type: menu, options: [ { key: 1, goto: bye } ], on_invalid: agent }
              agent: { type: human }
              bye: { type: hangup }
            """), Map.of(Outcome.HUMAN, 0.25, Outcome.DEAD_END, 0.75));
    }

    @Test void aBranchSplitsCallsByShare() {
        Figures f = assertShares(compile("""
            entry: hours
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              hours: { type: branch, branches: [ { share: 0.7, goto: agent }, { share: 0.3, goto: closed } ] }
              agent: { type: human, hold_seconds: 60 }
              closed: { type: message, say: We are closed., next: bye }
              bye: { type: hangup }
            """), Map.of(Outcome.HUMAN, 0.7, Outcome.DEAD_END, 0.3));
        assertEquals(0.0, f.overall().hopsToHuman().mean().orElseThrow(), 1e-12);
        assertEquals(60.0, f.overall().secondsToHuman().mean().orElseThrow(), 1e-12);
        assertEquals(0.3, f.nodeEnds().get("bye"), 1e-12);
        assertEquals(1.0, f.nodeVisits().get("hours"), 1e-12);
    }

    @Test void handoffsEndHandedOffOrInADeadChannel() {
        assertShares(compile("""
            tree: shop
            entry: m
            caller: { misroute: 0 }
            intents:
              a: { weight: 1, resolved_by: [] }
              b: { weight: 3, resolved_by: [] }
            addresses:
              help@shop.example: { channel: email, replies: monitored }
              "+1800": { channel: phone, routes_to: shop }
            nodes:
              m: { type: menu, options: [ { key: 1, intents: [a], goto: mail }, { key: 2, intents: [b], goto: call } ] }
              mail: { type: handoff, address: help@shop.example }
              call: { type: handoff, address: "+1800" }
            """), Map.of(Outcome.HANDED_OFF, 0.25, Outcome.DEAD_CHANNEL, 0.75));
    }
}
