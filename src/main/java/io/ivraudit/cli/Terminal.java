package io.ivraudit.cli;

/** Whether output goes to a person at a terminal: colour and progress only then. */
final class Terminal {
    private Terminal() {}

    /** Colour when printing to a terminal, unless {@code NO_COLOR} is set or the terminal is dumb. */
    static boolean colour(Output output) {
        return output.out == null && System.console() != null && System.getenv("NO_COLOR") == null
            && !"dumb".equals(System.getenv("TERM"));
    }
}
