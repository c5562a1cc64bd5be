package io.ivraudit.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time. */
final class Version implements IVersionProvider {
    @Override public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"ivr-audit " + (version == null ? "(development build)" : version)};
    }
}
