package io.ivraudit.imports;

/**
 * The guesses an import needs that no flow export holds.
 *
 * @param openShare    the share of calls that find the centre open at an hours check (default 0.7)
 * @param entrySuccess the share of callers whose data entry (account number, PIN) is accepted (default 0.9)
 * @param entryFlow    the flow calls start in, by name ({@code --entry}); {@code null}: the platform's
 *                     default ({@link Platform#defaultEntry}), else the one no other flow transfers to
 */
public record ImportOptions(double openShare, double entrySuccess, String entryFlow) {
    /** The defaults. */
    public static final ImportOptions DEFAULTS = new ImportOptions(0.7, 0.9, null);

    /** The same options, starting calls in this flow. */
    public ImportOptions withEntryFlow(String flow) {
        return new ImportOptions(openShare, entrySuccess, flow);
    }
}
