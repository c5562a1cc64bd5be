package io.ivraudit.sim;

import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Menus with {@code tries} as the caller model walks them: one copy of the menu per play, a
 * wrong key or silence at each moving on to the next play, the last taking {@code on_invalid} or
 * {@code on_timeout}. Every play is a menu selection heard in full, as the caller hears it. The
 * copies' figures are reported under the menu's own id. O(nodes + options x tries).
 */
final class Retries {
    /** What separates a menu's id from the number of a later play, in ids no tree file can hold. */
    private static final String PLAY = "\u0000play ";

    private Retries() {}

    /** The nodes the caller model walks: the tree's, with the later plays of menus that have tries, after their menu. */
    static Map<String, Node> expanded(Tree tree) {
        if (tree.nodes().values().stream().noneMatch(Retries::replays)) {
            return tree.nodes();
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (Node node : tree.nodes().values()) {
            if (!(node instanceof Node.Menu menu) || !replays(menu)) {
                out.put(node.id(), node);
                continue;
            }
            int plays = menu.plays();
            for (int play = 1; play <= plays; play++) {
                String id = play == 1 ? menu.id() : menu.id() + PLAY + play;
                boolean last = play == plays;
                String onInvalid = last ? menu.invalidTarget() : menu.id() + PLAY + (play + 1);
                String onTimeout = last ? menu.timeoutTarget() : onInvalid;
                out.put(id, new Node.Menu(id, menu.sayText(), menu.seconds(), menu.options(), onInvalid, onTimeout,
                    menu.timeoutSeconds(), null, menu.at()));
            }
        }
        return out;
    }

    /** The id figures are reported under: a later play's is its menu's. */
    static String reportId(String id) {
        int at = id.indexOf(PLAY);
        return at < 0 ? id : id.substring(0, at);
    }

    /** Whether a menu is played more than once before a wrong key or silence leaves it for somewhere else. */
    private static boolean replays(Node node) {
        return node instanceof Node.Menu menu && menu.plays() > 1
            && !(menu.invalidTarget().equals(menu.id()) && menu.timeoutTarget().equals(menu.id()));
    }
}
