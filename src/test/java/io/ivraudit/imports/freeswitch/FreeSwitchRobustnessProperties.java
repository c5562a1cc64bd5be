package io.ivraudit.imports.freeswitch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Menu files with shapes nobody has seen, made of FreeSWITCH's own words (elements, attributes,
 * actions, applications, dial strings, sounds, digits and regular expressions, variables), some
 * cut short: reading one never throws, and gives flows (which lower to a tree that loads) or
 * errors with a line and a column.
 */
class FreeSwitchRobustnessProperties {
    private static final List<String> ELEMENTS = List.of("menu", "menu", "entry", "entry", "entry", "menus",
        "X-PRE-PROCESS", "include", "configuration", "vxml", "param");
    private static final List<String> ATTRIBUTES = List.of("name", "name", "greet-long", "greet-short", "invalid-sound",
        "exit-sound", "timeout", "inter-digit-timeout", "max-failures", "max-timeouts", "digit-len", "action", "action",
        "digits", "digits", "param", "param", "exec-on-max-failures", "exec-on-max-timeouts", "confirm-key", "cmd", "data");
    private static final List<String> VALUES = List.of("a", "b", "c", "demo_ivr", "menu-exec-app", "menu-sub", "menu-top",
        "menu-back", "menu-exit", "menu-play-sound", "menu-say-text", "menu-say-phrase", "menu-call-transfer", "bogus",
        "1", "2", "9", "0", "*", "#", "12", "1001", "/^(10[01][0-9])$/", "/^[4-6]$/", "/(/", "/^1?$/", "//", "/", "",
        " ", "0", "-3", "3", "10000", "99999999999", "abc", "say:Press 1 for a. Press 2 for b.", "phrase:x", "x.wav",
        "tts://flite|kal|Hi", "transfer 1000 XML default", "transfer $1 XML features", "transfer", "bridge",
        "bridge sofia/gateway/gw/18005551234", "bridge user/1000@$${domain}", "bridge {a=b}[c=d]", "bridge error/busy",
        "bridge loopback/9664/default", "callcenter sales", "fifo q in", "hangup", "playback say:Hi", "speak a|b",
        "ivr a", "ivr", "lua x.lua", "set a=b", "5000 XML default", "$${domain}", "${var}", "&amp;", "&lt;x&gt;");

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 500)
    void readingNeverThrowsAndGivesFlowsOrPositionedErrors(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        String body = element(random, 0);
        String xml = switch (random.nextInt(4)) {
            case 0 -> "<include>" + body + "</include>";
            case 1 -> "<configuration name=\"ivr.conf\"><menus>" + body + "</menus></configuration>";
            case 2 -> body;
            default -> "<include>" + body + "</include>".substring(0, random.nextInt(10));
        };
        Platform.Parsed parsed = FreeSwitchFixture.parse("shape.xml", xml);
        assertTrue(parsed.flows().isEmpty() || parsed.errors().isEmpty(), "flows or errors, not both");
        parsed.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        FreeSwitchFixture.FREESWITCH.recognises(new io.ivraudit.load.ExportDocument("shape.xml",
            java.util.Optional.empty(), xml, List.of()));
        if (!parsed.flows().isEmpty()) {
            String entry = FreeSwitchFixture.FREESWITCH.defaultEntry(parsed.flows()).orElseThrow();
            Imported imported = FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS.withEntryFlow(entry));
            assertTrue(imported.tree().isPresent(), xml);
        }
    }

    private static String element(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(depth == 0 ? 5 : 4); i >= 0; i--) {
            String name = depth == 0 && random.nextInt(3) > 0 ? "menu" : ELEMENTS.get(random.nextInt(ELEMENTS.size()));
            out.append('<').append(name);
            java.util.Set<String> given = new java.util.HashSet<>();
            if (name.equals("menu") && random.nextInt(10) > 0) {
                given.add("name");
                out.append(" name=\"").append(random.nextInt(6) == 0 ? VALUES.get(random.nextInt(VALUES.size()))
                    : "m" + random.nextInt(1000)).append('"');
            }
            for (int a = random.nextInt(5); a >= 0; a--) {
                String attribute = ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()));
                if (given.add(attribute)) {
                    out.append(' ').append(attribute).append("=\"").append(VALUES.get(random.nextInt(VALUES.size())))
                        .append('"');
                }
            }
            if (depth < 3 && random.nextBoolean()) {
                out.append('>').append(element(random, depth + 1)).append("</").append(name).append('>');
            } else {
                out.append("/>");
            }
        }
        return out.toString();
    }
}
