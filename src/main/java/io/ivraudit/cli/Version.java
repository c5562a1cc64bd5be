package io.ivraudit.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time. */
final class Version implements IVersionProvider {
    @Override public String[] getVersion() {
        return new String[] {"ivr-audit " + number()};
    }

    /** The version number, or "development" when not run from the built jar. */
    static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
