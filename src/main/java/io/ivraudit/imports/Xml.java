package io.ivraudit.imports;

import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML exports (VoiceXML, FreeSWITCH IVR menus) read safely into elements with their positions:
 * no DTD is read, so no entity is ever expanded or fetched (a DOCTYPE that only names a public
 * DTD, as VoiceXML 2.0 files do, is skipped; one with an internal subset is refused with its line
 * and column), at most {@link #MAX_DEPTH} levels of nesting, and the size bound of every input
 * file. Namespaces are dropped: elements and attributes are known by local name.
 */
public final class Xml {
    /** The deepest nesting of elements read. */
    public static final int MAX_DEPTH = 60;
    /** A DOCTYPE with an internal subset ({@code [ ... ]}), where entities are declared. */
    private static final java.util.regex.Pattern INTERNAL_SUBSET = java.util.regex.Pattern.compile("<!DOCTYPE[^>\\[]*\\[");

    private Xml() {}

    /**
     * One element: its local name, its attributes in document order, its child elements, its own
     * text (every text and CDATA child, joined, trimmed) and where its start tag is.
     *
     * @param raw     its own text as written, untrimmed
     * @param childAt where in {@code raw} each child element stands, for text in document order
     */
    public record Element(String name, Map<String, String> attributes, List<Element> children, String text,
                          SourcePosition at, String raw, int[] childAt) {
        /** An attribute's value, if present. */
        public Optional<String> attribute(String key) {
            return Optional.ofNullable(attributes.get(key));
        }

        /** The child elements with this local name, in order. */
        public List<Element> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The first child element with this local name. */
        public Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        /** This element's text and that of every element inside it, in document order, spaces collapsed. */
        public String allText() {
            StringBuilder out = new StringBuilder();
            appendText(this, out);
            return out.toString().replaceAll("\\s+", " ").trim();
        }

        private static void appendText(Element element, StringBuilder out) {
            int from = 0;
            for (int i = 0; i < element.children.size(); i++) {
                out.append(element.raw, from, element.childAt[i]);
                appendText(element.children.get(i), out);
                from = element.childAt[i];
            }
            out.append(element.raw, from, element.raw.length());
        }
    }

    /** What reading gave: the root element, or the problems, each at its line and column. */
    public record Read(Optional<Element> root, List<LoadError> errors) {}

    /** Reads a document's text as XML. Cost: linear in its size. */
    public static Read read(ExportDocument document) {
        return read(document.file(), document.text());
    }

    /** Reads XML text, named {@code file} in messages. */
    public static Read read(String file, String text) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        java.util.regex.Matcher subset = INTERNAL_SUBSET.matcher(text);
        if (subset.find()) {
            return failed(positionOf(file, text, subset.start()), "a DOCTYPE declaration with an internal subset; "
                + "expected XML without one (it could declare entities that pull in other files)");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            return new Read(Optional.of(readRoot(file, reader)), List.of());
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            String message = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            return failed(where == null ? SourcePosition.startOf(file) : at(file, where),
                message.strip() + "; expected well-formed XML");
        } catch (Refused refused) {
            return failed(refused.at, refused.getMessage());
        } finally {
            close(reader);
        }
    }

    private static Element readRoot(String file, XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        Element root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> { }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused(at(file, reader.getLocation()),
                    "the entity '&" + reader.getLocalName() + ";', which is not declared; expected text or the five XML entities");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new Refused(at(file, reader.getLocation()), "elements nest deeper than " + MAX_DEPTH
                            + " levels; expected an IVR document");
                    }
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Builder(reader.getLocalName(), attributes, at(file, reader.getLocation())));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Element done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().childAt.add(open.peek().text.length());
                        open.peek().children.add(done);
                    }
                }
                default -> { }
            }
        }
        if (root == null) {
            throw new Refused(SourcePosition.startOf(file), "no element; expected an XML document");
        }
        return root;
    }

    private static SourcePosition at(String file, Location location) {
        return new SourcePosition(file, Math.max(1, location.getLineNumber()), Math.max(1, location.getColumnNumber()));
    }

    private static SourcePosition positionOf(String file, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, index - lineStart + 1);
    }

    private static Read failed(SourcePosition at, String message) {
        return new Read(Optional.empty(), List.of(new LoadError(at, message)));
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the text is in memory
            }
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final SourcePosition at;
        final List<Element> children = new ArrayList<>();
        final List<Integer> childAt = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes, SourcePosition at) {
            this.name = name;
            this.attributes = attributes;
            this.at = at;
        }

        Element build() {
            String raw = text.toString();
            return new Element(name, java.util.Collections.unmodifiableMap(attributes), List.copyOf(children),
                raw.strip(), at, raw, childAt.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** A document refused for a reason of this reader's (a DTD, an undeclared entity, too deep). */
    private static final class Refused extends RuntimeException {
        final transient SourcePosition at;

        Refused(SourcePosition at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
