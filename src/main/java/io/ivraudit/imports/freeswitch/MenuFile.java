package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.Xml;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A FreeSWITCH IVR menu file read into its menus: {@code ivr.conf.xml}
 * ({@code <configuration name="ivr.conf"><menus><menu .../>}) or a file of
 * {@code ivr_menus/} ({@code <include><menu .../>}). Only {@link Xml} reads it, so no DTD or
 * entity is ever processed; {@code X-PRE-PROCESS} elements and {@code $${var}} variables are
 * kept as opaque text. Every problem is an error at its line and column. O(size of the file).
 */
final class MenuFile {
    /** The opening of the first element, after the prolog, comments and processing instructions. */
    private static final Pattern ROOT = Pattern.compile(
        "\\A\\uFEFF?(?:\\s++|<\\?.*?\\?>|<!--.*?-->)*+<(include|configuration)(?=[\\s/>])([^>]{0,4000})>", Pattern.DOTALL);
    private static final Pattern IVR_CONF = Pattern.compile("\\bname\\s*=\\s*[\"']ivr\\.conf[\"']");
    private static final Pattern MENU = Pattern.compile("<menu\\s[^>]{0,4000}?\\bname\\s*=");
    private static final Pattern ENTRY = Pattern.compile("<entry\\s[^>]{0,4000}?\\baction\\s*=");

    private MenuFile() {}

    /** One {@code <entry action digits param/>}, as written; absent attributes are {@code null}. */
    record Entry(String action, String digits, String param, SourcePosition at) {}

    /**
     * One {@code <menu>}: its name, its attributes as written (an absent one is {@code null}),
     * and its entries in document order.
     */
    record Menu(String name, Xml.Element element, List<Entry> entries, SourcePosition at) {
        Menu {
            entries = List.copyOf(entries);
        }

        /** An attribute's value, trimmed; empty when absent or blank. */
        Optional<String> attribute(String key) {
            return element.attribute(key).map(String::strip).filter(v -> !v.isEmpty());
        }
    }

    /** What was read: the menus in document order, or the problems that kept the file from being read. */
    record Read(List<Menu> menus, List<LoadError> errors) {}

    /**
     * Whether a document is an IVR menu file, from its text alone: the first element is
     * {@code <configuration name="ivr.conf">} (which may only include the files of
     * {@code ivr_menus/}), or {@code <include>} holding a {@code <menu name=...>} and an
     * {@code <entry action=...>} (a dial plan, a VoiceXML document or another configuration does
     * not). Malformed XML after that opening is still claimed, so that its error is reported at
     * its line and column. O(size of the text).
     */
    static boolean recognised(ExportDocument document) {
        if (!document.isText()) {
            return false;
        }
        String text = document.text();
        var root = ROOT.matcher(text);
        if (!root.lookingAt()) {
            return false;
        }
        boolean ivrConf = root.group(1).equals("configuration") && IVR_CONF.matcher(root.group(2)).find();
        return ivrConf || root.group(1).equals("include") && MENU.matcher(text).find() && ENTRY.matcher(text).find();
    }

    /** Reads the menus of a document. */
    static Read read(ExportDocument document) {
        Xml.Read xml = Xml.read(document);
        if (xml.root().isEmpty()) {
            return new Read(List.of(), xml.errors());
        }
        Xml.Element root = xml.root().get();
        List<LoadError> errors = new ArrayList<>();
        List<Xml.Element> elements = new ArrayList<>();
        if (root.name().equals("include")) {
            elements.addAll(root.children("menu"));
            root.children("menus").forEach(m -> elements.addAll(m.children("menu")));
        } else if (root.name().equals("configuration")) {
            root.children("menus").forEach(m -> elements.addAll(m.children("menu")));
            elements.addAll(root.children("menu"));
        } else {
            errors.add(new LoadError(root.at(), "found the element <" + root.name() + ">; expected <include> or "
                + "<configuration name=\"ivr.conf\"> holding FreeSWITCH IVR menus"));
        }
        elements.sort((a, b) -> a.at().line() != b.at().line() ? Integer.compare(a.at().line(), b.at().line())
            : Integer.compare(a.at().column(), b.at().column()));
        List<Menu> menus = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Xml.Element element : elements) {
            String name = element.attribute("name").map(String::strip).orElse("");
            if (name.isEmpty()) {
                errors.add(new LoadError(element.at(), "a <menu> without a name; expected name=\"...\" (the dial plan's "
                    + "ivr application and menu-sub entries find menus by name)"));
            } else if (!names.add(name)) {
                errors.add(new LoadError(element.at(), "a second menu named '" + name + "'; expected menu names to be "
                    + "unique (FreeSWITCH finds the first one by name)"));
            } else {
                List<Entry> entries = element.children("entry").stream().map(e -> new Entry(e.attribute("action")
                    .map(String::strip).orElse(null), e.attribute("digits").map(String::strip).orElse(null),
                    e.attribute("param").map(String::strip).orElse(null), e.at())).toList();
                menus.add(new Menu(name, element, entries, element.at()));
            }
        }
        return errors.isEmpty() ? new Read(menus, List.of()) : new Read(List.of(), errors);
    }
}
