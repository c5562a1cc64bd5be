package io.ivraudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project's version, written by Maven into a filtered resource at build time. */
final class Version implements IVersionProvider {
    private static final String RESOURCE = "/io/ivraudit/version.properties";
    private static final String NUMBER = read();

    @Override public String[] getVersion() {
        return new String[] {"ivr-audit " + number()};
    }

    /** The version number, or "development" when the resource was not filtered by a build. */
    static String number() {
        return NUMBER;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
