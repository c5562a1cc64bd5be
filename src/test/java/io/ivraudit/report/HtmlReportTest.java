package io.ivraudit.report;

import io.ivraudit.CliRunner;
import static io.ivraudit.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client report, read back with an HTML parser: its sections, tables and charts, escaping, and figures. */
class HtmlReportTest {
    @TempDir Path dir;

    private Document report(String... treeAndOptions) throws IOException {
        Path out = dir.resolve("report.html");
        String[] args = new String[treeAndOptions.length + 5];
        args[0] = "audit";
        args[1] = "--format";
        args[2] = "html";
        args[3] = "--out";
        args[4] = out.toString();
        System.arraycopy(treeAndOptions, 0, args, 5, treeAndOptions.length);
        assertEquals(0, run(args).exit());
        return Jsoup.parse(Files.readString(out));
    }

    @Test void hasEverySectionChartsAndTables() throws IOException {
        Document doc = report("trees/northwind-cable.yaml");
        for (String section : List.of("summary", "charts", "findings", "redesigns", "method")) {
            assertEquals(1, doc.select("section." + section).size(), section);
        }
        assertTrue(doc.select("section.charts svg").size() >= 4, "outcomes, hops, seconds and the tree");
        assertTrue(doc.select("section.charts svg rect").size() > 30);
        assertTrue(doc.select("section.findings .finding.error").size() >= 4);
        assertTrue(doc.select("section.findings pre span.here").size() >= 4, "each finding shows its YAML line");
        Element firstRedesign = doc.selectFirst("section.redesigns tbody tr");
        assertEquals("1", firstRedesign.child(0).text());
        assertFalse(firstRedesign.child(1).text().equals("base"), "a real fix ranks first");
        assertTrue(doc.select("section.method table tbody tr").size() == 6, "one row per intent");
    }

    @Test void theTreeDrawingShowsVisitsPerCallNotAShareAboveAllCalls() throws IOException {
        Document doc = report("trees/cascade-utilities.yaml");
        Element drawing = doc.select("section.charts svg").last();
        List<String> labels = drawing.select("text").eachText().stream().filter(t -> t.contains(" · ")).toList();
        assertFalse(labels.isEmpty());
        assertTrue(labels.stream().allMatch(t -> t.matches(".* · \\d+\\.\\d\\d a call")), labels.toString());
        assertTrue(labels.stream().anyMatch(t -> Double.parseDouble(t.replaceAll(".* · ([0-9.]+) a call", "$1")) > 1),
            "cascade's main menu is heard again after a wrong key");
        assertTrue(doc.text().contains("The audit found ") && !doc.text().matches(".*\\b1 (errors|warnings)\\b.*"));
    }

    @Test void isSelfContainedAndForbidsExternalContent() throws IOException {
        Document doc = report("trees/skyway-air.yaml");
        assertEquals(HtmlReport.POLICY, doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertTrue(doc.select("script, link, img, iframe, object").isEmpty());
        assertTrue(doc.select("[src], [href]").isEmpty(), "nothing loads from anywhere");
        assertTrue(doc.selectFirst("style").data().contains("@media print"));
    }

    @Test void everyTextFromTheTreeIsEscaped() throws IOException {
        Path tree = dir.resolve("evil.yaml");
        Files.writeString(tree, """
            tree: evil
            title: "<script>alert('title')</script>"
            entry: main
            intents: { "<b>x</b>": { weight: 1, resolved_by: [agent] } }
            nodes:
              main:
                type: menu
                say: "<img src=x onerror=alert(1)>"
                options:
                  - { key: "1", say: "<script>alert(2)</script> press 1", goto: bye }
              agent: { type: human }
              bye: { type: hangup, say: "</pre><script>alert(3)</script>" }
            """);
        Path out = dir.resolve("evil.html");
        assertEquals(0, run("audit", "--format", "html", "--out", out.toString(), tree.toString()).exit());
        String html = Files.readString(out);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, img").isEmpty(), html);
        assertTrue(doc.select("[onerror]").isEmpty());
        assertTrue(doc.text().contains("<script>alert('title')</script>"), "shown as text, not run");
        assertFalse(html.contains("<img"), "no tag from the tree survives");
        assertTrue(html.contains("&lt;/pre&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), "escaped in the YAML excerpt");
    }

    @Test void showsTheSameFiguresAsTheJson() throws IOException {
        Document doc = report("trees/harbor-savings-bank.yaml");
        CliRunner.Run json = run("audit", "--format", "json", "trees/harbor-savings-bank.yaml");
        JsonNode sim = new ObjectMapper().readTree(json.out()).get("trees").get(0).get("simulation");
        String human = String.format(Locale.ROOT, "%.1f%%", 100 * sim.get("outcomes").get("human").get("share").asDouble());
        assertEquals(human, doc.selectFirst("section.summary .kpi b").text());
        String billingBar = doc.select("section.charts svg").first().select("rect title").eachText().stream()
            .filter(t -> t.startsWith("balance: human")).findFirst().orElseThrow();
        double balanceHuman = sim.get("intents").get("balance").get("outcomes").get("human").get("share").asDouble();
        assertEquals("balance: human " + String.format(Locale.ROOT, "%.1f%%", 100 * balanceHuman), billingBar);
    }
}
