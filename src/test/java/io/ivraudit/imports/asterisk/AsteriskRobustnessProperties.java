package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dial plans of shapes nobody has written, made of the dial plan's own words (headers, templates,
 * exten and same lines, priorities and labels, patterns, applications and their arguments, jumps,
 * conditions, comments, includes): reading one never throws, and gives flows (which lower, from
 * any of them, to a tree that loads) or errors with a line and a column.
 */
class AsteriskRobustnessProperties {
    private static final List<String> HEADERS = List.of("[main]", "[m1]", "[m2]", "[macro-say]", "[tmpl](!)",
        "[main](+)", "[general]", "[globals]", "[]", "[sub]", "[m1] junk");
    private static final List<String> REFUSED = List.of("[m3](tmpl)", "[broken", "[x](nosuch)", "[y](!", "[z](+)");
    private static final List<String> EXTENSIONS = List.of("s", "1", "2", "0", "*", "#", "i", "t", "e", "h", "T",
        "1000", "_X.", "_X", "_[1-3]", "_NXX", "_!", "_.", "_7XXX", "${VAR}", "${OPERATOR}", "a/123", "", " ",
        "_[", "return", "s-BUSY", "_X[", "fax");
    private static final List<String> PRIORITIES = List.of("1", "2", "3", "n", "s", "n(loop)", "n(menu)", "loop",
        "hint", "0", "-1", "n+2", "s+1", "loop+1", "n(open", "99999999999", "next", "same", "");
    private static final List<String> APPS = List.of("Answer()", "NoOp(x)", "Playback(hello)", "Background(menu)",
        "WaitExten()", "WaitExten(0.5)", "WaitExten(abc)", "Read(choice,prompt,1,,3,5)", "Read(acct,enter,8)", "Read()",
        "GotoIf($[\"${choice}\" = \"1\"]?m1,s,1)", "GotoIf($[${choice}=2]?loop:menu)", "GotoIf($[${x}>3]?bye)",
        "GotoIf(nocondition)", "GotoIf(?)", "GotoIf(a?:)", "Goto(m1,s,1)", "Goto(loop)", "Goto(s,loop)",
        "Goto(${DEST},s,1)", "Goto(nosuch,s,1)", "Goto(m2,9,1)", "Goto()", "Goto(,,)", "Gosub(sub,s,1(a,b))",
        "Gosub(loop)", "Gosub(${X})", "Macro(say,hello)", "Macro(nosuch)", "Macro()", "MacroExit()", "Return()",
        "Dial(SIP/100,20)", "Dial(SIP/+15035551234@trunk)", "Dial(Local/100@m1)", "Dial(${ARG1})", "Dial()",
        "Dial(DAHDI/g1/5551234)", "Queue(sales)", "Queue()", "VoiceMail(100@default,u)", "VoiceMail()", "Hangup()",
        "Busy()", "Congestion", "Set(tries=$[${tries}+1])", "Set(TIMEOUT(response)=7)", "SayDigits(123)", "SayNumber()",
        "GotoIfTime(9:00-17:00,mon-fri,*,*?m1,s,1)", "GotoIfTime(x)", "ExecIf($[1]?Hangup():Playback(x))",
        "ExecIf($[1]?ExecIf($[2]?ExecIf($[3]?Goto(m1,s,1))))", "ExecIfTime(*,*,*,*?Hangup())", "GosubIf($[1]?sub,s,1:loop)",
        "MacroIf($[1]?say(x):nosuch)", "Authenticate(1234)", "DISA(no-password,m2)", "DISA()", "ConfBridge(1)",
        "FollowMe(op)", "Directory(default)", "Stasis(app)", "SpeechBackground(x,3)", "Wait,2", "Dial(SIP/1",
        "App((((", "))))", "${VAR}(x)", "$[1+1]", "", "UnknownApp(a,b)");
    private static final List<String> OTHER = List.of("; comment", ";-- block", "--;", "include => m1", "include => nosuch",
        "include => m2,9:00-17:00,*,*,*", "#include other.conf", "#exec /bin/true", "#bogus", "ignorepat => 9",
        "switch => IAX2/x", "junk line without equals", "static=yes", "OPERATOR=100", "VAR=m1", "x += y", "\\;", "=", "=>",
        "exten", "exten =>", "same =>", "\t", "\r");

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 1000)
    void readingNeverThrowsAndGivesFlowsOrPositionedErrors(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        String text = dialPlan(random);
        Asterisk.Read read = DialPlans.read(text);
        assertTrue(read.flows().isEmpty() != read.errors().isEmpty(), "flows or errors, not both:\n" + text);
        read.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        read.notes().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        net.jqwik.api.statistics.Statistics.collect(read.flows().isEmpty() ? "errors" : "flows");
        Platform.Parsed parsed = DialPlans.ASTERISK.parse(DialPlans.document(text));
        assertTrue(parsed.flows().size() == read.flows().size() && parsed.errors().size() == read.errors().size());
        if (read.flows().isEmpty()) {
            return;
        }
        String entry = random.nextBoolean() ? DialPlans.ASTERISK.defaultEntry(read.flows()).orElse(null)
            : read.flows().get(random.nextInt(read.flows().size())).name();
        Imported imported = FlowImporter.lower(read.flows(), new ImportOptions(0.7, 0.9, entry));
        assertTrue(imported.tree().isPresent(), text);
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(imported.tree().get())).ok(), text);
        Flow first = read.flows().stream().filter(f -> f.name().equals(imported.tree().get().title())).findFirst().orElseThrow();
        assertTrue(ReportWalk.walk(read.flows(), first, imported.report(), ReportWalk.Lines.OF_ANY_FLOW, true).unreported().isEmpty(), text);
    }

    private static String dialPlan(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(10) > 0) {
            out.append("[main]\n");
        }
        int lines = 1 + random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                out.append(pick(random, random.nextInt(20) == 0 ? REFUSED : HEADERS));
            } else if (kind == 1) {
                out.append(pick(random, OTHER));
            } else if (kind < 5) {
                out.append(" same => ").append(random.nextInt(3) == 0 ? "1" : pick(random, PRIORITIES)).append(',').append(pick(random, APPS));
            } else {
                out.append(random.nextBoolean() ? "exten => " : "exten=").append(pick(random, EXTENSIONS)).append(',')
                    .append(random.nextInt(3) == 0 ? "1" : pick(random, PRIORITIES)).append(',').append(pick(random, APPS));
            }
            if (random.nextInt(8) == 0) {
                out.append(" ; ").append(pick(random, APPS));
            }
            out.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return out.toString();
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
