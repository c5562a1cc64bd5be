package io.ivraudit.report;

import io.ivraudit.audit.Finding;
import io.ivraudit.audit.Gates;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code check --format junit}: one test suite per tree file, one test case per gate; a failed
 * gate's failure carries its findings, and findings of gates that do not fail the build are
 * shown as the test case's output. Text from trees has its control characters escaped, so the
 * XML is well-formed (XML 1.0 forbids most of them) and each finding stays one line.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String write(List<Gates.Gate> gates) {
        Map<String, List<Gates.Gate>> byFile = gates.stream()
            .collect(Collectors.groupingBy(Gates.Gate::file, LinkedHashMap::new, Collectors.toList()));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "ivr-audit check");
            xml.writeAttribute("tests", String.valueOf(gates.size()));
            xml.writeAttribute("failures", String.valueOf(gates.stream().filter(Gates.Gate::failed).count()));
            for (Map.Entry<String, List<Gates.Gate>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue());
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void suite(XMLStreamWriter xml, String file, List<Gates.Gate> gates) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", Printable.of(file));
        xml.writeAttribute("tests", String.valueOf(gates.size()));
        xml.writeAttribute("failures", String.valueOf(gates.stream().filter(Gates.Gate::failed).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (Gates.Gate gate : gates) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", Printable.of(file));
            xml.writeAttribute("name", gate.rule().id());
            xml.writeAttribute("time", "0");
            if (!gate.findings().isEmpty()) {
                newline(xml, 3);
                xml.writeStartElement(gate.failed() ? "failure" : "system-out");
                if (gate.failed()) {
                    xml.writeAttribute("type", gate.rule().id());
                    xml.writeAttribute("message", Words.count(gate.findings().size(), "finding") + ": " + gate.rule().summary());
                }
                xml.writeCharacters(gate.findings().stream().map(JunitReport::line).collect(Collectors.joining("\n")));
                xml.writeEndElement();
                newline(xml, 2);
            }
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static String line(Finding f) {
        return f.at() + ": " + f.severity().word() + ": " + Printable.of(f.message());
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
