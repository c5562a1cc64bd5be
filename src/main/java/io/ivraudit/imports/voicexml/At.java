package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.Document.Dialog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the import is in a document: the dialog, the form item being run (if any) and its block
 * (where a handler that does not leave goes back to), what the caller's answers so far are known
 * to be, and the sub-dialog the call is in (if any).
 *
 * @param dialog    the dialog
 * @param item      the form item, or the menu, whose handlers are in scope; null in a dialog's own content
 * @param itemBlock the block a handler without a transition goes back to (the item listens again); null: none
 * @param env       field values known on this way through the dialog
 * @param ctx       the in-document sub-dialog being run, or null
 */
record At(Dialog dialog, Element item, String itemBlock, Env env, Ctx ctx) {
    /** The same place, in a form item. */
    At in(Element newItem, String newItemBlock) {
        return new At(dialog, newItem, newItemBlock, env, ctx);
    }

    /** The same place, with one more field value known. */
    At with(Env newEnv) {
        return new At(dialog, item, itemBlock, newEnv, ctx);
    }

    /** The elements whose handlers and links are in scope, innermost first: the item, the dialog, the document. */
    List<Element> scopes(Element root) {
        List<Element> out = new ArrayList<>();
        if (item != null && item != dialog.element()) {
            out.add(item);
        }
        out.add(dialog.element());
        out.add(root);
        return out;
    }

    /** The part of a memo key that depends on where the import is. */
    String key() {
        return dialog.id() + env.key() + (ctx == null ? "" : "@" + ctx.label());
    }

    /** The values of fields a caller has chosen on this way, by field name; sorted, so that keys are stable. */
    record Env(Map<String, String> values) {
        static final Env EMPTY = new Env(Map.of());

        Env {
            values = Collections.unmodifiableMap(new TreeMap<>(values));
        }

        Env with(String name, String value) {
            Map<String, String> more = new TreeMap<>(values);
            more.put(name, value);
            return new Env(more);
        }

        String key() {
            return values.isEmpty() ? "" : values.toString();
        }
    }

    /**
     * An in-document sub-dialog being run: where {@code <return>} goes, and how deep the calls are.
     *
     * @param label    the calling form items, for block ids ("main.pin")
     * @param returnTo the block the call goes on at after {@code <return>}; null: the call ends
     * @param depth    how many sub-dialogs deep (1 for the first)
     */
    record Ctx(String label, String returnTo, int depth) {}

    /** Where the call goes when a list of statements runs to its end without a transition. */
    sealed interface Next {
        /** For memo keys. */
        String key();
    }

    /** To a block; {@code id} null: the document ends, and with it the call. */
    record ToBlock(String id) implements Next {
        @Override public String key() {
            return "b:" + id;
        }
    }

    /** To the form interpretation algorithm, from the form item at {@code index} on (the ones before are done). */
    record ToItem(int index) implements Next {
        @Override public String key() {
            return "i:" + index;
        }
    }
}
