package io.ivraudit.imports;

import io.ivraudit.model.Channel;

/**
 * What a block does for a caller, in the words of a phone tree rather than of its platform. A
 * switch over the cases is exhaustive, so a new kind of step breaks the build where it must be
 * lowered.
 */
public sealed interface Step {
    /** Words or a recording played, then {@link Exit.Kind#NEXT}. */
    record Play(String words, boolean recording) implements Step {}

    /**
     * A menu: the prompt, then the caller's choice ({@link Exit.Kind#KEY} or
     * {@link Exit.Kind#PHRASE} exits), a wrong answer ({@code NO_MATCH}), silence
     * ({@code TIMEOUT}) or a system error ({@code ERROR}).
     *
     * @param dynamic        the prompt is built from data at run time, so what it announces is unknown
     * @param speech         callers speak (a bot or speech recognition) rather than press keys
     * @param timeoutSeconds how long the menu waits for input, if the export says
     * @param tries          how many times the menu is played in all before a wrong answer or
     *                       silence takes its {@code NO_MATCH} or {@code TIMEOUT} exit (the platform
     *                       re-prompts until then: FreeSWITCH's {@code max-failures}, Genesys'
     *                       repeat count); {@code null}: the exit is taken at the first one
     */
    record Ask(String prompt, boolean dynamic, boolean speech, Double timeoutSeconds, Integer tries) implements Step {
        /** A menu that takes its no-match or time-out exit at the first wrong answer or silence. */
        public Ask(String prompt, boolean dynamic, boolean speech, Double timeoutSeconds) {
            this(prompt, dynamic, speech, timeoutSeconds, null);
        }
    }

    /**
     * The caller enters data (an account number, a PIN, a date): {@code SUCCESS} when it is
     * accepted, {@code FAILURE}, {@code TIMEOUT} or {@code NO_MATCH} when it is not.
     */
    record Collect(String prompt, String what) implements Step {}

    /** A person: the call is put in this queue (or rung through to an agent). Calls end here. */
    record Person(String queue) implements Step {}

    /** The caller is sent outside the flow: a phone number, a text message, a web page. Calls end here. */
    record Forward(String address, Channel channel) implements Step {}

    /**
     * The call moves to another flow, named as the export names it (a name, an id, an ARN).
     *
     * @param returns the other flow is a sub-flow: where it ends, the call comes back and goes
     *                on by this block's {@link Exit.Kind#NEXT} exit (Studio's Run Subflow)
     */
    record Link(String flow, boolean returns) implements Step {
        /** A transfer for good: the call does not come back (Connect's TransferToFlow). */
        public Link(String flow) {
            this(flow, false);
        }
    }

    /** The platform hangs up, after these words if any. */
    record Hangup(String words) implements Step {}

    /** An hours-of-operation check: {@link Exit.Kind#OPEN} and {@link Exit.Kind#CLOSED}. */
    record Hours() implements Step {}

    /**
     * A split: {@link Exit.Kind#CASE} exits, and a default ({@code NO_MATCH}). On data callers do
     * not choose (an attribute, a lookup's result) each case is taken an equal share of the time.
     * A split that compares the input a caller gave at a menu elsewhere in the flow names that
     * menu in {@code inputOf}: the key that led the caller here then decides which case is taken.
     *
     * @param reads   what the split compares, as the export writes it
     * @param inputOf the id of the {@link Ask} block whose input it compares, or {@code null}
     */
    record Split(String reads, String inputOf) implements Step {}

    /** A block with no meaning for a caller (set a variable, log, call a function): followed through. */
    record Pass() implements Step {}
}
