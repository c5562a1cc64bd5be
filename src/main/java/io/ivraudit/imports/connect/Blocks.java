package io.ivraudit.imports.connect;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.imports.connect.Exits.Shape;
import io.ivraudit.imports.connect.Prompts.Prompt;
import io.ivraudit.model.Channel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each Connect action as a block: what it does for a caller, by its type (the flow language's
 * action reference), and every transition it has. Compares come last, since whether one reads a
 * menu's keys depends on what the blocks before it became. O(actions + transitions), plus one
 * walk per input and queue block ({@link Inputs}, {@link Queues}).
 */
public final class Blocks {
    /** The actions that do something a caller notices; every other action is followed through. */
    private static final Set<String> FOR_CALLERS = Set.of("GetParticipantInput", "ConnectParticipantWithLexBot",
        "MessageParticipant", "MessageParticipantIteratively", "DisconnectParticipant", "EndFlowExecution",
        "TransferToFlow", "TransferToPhoneNumber", "TransferParticipantToThirdParty", "CheckHoursOfOperation",
        "CheckMetricData", "CheckStaffing", "Compare", "Loop", "UpdateContactTargetQueue", "TransferContactToQueue",
        "DequeueContactAndTransferToQueue", "TransferContactToAgent");
    /** The errors each action type has by the flow language reference, whether an export lists them or not. */
    private static final Map<String, List<String>> ERRORS = Map.of(
        "InvokeLambdaFunction", List.of(Exits.NO_MATCHING_ERROR),
        "UpdateContactAttributes", List.of(Exits.NO_MATCHING_ERROR),
        "UpdateContactTargetQueue", List.of(Exits.NO_MATCHING_ERROR),
        "TransferToFlow", List.of(Exits.NO_MATCHING_ERROR),
        "MessageParticipant", List.of(Exits.NO_MATCHING_ERROR),
        "MessageParticipantIteratively", List.of(Exits.NO_MATCHING_ERROR),
        "TransferContactToQueue", Queues.TRANSFER_ERRORS,
        "DequeueContactAndTransferToQueue", Queues.TRANSFER_ERRORS,
        "TransferParticipantToThirdParty", List.of("CallFailed", "ConnectionTimeLimitExceeded", Exits.NO_MATCHING_ERROR),
        "TransferContactToAgent", List.of(Exits.NO_MATCHING_ERROR));

    private final Map<String, Action> actions;
    private final References references;
    private final Inputs inputs;
    private final Queues queues;

    private Blocks(Map<String, Action> actions, String entry) {
        this.actions = actions;
        this.references = new References(actions.values());
        this.inputs = new Inputs(actions, references);
        this.queues = new Queues(actions, entry, references);
    }

    /**
     * The blocks of a flow's actions, in export order: what each does for a caller and every
     * transition its type has. O(actions + transitions), plus one walk per input and queue block.
     *
     * @param actions the flow's actions by identifier, in export order
     * @param entry   the identifier of the action calls start at
     */
    public static Map<String, Block> of(Map<String, Action> actions, String entry) {
        return new Blocks(actions, entry).all();
    }

    private Map<String, Block> all() {
        Map<String, Block> blocks = new LinkedHashMap<>();
        actions.values().forEach(a -> blocks.put(a.id(), null));
        actions.values().stream().filter(a -> !a.type().equals("Compare")).forEach(a -> blocks.put(a.id(), block(a)));
        actions.values().stream().filter(a -> a.type().equals("Compare")).forEach(a -> blocks.put(a.id(), compare(a, blocks)));
        return blocks;
    }

    /** A split on the compared value; on a menu's input when it reads what a caller chose at a menu elsewhere. */
    private Block compare(Action a, Map<String, Block> blocks) {
        String reads = Objects.requireNonNullElse(a.parameter("ComparisonValue"), "a value the export does not name");
        return block(a, new Step.Split(reads, inputs.inputOf(a, blocks)),
            Shape.choosing(Exit.Kind.CASE, List.of(Exits.NO_MATCHING_CONDITION)));
    }

    private Block block(Action a) {
        return switch (a.type()) {
            case "GetParticipantInput" -> inputs.getParticipantInput(a);
            case "ConnectParticipantWithLexBot" -> inputs.lexBot(a);
            case "MessageParticipant" -> play(a, Prompts.of(a.parameters()));
            case "MessageParticipantIteratively" -> play(a, Prompts.ofMessages(a.parameters()));
            case "DisconnectParticipant", "EndFlowExecution" -> block(a, new Step.Hangup(null), plain(a));
            case "TransferToFlow" -> block(a, new Step.Link(references.flowTarget(a)), plain(a));
            case "TransferToPhoneNumber", "TransferParticipantToThirdParty" -> block(a, new Step.Forward(number(a), Channel.PHONE), plain(a));
            case "CheckHoursOfOperation" -> block(a, new Step.Hours(), new Shape(Blocks::openOrClosed,
                List.of(Exits.NO_MATCHING_ERROR), List.of("True", "False"), true, true, Exit.Kind.NEXT));
            case "CheckMetricData", "CheckStaffing" -> staffing(a);
            case "Loop" -> block(a, new Step.Split("the loop count (LoopCount " + a.parameter("LoopCount") + ")", null),
                new Shape(w -> Exit.Kind.CASE, List.of(), List.of("ContinueLooping", "DoneLooping"), true, true, Exit.Kind.NEXT));
            case "UpdateContactTargetQueue" -> queues.asPerson(a).orElseGet(() -> block(a, new Step.Pass(), plain(a)));
            case "TransferContactToQueue" -> block(a, new Step.Person(queues.queueAt(a)), plain(a));
            case "DequeueContactAndTransferToQueue" -> block(a, new Step.Person(references.queueName(a)), plain(a));
            case "TransferContactToAgent" -> block(a, new Step.Person("agent"), plain(a));
            default -> block(a, new Step.Pass(), new Shape(w -> Exit.Kind.CASE, ERRORS.getOrDefault(a.type(), List.of()),
                List.of(), !a.ways(Way.Source.CONDITION).isEmpty(), false, Exit.Kind.NEXT));
        };
    }

    private static Block block(Action a, Step step, Shape shape) {
        return new Block(a.id(), a.type(), step, Exits.of(a, shape), a.at());
    }

    private static Shape plain(Action a) {
        return Shape.plain(ERRORS.getOrDefault(a.type(), List.of()));
    }

    private static Block play(Action a, Prompt prompt) {
        return block(a, new Step.Play(prompt.words(), prompt.recording()), plain(a));
    }

    private static Exit.Kind openOrClosed(Way condition) {
        return condition.value().equalsIgnoreCase("True") ? Exit.Kind.OPEN
            : condition.value().equalsIgnoreCase("False") ? Exit.Kind.CLOSED : Exit.Kind.CASE;
    }

    /** Check staffing: agents available, staffed or online in the queue; the queue's metrics otherwise. */
    private static Block staffing(Action a) {
        String metric = a.parameter("MetricType");
        boolean counts = metric != null && (metric.startsWith("OldestContact") || metric.equals("NumberOfContactsInQueue"));
        return block(a, new Step.Split(metric == null ? "a queue metric" : metric + " of the queue", null),
            Shape.choosing(Exit.Kind.CASE, counts ? List.of(Exits.NO_MATCHING_CONDITION, Exits.NO_MATCHING_ERROR)
                : List.of(Exits.NO_MATCHING_ERROR)));
    }

    private String number(Action a) {
        String number = references.resolved(a.parameter("ThirdPartyPhoneNumber") != null
            ? a.parameter("ThirdPartyPhoneNumber") : a.parameter("PhoneNumber"));
        if (number == null || number.isBlank()) {
            return "a phone number the export does not give";
        }
        return number.startsWith("$.") ? "a phone number set at run time (" + number + ")" : number;
    }

    /**
     * Where a block with no meaning for callers leads: its one way on (errors aside), or, for a
     * Loop, the way it takes while it loops; {@code null} for a block callers notice or one that splits.
     */
    static String quietWayOn(Action a) {
        if (a.type().equals("Loop")) {
            return a.ways(Way.Source.CONDITION).stream().filter(w -> w.value().equals("ContinueLooping"))
                .map(Way::target).findFirst().orElse(null);
        }
        if (FOR_CALLERS.contains(a.type())) {
            return null;
        }
        Set<String> targets = new LinkedHashSet<>();
        a.ways().stream().filter(w -> w.source() != Way.Source.ERROR).forEach(w -> targets.add(w.target()));
        return targets.size() == 1 ? targets.iterator().next() : null;
    }
}
