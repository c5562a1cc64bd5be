package io.ivraudit.imports.asterisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import io.ivraudit.imports.Platforms;
import io.ivraudit.load.ExportDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dial plans through the command line: import, --entry, --from, recognition, and files Asterisk refuses. */
class AsteriskCliTest {
    private static final String PLAN = """
        [from-trunk]
        exten => 5035551234,1,Goto(main,s,1)

        [main]
        exten => s,1,Answer()
         same => n(menu),Background(welcome)
         same => n,WaitExten(5)
        exten => 1,1,Queue(sales)
        exten => 2,1,Goto(billing,s,1)
        exten => 0,1,Dial(SIP/operator,30)
        exten => i,1,Playback(invalid)
         same => n,Goto(s,menu)
        exten => t,1,Goto(s,menu)

        [billing]
        exten => s,1,Background(billing-menu)
         same => n,WaitExten(5)
        exten => 1,1,Queue(billing)
        exten => 2,1,VoiceMail(200@default,u)
        """;

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test void importRecognisesADialPlanAndStartsAtTheFirstContextThatReadsAKey() throws IOException {
        Path plan = write("extensions.conf", PLAN);
        Path out = dir.resolve("tree.yaml");
        CliRunner.Run run = CliRunner.run("import", "--out", out.toString(), plan.toString());
        assertEquals(0, run.exit(), run.err());
        String tree = Files.readString(out);
        assertTrue(tree.contains("tree: main"), tree);
        assertTrue(run.err().contains("imported from-trunk, main, billing:"), run.err());
        assertEquals(0, CliRunner.run("validate", out.toString()).exit());
        CliRunner.Run fromBilling = CliRunner.run("import", "--entry", "billing", "--from", "asterisk", plan.toString());
        assertEquals(0, fromBilling.exit(), fromBilling.err());
        assertTrue(fromBilling.out().contains("tree: billing"), fromBilling.out());
        CliRunner.Run nosuch = CliRunner.run("import", "--entry", "nosuch", plan.toString());
        assertEquals(2, nosuch.exit());
        assertTrue(nosuch.err().contains("--entry 'nosuch' names none of the flows given; expected one of from-trunk, main, billing"),
            nosuch.err());
    }

    @Test void everyCommandTakesADialPlanDirectly() throws IOException {
        Path plan = write("extensions.conf", PLAN);
        CliRunner.Run validate = CliRunner.run("validate", plan.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertTrue(validate.out().contains("ok: tree 'main'"), validate.out());
        CliRunner.Run audit = CliRunner.run("audit", plan.toString());
        assertTrue(audit.out().contains("simulated callers"), audit.out());
        CliRunner.Run graph = CliRunner.run("graph", "--format", "mermaid", plan.toString());
        assertEquals(0, graph.exit(), graph.err());
    }

    @Test void aFileAsteriskRefusesIsExitTwoWithItsLineAndColumn() throws IOException {
        Path broken = write("broken.conf", """
            [main]
            exten => s,1,Answer()
              [unclosed
            exten => s,2,Hangup()
            """);
        CliRunner.Run run = CliRunner.run("import", "--from", "asterisk", broken.toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains(broken + ":3:3: found '[unclosed' with no closing ']'; expected a context header "
            + "such as [name]"), run.err());
        Path orphan = write("orphan.conf", """
            exten => s,1,Answer()
            [main]
            exten => s,2,Hangup()
            """);
        CliRunner.Run check = CliRunner.run("check", orphan.toString());
        assertEquals(2, check.exit());
        assertTrue(check.err().contains(orphan + ":1:1: found 'exten => s,1,Answer()' before any [context] header; "
            + "expected a [context] line first"), check.err());
    }

    @Test void recognitionNeedsAContextAndAnExtenLineInAConfFile() throws IOException {
        assertTrue(Platforms.of(ExportDocument.read(write("a.conf", PLAN))).map(p -> p.id()).orElse("").equals("asterisk"));
        assertFalse(Platforms.of(ExportDocument.read(write("sip.conf", "[general]\nbindport=5060\n"))).isPresent(),
            "a .conf without exten lines is not a dial plan");
        assertFalse(DialPlans.ASTERISK.recognises(ExportDocument.read(write("ivr.conf.xml",
            "<configuration name=\"ivr.conf\"><menus/></configuration>"))), "FreeSWITCH's, not a dial plan");
        assertFalse(DialPlans.ASTERISK.recognises(ExportDocument.read(write("flow.json", "{\"Actions\": []}"))));
        assertFalse(DialPlans.ASTERISK.recognises(ExportDocument.read(write("tree.yaml", "tree: x\nentry: a\nnodes: {}\n"))));
        CliRunner.Run unknown = CliRunner.run("import", write("sip2.conf", "[general]\nbindport=5060\n").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("found text that is none of Amazon Connect, Twilio Studio, ") && unknown.err().contains(" Asterisk, "), unknown.err());
    }

    /** A 97 KB plan in which 500 menus include one context of 1,000 extensions would expand to half a million blocks. */
    @Test void aContextIncludedByHundredsIsRefusedBeforeItExpands() throws IOException {
        StringBuilder plan = new StringBuilder("[big]\n");
        for (int i = 0; i < 1000; i++) {
            plan.append("exten => ").append(1000 + i).append(",1,Dial(SIP/u").append(i).append(")\n");
        }
        for (int c = 0; c < 500; c++) {
            plan.append("[menu").append(c).append("]\ninclude => big\nexten => s,1,Background(menu").append(c)
                .append(")\nsame => n,WaitExten(5)\nexten => 3,1,Hangup()\n");
        }
        CliRunner.Run run = CliRunner.run("import", "--entry", "menu0", write("many.conf", plan.toString()).toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("the contexts, with those they include, come to more than 200000 priorities"), run.err());
        assertEquals("", run.out());
    }
}
