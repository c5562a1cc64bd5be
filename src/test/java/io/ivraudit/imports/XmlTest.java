package io.ivraudit.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void readsElementsAttributesTextAndLines() {
        Xml.Read read = Xml.read("m.vxml", "<?xml version=\"1.0\"?>\n<vxml xmlns=\"http://www.w3.org/2001/vxml\">\n"
            + "  <menu id=\"main\"><prompt>Say <![CDATA[sales]]> or support.</prompt>\n"
            + "    <choice dtmf=\"1\" next=\"#sales\">sales</choice></menu>\n</vxml>\n");
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        Xml.Element menu = read.root().orElseThrow().child("menu").orElseThrow();
        assertEquals("main", menu.attribute("id").orElseThrow());
        assertEquals(3, menu.at().line());
        assertEquals("Say sales or support.", menu.child("prompt").orElseThrow().text());
        assertEquals("#sales", menu.children("choice").get(0).attribute("next").orElseThrow());
        assertEquals("Say sales or support. sales", menu.allText());
    }

    @Test
    void refusesADoctypeSoNoEntityIsExpandedOrFetched() {
        Xml.Read read = Xml.read("evil.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<menu name=\"&x;\"/>\n");
        assertFalse(read.root().isPresent());
        assertEquals(1, read.errors().size());
        assertTrue(read.errors().get(0).message().contains("DOCTYPE"), read.errors().toString());
        assertFalse(read.errors().get(0).message().contains("root:"), read.errors().toString());
    }

    @Test
    void textInsideInlineElementsStaysInDocumentOrder() {
        Xml.Element prompt = Xml.read("p.vxml", "<prompt>Press <emphasis>1</emphasis> for sales, <break/>or 2.</prompt>")
            .root().orElseThrow();
        assertEquals("Press 1 for sales, or 2.", prompt.allText());
    }

    @Test
    void aDoctypeThatOnlyNamesAPublicDtdIsSkippedAndNothingIsFetched() {
        Xml.Read read = Xml.read("w3c.vxml", "<?xml version=\"1.0\"?>\n<!DOCTYPE vxml PUBLIC \"-//W3C//DTD VOICEXML 2.0//EN\" "
            + "\"http://127.0.0.1:9/never/vxml.dtd\">\n<vxml version=\"2.0\"><menu id=\"m\"/></vxml>\n");
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        assertEquals("m", read.root().orElseThrow().child("menu").orElseThrow().attribute("id").orElseThrow());
    }

    @Test
    void malformedXmlNamesItsLineAndColumn() {
        Xml.Read read = Xml.read("bad.xml", "<menu>\n  <entry digits=\"1\">\n</menu>\n");
        assertFalse(read.root().isPresent());
        assertEquals(3, read.errors().get(0).at().line());
        assertTrue(read.errors().get(0).message().endsWith("expected well-formed XML"), read.errors().toString());
    }

    @Test
    void nestingIsBounded() {
        String deep = "<a>".repeat(Xml.MAX_DEPTH + 1) + "</a>".repeat(Xml.MAX_DEPTH + 1);
        Xml.Read read = Xml.read("deep.xml", deep);
        assertTrue(read.errors().get(0).message().contains("deeper than"), read.errors().toString());
    }
}
