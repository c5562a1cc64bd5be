package io.ivraudit.imports.asterisk;

/**
 * Where a Goto, a branch of a GotoIf or a key leads, as far as the dial plan says before the call:
 * a block of the same flow, another flow (a context, or a context entered elsewhere than its
 * start), or nowhere that can be followed, with the reason.
 */
sealed interface Jump {
    /** A block of the flow being built. */
    record Here(String blockId) implements Jump {}

    /** Another flow, by the name it is linked by. */
    record Away(String flow) implements Jump {}

    /**
     * Nowhere the import can follow: a place that does not exist (Asterisk hangs up there) or one
     * set at run time.
     *
     * @param written the place as the dial plan writes it
     * @param why     what happens there and why it cannot be followed
     */
    record Nowhere(String written, String why) implements Jump {}
}
