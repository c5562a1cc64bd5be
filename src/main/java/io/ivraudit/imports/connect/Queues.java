package io.ivraudit.imports.connect;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.imports.connect.Exits.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Connect's queue idiom: {@code UpdateContactTargetQueue} sets the queue, and a later
 * {@code TransferContactToQueue} puts the call in whichever queue is set
 * (docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoqueue.html).
 * Several blocks often set different queues before one shared transfer; each of them whose way on
 * reaches a transfer through blocks callers do not notice (prompts included) is a person of its
 * own queue, carrying the transfer's exits. A transfer reached otherwise is a person of the one
 * queue every way to it sets, else of the queue set before this flow (unnamed). O(setters x (actions + transitions)).
 */
final class Queues {
    static final List<String> TRANSFER_ERRORS = List.of("QueueAtCapacity", Exits.NO_MATCHING_ERROR);
    /** A way to a transfer on which no block of this flow sets the queue, or sets one only run time knows. */
    private static final String UNKNOWN = "";

    private final Map<String, Action> actions;
    private final String entry;
    private final References references;
    private Map<String, Set<String>> queuesAt;

    Queues(Map<String, Action> actions, String entry, References references) {
        this.actions = actions;
        this.entry = entry;
        this.references = references;
    }

    /** A queue-setting block as the person its transfer puts calls through to, when its way on reaches one. */
    Optional<Block> asPerson(Action set) {
        List<String> prompts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = set.next().map(Way::target).orElse(null);
        while (at != null && seen.add(at)) {
            Action a = actions.get(at);
            if (a == null) {
                return Optional.empty();
            }
            if (a.type().equals("TransferContactToQueue")) {
                return Optional.of(person(set, a, prompts));
            }
            if (a.type().equals("MessageParticipant")) {
                Prompts.Prompt prompt = Prompts.of(a.parameters());
                prompts.add(prompt.words() != null ? "'" + prompt.words() + "'" : "a recording");
                at = a.next().map(Way::target).orElse(null);
            } else {
                at = Blocks.quietWayOn(a);
            }
        }
        return Optional.empty();
    }

    private Block person(Action set, Action transfer, List<String> prompts) {
        String onward = ", to the transfer '" + transfer.id() + "'" + (prompts.isEmpty() ? ""
            : " after playing " + String.join(", ", prompts) + " (not said before the person in the tree)");
        List<Exit> exits = new ArrayList<>();
        Exits.of(set, Shape.plain(List.of(Exits.NO_MATCHING_ERROR)))
            .forEach(e -> exits.add(e.kind() == Exit.Kind.NEXT ? Exits.renamed(e, onward) : e));
        Exits.of(transfer, Shape.plain(TRANSFER_ERRORS)).forEach(e -> exits.add(Exits.renamed(
            e.kind() == Exit.Kind.NEXT ? e : new Exit(Exit.Kind.ERROR, e.value(), e.target(), e.then(), e.at()),
            " at the transfer '" + transfer.id() + "'")));
        return new Block(set.id(), set.type(), new Step.Person(references.queueName(set)), exits, set.at());
    }

    /** The queue a transfer puts calls in: the one every way to it sets, else the one the metadata names, else unknown. */
    String queueAt(Action transfer) {
        if (queuesAt == null) {
            queuesAt = new HashMap<>();
            for (Action a : actions.values()) {
                if (a.type().equals("UpdateContactTargetQueue")) {
                    String name = references.queueName(a);
                    a.next().ifPresent(w -> mark(w.target(), name == null ? UNKNOWN : name));
                }
            }
            mark(entry, UNKNOWN);
        }
        Set<String> names = queuesAt.getOrDefault(transfer.id(), Set.of(UNKNOWN));
        if (names.size() == 1 && !names.contains(UNKNOWN)) {
            return names.iterator().next();
        }
        return References.nonBlank(transfer.metadata().object("queue").text("text")).orElse(null);
    }

    /** Marks every transfer reachable from {@code start} without passing another queue-setting block. */
    private void mark(String start, String name) {
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        if (start != null) {
            pending.add(start);
        }
        while (!pending.isEmpty()) {
            Action a = actions.get(pending.poll());
            if (a == null || a.type().equals("UpdateContactTargetQueue") || !seen.add(a.id())) {
                continue;
            }
            if (a.type().equals("TransferContactToQueue")) {
                queuesAt.computeIfAbsent(a.id(), id -> new HashSet<>()).add(name);
            }
            a.ways().stream().map(Way::target).filter(java.util.Objects::nonNull).forEach(pending::add);
        }
    }
}
