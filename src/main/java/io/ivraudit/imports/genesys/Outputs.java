package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.JsonView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The exits of one action: its documented outputs, each leading to its own action list (which
 * then falls through to the action after its owner) or straight to that next action when the
 * export lists no actions for it; and every other output its {@code outputs:} lists.
 */
final class Outputs {
    private final Actions actions;
    private final Builder b;
    private final JsonView listed;
    private final Node item;
    private final String next;
    private final Actions.Scope scope;
    private final List<Exit> exits = new ArrayList<>();
    private final Set<String> consumed = new HashSet<>();

    Outputs(Actions actions, Builder b, JsonView body, Node item, String next, Actions.Scope scope) {
        this.actions = actions;
        this.b = b;
        this.listed = body.object("outputs");
        this.item = item;
        this.next = next;
        this.scope = scope;
    }

    /** A documented output: its action list, then the action after; or straight to the action after. */
    void add(Exit.Kind kind, String name) {
        consumed.add(name);
        JsonView output = listed.object(name);
        path(kind, name, output.list("actions"), output.present() ? output.map() : null);
    }

    /** A documented output the export may name instead of another ({@code open} for {@code active}). */
    void addIfListed(Exit.Kind kind, String name) {
        if (listed.has(name)) {
            add(kind, name);
        }
    }

    /** An output whose actions the export lists somewhere else than under {@code outputs:} (a switch's case). */
    void path(Exit.Kind kind, String name, List<Node> actions, Node at) {
        exits.add(Exit.to(kind, name, this.actions.sequence(actions, next, scope), b.at(at == null ? item : at)));
    }

    /** A way out whose block the action decides itself (a jump's target). */
    void exact(Exit.Kind kind, String value, String target) {
        exits.add(Exit.to(kind, value, target, b.at(item)));
    }

    /** An output the action reads in its own way (a loop's body). */
    void consumed(String name) {
        consumed.add(name);
    }

    /** An output the export lists that no call can take, with why. */
    void never(String name, String why) {
        if (listed.has(name)) {
            consumed.add(name);
            exits.add(Exit.to(Exit.Kind.NEVER, why, null, b.at(listed.get(name).orElseThrow())));
        }
    }

    /** The exits, with every output the export lists that the action's kind does not document as a case of its own. */
    List<Exit> all() {
        for (String name : Values.keys(listed)) {
            if (!consumed.contains(name)) {
                add(Exit.Kind.CASE, name);
            }
        }
        return exits;
    }
}
