package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Archy's action lists as blocks, in Archy's sequencing: the actions of a list run in order, so
 * each action's way on ({@link Exit.Kind#NEXT}) is the action after it; an output's own action
 * list ({@code outputs: failure: actions:}) runs, then falls through to the action after the one
 * that owns it; an output with no actions leads straight there; and falling off the end of a
 * task's list ends the flow, which disconnects the call (an unconnected exit), or in an in-queue
 * flow leaves the caller waiting in the queue. O(actions + outputs).
 *
 * <p>Seen in the real files: playAudio, disconnect, transferToAcd, transferToVoicemail, decision,
 * collectInput, callData, dataTableLookup, evaluateScheduleGroup, jumpToMenu, updateData,
 * setParticipantData, playEstimatedWaitTime, holdMusic. From Archy's documentation, not seen in a
 * file: switch ({@code evaluate: firstTrue: cases}, {@code default}), loop ({@code loopCount},
 * {@code outputs: loop:}, loopNext, loopExit), callTask (a task that comes back), jumpToTask,
 * repeatMenu, previousMenu, evaluateSchedule, and the transfers {@link Transfers} names so.
 */
final class Actions {
    /** Where the actions that depend on their place lead: the menu whose choice runs them, and the loop they are in. */
    record Scope(String menu, String loop, String afterLoop) {
        static final Scope NONE = new Scope(null, null, null);

        Scope inMenu(String menuId) {
            return new Scope(menuId, loop, afterLoop);
        }

        Scope inLoop(String loopId, String after) {
            return new Scope(menu, loopId, after);
        }
    }

    private final Builder b;
    private final Transfers transfers;
    private final Set<String> calling = new HashSet<>();
    private final List<Runnable> last = new ArrayList<>();

    Actions(Builder b) {
        this.b = b;
        this.transfers = new Transfers(b);
    }

    /** Builds an action list; the id of the block a call enters it at, or {@code after} for an empty list. */
    String sequence(List<Node> actions, String after, Scope scope) {
        return sequence(actions, after, scope, null);
    }

    /** The same, with the first action's id reserved beforehand (a task's entry, named by jumps read earlier). */
    String sequence(List<Node> actions, String after, Scope scope, String firstId) {
        if (actions.isEmpty()) {
            return after;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ids.add(i == 0 && firstId != null ? firstId : b.reserve(nameOf(actions.get(i))));
        }
        for (int i = 0; i < actions.size(); i++) {
            action(actions.get(i), ids.get(i), i + 1 < actions.size() ? ids.get(i + 1) : after, scope);
        }
        return ids.get(0);
    }

    /** The name a person gave an action ({@code name: Transfer to ACD}), else its type. */
    static String nameOf(Node item) {
        return Values.single(item).map(k -> Values.text(JsonView.of(k.value()), "name").orElse(k.key())).orElse("action");
    }

    /** Runs what must wait until every menu and task is built ({@code previousMenu}, which needs every menu's choices). */
    void finish() {
        last.forEach(Runnable::run);
    }

    private void action(Node item, String id, String next, Scope scope) {
        Optional<Values.Keyed> keyed = Values.single(item);
        if (keyed.isEmpty()) {
            b.error(item, "found " + ArchyFlow.describe(item) + " as an action; expected an action: a mapping with one "
                + "key, such as playAudio or transferToAcd");
            b.add(new Block(id, "?", new Step.Pass(), List.of(Exit.to(Exit.Kind.NEXT, "", next, b.at(item))), b.at(item)));
            return;
        }
        build(keyed.get().key(), keyed.get().key(), keyed.get().value(), item, id, next, scope);
    }

    /**
     * One action as a block. {@code type} is the action's kind ({@code transferToAcd}), {@code word}
     * the export's word for it ({@code menuTransferToAcd} for a menu choice), {@code body} its settings.
     */
    void build(String type, String word, Node bodyNode, Node item, String id, String next, Scope scope) {
        JsonView body = JsonView.of(bodyNode);
        Outputs out = new Outputs(this, b, body, item, next, scope);
        Step step;
        switch (type) {
            case "disconnect" -> step = new Step.Hangup(null);
            case "decision" -> {
                step = new Step.Split(Values.expression(body.get("condition").orElse(null)).orElse("a condition"), null);
                out.add(Exit.Kind.CASE, "yes");
                out.add(Exit.Kind.CASE, "no");
            }
            case "switch" -> step = switchCases(body, out);
            case "collectInput" -> {
                step = new Step.Collect(Values.audio(body.get("inputAudio").orElse(null)).words(),
                    "digits" + Values.text(body.object("inputData"), "var").map(v -> " (into " + v + ")").orElse(""));
                out.add(Exit.Kind.SUCCESS, "success");
                out.add(Exit.Kind.FAILURE, "failure");
            }
            case "callData", "callBridge", "callLambda" -> {
                step = new Step.Pass();
                out.add(Exit.Kind.NEXT, "success");
                out.add(Exit.Kind.ERROR, "failure");
                out.add(Exit.Kind.ERROR, "timeout");
            }
            case "dataTableLookup" -> {
                step = new Step.Split("a data table lookup" + Values.keys(body.object("dataTable")).stream()
                    .findFirst().map(t -> " in '" + t + "'").orElse(""), null);
                out.add(Exit.Kind.CASE, "found");
                out.add(Exit.Kind.CASE, "notFound");
                out.add(Exit.Kind.ERROR, "failure");
            }
            case "evaluateScheduleGroup", "evaluateSchedule" -> step = hours(type, body, out);
            case "loop" -> step = loop(body, id, next, scope, out);
            case "jumpToMenu", "jumpToTask", "callTask", "repeatMenu", "loopNext", "loopExit" -> {
                step = new Step.Pass();
                jump(type, body, next, scope, out);
            }
            case "previousMenu" -> {
                last.add(() -> b.add(previousMenu(word, id, item, scope)));
                return;
            }
            default -> {
                Optional<Step> transfer = transfers.step(type, body);
                if (transfer.isPresent()) {
                    step = transfer.get();
                    if (step instanceof Step.Link link && link.returns()) {
                        out.add(Exit.Kind.NEXT, "success");
                    }
                    out.add(Exit.Kind.ERROR, "failure");
                } else {
                    step = play(type, body).orElseGet(Step.Pass::new);
                    out.exact(Exit.Kind.NEXT, "", next);
                }
            }
        }
        b.add(new Block(id, word, step, out.all(), b.at(item)));
    }

    /** {@code evaluate: firstTrue: cases: [case: {value, actions}]}, then {@code default}: the first true case is taken. */
    private Step switchCases(JsonView body, Outputs out) {
        JsonView firstTrue = body.object("evaluate").object("firstTrue");
        List<Node> cases = firstTrue.present() ? firstTrue.list("cases") : body.list("cases");
        List<String> read = new ArrayList<>();
        for (Node item : cases) {
            JsonView one = JsonView.of(item).has("case") ? JsonView.of(item).object("case") : JsonView.of(item);
            String value = Values.expression(one.get("value").orElse(null))
                .or(() -> one.get("value").flatMap(Values::text)).orElse("a case");
            read.add(value);
            out.path(Exit.Kind.CASE, value, one.list("actions"), item);
        }
        JsonView fallback = firstTrue.present() ? firstTrue.object("default") : body.object("default");
        out.path(Exit.Kind.NO_MATCH, "default", fallback.list("actions"), fallback.present() ? fallback.map() : null);
        return new Step.Split(read.isEmpty() ? "no case" : String.join("; ", read), null);
    }

    /**
     * Open and closed: Genesys evaluates emergency, holiday, closed, open, and takes Closed when no
     * schedule matches (resource center, "Evaluate Schedule Group action"). The emergency way is
     * only there when an emergency group is set. {@code evaluateSchedule}'s {@code active} and
     * {@code inactive} are from Archy's documentation, not seen in a file.
     */
    private Step hours(String type, JsonView body, Outputs out) {
        if (type.equals("evaluateSchedule")) {
            out.add(Exit.Kind.OPEN, "active");
            out.add(Exit.Kind.CLOSED, "inactive");
            out.addIfListed(Exit.Kind.OPEN, "open");
            out.addIfListed(Exit.Kind.CLOSED, "closed");
            return new Step.Hours();
        }
        out.add(Exit.Kind.OPEN, "open");
        out.add(Exit.Kind.CLOSED, "closed");
        out.add(Exit.Kind.CLOSED, "holiday");
        boolean emergencyGroup = body.get("emergencyGroup").map(g -> !JsonView.of(g).has("noValue")).orElse(false);
        if (emergencyGroup) {
            out.add(Exit.Kind.CLOSED, "emergency");
        } else {
            out.never("emergency", "emergency: no emergency group is set, so this way is never taken");
        }
        return new Step.Hours();
    }

    /** The loop's body runs, and comes back to the loop; when the count is reached the call goes on. */
    private Step loop(JsonView body, String id, String next, Scope scope, Outputs out) {
        String count = body.get("loopCount").map(n -> Values.count(n).map(String::valueOf)
            .or(() -> Values.expression(n)).orElse("?")).orElse("?");
        List<Node> inside = body.object("outputs").object("loop").list("actions");
        String first = sequence(inside, id, scope.inLoop(id, next));
        out.exact(Exit.Kind.CASE, "loop", first);
        out.consumed("loop");
        out.add(Exit.Kind.CASE, "done");
        return new Step.Split("the loop count (loopCount " + count + ")", null);
    }

    private void jump(String type, JsonView body, String next, Scope scope, Outputs out) {
        switch (type) {
            case "jumpToMenu" -> {
                String path = Values.text(body, "targetMenuRef").orElse("");
                Optional<String> menu = b.menuAt(path);
                menu.ifPresent(m -> b.leadsTo(scope.menu(), m));
                out.exact(Exit.Kind.NEXT, "to the menu " + path, menu.orElse(path));
            }
            case "jumpToTask" -> {
                String path = Values.text(body, "targetTaskRef").orElse("");
                out.exact(Exit.Kind.NEXT, "to the task " + path, b.taskAt(path).map(e -> e.orElse(b.endOfTask())).orElse(path));
            }
            case "callTask" -> {
                String path = Values.text(body, "targetTaskRef").orElse("");
                String ref = Builder.refId(path).orElse(path);
                if (b.taskAt(path).isEmpty()) {
                    out.exact(Exit.Kind.NEXT, "to the task " + path, path);
                } else if (!calling.add(ref)) {
                    out.exact(Exit.Kind.NEXT, "to the task " + path + " (called from inside itself)",
                        b.taskAt(path).get().orElse(b.endOfTask()));
                } else {
                    String entry = sequence(b.taskActions(path), next, scope);
                    calling.remove(ref);
                    out.exact(Exit.Kind.NEXT, "to the task " + path + ", which returns here", entry);
                }
            }
            case "repeatMenu" -> out.exact(Exit.Kind.NEXT, scope.menu() == null ? "not in a menu's choice: goes on"
                : "the menu again", scope.menu() == null ? next : scope.menu());
            case "loopNext" -> out.exact(Exit.Kind.NEXT, scope.loop() == null ? "not in a loop: goes on" : "the loop again",
                scope.loop() == null ? next : scope.loop());
            default -> out.exact(Exit.Kind.NEXT, scope.loop() == null ? "not in a loop: goes on" : "out of the loop",
                scope.loop() == null ? next : scope.afterLoop());
        }
    }

    /**
     * Back to the menu the caller came from: the one menu whose choice leads here; of several, each
     * an equal share (a split the report names as a guess); at a menu no other leads to, that menu
     * again; outside a menu's choice, any menu of the flow.
     */
    private Block previousMenu(String word, String id, Node item, Scope scope) {
        List<String> before = scope.menu() == null ? b.menuBlocks() : b.menusBefore(scope.menu());
        if (before.isEmpty()) {
            String again = scope.menu() == null ? b.endOfTask() : scope.menu();
            return new Block(id, word, new Step.Pass(), List.of(Exit.to(Exit.Kind.NEXT,
                "no menu leads to this one: taken to play it again", again, b.at(item))), b.at(item));
        }
        if (before.size() == 1) {
            return new Block(id, word, new Step.Pass(), List.of(Exit.to(Exit.Kind.NEXT, "the menu before: " + before.get(0),
                before.get(0), b.at(item))), b.at(item));
        }
        List<Exit> exits = before.stream().map(m -> Exit.to(Exit.Kind.CASE, m, m, b.at(item))).toList();
        return new Block(id, word, new Step.Split("the menu the caller came from", null), exits, b.at(item));
    }

    /** Audio an action plays; empty for an action that plays nothing. */
    private static Optional<Step> play(String type, JsonView body) {
        if (!type.startsWith("play") && !type.equals("holdMusic")) {
            return Optional.empty();
        }
        Node audio = body.get("audio").or(() -> body.get("prompt")).orElse(null);
        Values.Audio heard = audio == null ? new Values.Audio(null, true, true) : Values.audio(audio);
        return Optional.of(new Step.Play(heard.words(), heard.recording()));
    }
}
