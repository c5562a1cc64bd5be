package io.ivraudit.imports;

import io.ivraudit.imports.connect.AmazonConnect;
import io.ivraudit.imports.asterisk.Asterisk;
import io.ivraudit.imports.connect.legacy.AmazonConnectLegacy;
import io.ivraudit.imports.freeswitch.FreeSwitch;
import io.ivraudit.imports.genesys.GenesysArchy;
import io.ivraudit.imports.studio.TwilioStudio;
import io.ivraudit.imports.voicexml.VoiceXml;
import io.ivraudit.load.ExportDocument;
import java.util.List;
import java.util.Optional;

/** Every platform ivr-audit imports, and finding the one an export comes from by its content. */
public final class Platforms {
    private static final List<Platform> ALL = List.of(new AmazonConnect(), new TwilioStudio(), new AmazonConnectLegacy(),
        new GenesysArchy(), new VoiceXml(), new Asterisk(), new FreeSwitch());

    private Platforms() {}

    /** All platforms, in the order {@code import --from} lists them. */
    public static List<Platform> all() {
        return ALL;
    }

    /** The platform with this {@code --from} id. */
    public static Optional<Platform> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The platform whose export this document is, recognised by its content alone. */
    public static Optional<Platform> of(ExportDocument document) {
        return document.root().isEmpty() && !document.isText() ? Optional.empty()
            : ALL.stream().filter(p -> p.recognises(document)).findFirst();
    }

    /** The ids, for messages: "amazon-connect, twilio-studio". */
    public static String ids() {
        return String.join(", ", ALL.stream().map(Platform::id).toList());
    }
}
