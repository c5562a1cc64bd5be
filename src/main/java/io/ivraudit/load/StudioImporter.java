package io.ivraudit.load;

import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Imports a Twilio Studio flow ({@code states} of widgets with {@code transitions}). A
 * {@code gather-input-on-call} followed by a {@code split-based-on} its {@code Digits} (keys) or
 * {@code SpeechResult} (phrases) is a menu, the split's no-match or the gather's timeout its
 * {@code on_invalid}; {@code say-play} is a message; {@code send-to-flex}, {@code enqueue-call}
 * and {@code connect-call-to} a client are people; a call connected to a number is a handoff,
 * and so is a text message; other widgets are followed through. O(widgets).
 */
public final class StudioImporter extends FlowMapper {
    private static final Set<String> FAILURE_EVENTS = Set.of("fail", "failed", "failure");

    private final Map<String, MappingNode> states = new LinkedHashMap<>();

    private StudioImporter(String file) {
        super(file);
    }

    /** Imports a Studio flow export. */
    public static FlowImport read(Path path) {
        YamlSource.Read source = YamlSource.read(path, YamlSource.Kind.FLOW);
        if (source.root().isEmpty()) {
            return FlowImport.failed(source.errors());
        }
        return new StudioImporter(path.toString()).read(source.root().get(), TreeLoader.defaultId(path));
    }

    /** Whether a document is a Studio flow: {@code states} with an {@code initial_state}. No tree has these keys. */
    static boolean looksLikeFlow(org.yaml.snakeyaml.nodes.Node root) {
        return root instanceof MappingNode map && new Json(map).list("states").isPresent()
            && new Json(map).has("initial_state");
    }

    private FlowImport read(org.yaml.snakeyaml.nodes.Node root, String defaultId) {
        if (!(root instanceof MappingNode map) || !looksLikeFlow(root)) {
            problems.add(root, "found no states and initial_state; expected a Twilio Studio flow export");
            return FlowImport.failed(problems.errors());
        }
        Json flow = new Json(map);
        for (org.yaml.snakeyaml.nodes.Node item : flow.list("states").orElseThrow().getValue()) {
            Json state = new Json(item instanceof MappingNode m ? m : null);
            if (state.text("name").isPresent() && state.text("type").isPresent()) {
                states.put(state.text("name").orElseThrow(), (MappingNode) item);
            } else {
                problems.add(item, "a state without name and type; expected each state to have both");
            }
        }
        String initial = flow.text("initial_state").orElse("");
        if (!states.containsKey(initial)) {
            problems.add(flow.get("initial_state").orElse(map), "initial_state '" + initial
                + "' is not a state; expected the name of one");
        } else if (isTrigger(initial) && transition(initial, "incomingCall").isEmpty()) {
            problems.add(states.get(initial), "the trigger has no incomingCall transition; expected a flow that answers calls");
        }
        if (problems.any()) {
            return FlowImport.failed(problems.errors());
        }
        String entry = resolve(initial, new LinkedHashSet<>());
        Optional<String> description = flow.text("description").filter(d -> !d.isBlank());
        return finish(entry, defaultId, description.orElse(null), states.size());
    }

    private boolean isTrigger(String name) {
        return type(name).equals("trigger");
    }

    private String type(String name) {
        return new Json(states.get(name)).text("type").orElse("");
    }

    private Json properties(String name) {
        return new Json(new Json(states.get(name)).mapping("properties").orElse(null));
    }

    /** The transitions of a state, as (event, next) pairs; those without a next are left out. */
    private List<String[]> transitions(String name) {
        List<String[]> out = new ArrayList<>();
        new Json(states.get(name)).list("transitions").ifPresent(list -> list.getValue().forEach(t -> {
            Json transition = new Json(t instanceof MappingNode m ? m : null);
            transition.text("next").filter(n -> !n.isBlank())
                .ifPresent(next -> out.add(new String[] {transition.text("event").orElse(""), next}));
        }));
        return out;
    }

    private Optional<String> transition(String name, String event) {
        return transitions(name).stream().filter(t -> t[0].equals(event)).map(t -> t[1]).findFirst();
    }

    @Override boolean exists(String block) {
        return states.containsKey(block);
    }

    @Override SourcePosition at(String block) {
        return states.containsKey(block) ? problems.position(states.get(block)) : SourcePosition.startOf(file);
    }

    @Override String map(String name, Set<String> following) {
        String type = type(name);
        Json props = properties(name);
        return switch (type) {
            case "trigger" -> alias(name, resolve(transition(name, "incomingCall").orElseThrow(), following));
            case "say-play" -> sayPlay(name, props, following);
            case "gather-input-on-call" -> gather(name, props, following);
            case "send-to-flex", "enqueue-call" -> terminal(name, new Node.Human(next("queue"),
                props.text("workflow").or(() -> props.text("queue_name")).orElse(type), 0, List.of(), at(name)));
            case "connect-call-to" -> connect(name, props);
            case "send-message", "send-and-wait-for-reply" -> handoff(name, props.text("to").orElse("sms"), Channel.SMS);
            default -> passThrough(name, type, following);
        };
    }

    private String sayPlay(String name, Json props, Set<String> following) {
        Optional<String> say = props.text("say").map(FlowMapper::oneLine).filter(s -> !s.isEmpty());
        if (say.isEmpty() && props.has("play")) {
            notes.add("'" + name + "' plays a recording; its words are unknown, so its length is not counted");
        }
        Optional<String> after = transition(name, "audioComplete");
        if (after.isEmpty()) {
            return terminal(name, new Node.Hangup(next("hangup"), say.orElse(null), null, at(name)));
        }
        String id = reserve(name, "message");
        nodes.put(id, new Node.Message(id, say.orElse(null), null, resolve(after.get(), following), at(name)));
        return id;
    }

    private String gather(String name, Json props, Set<String> following) {
        String id = reserve(name, "menu");
        List<Choice> choices = new ArrayList<>();
        Optional<String> noMatch = Optional.empty();
        for (String event : List.of("keypress", "speech")) {
            Optional<String> split = transition(name, event);
            if (split.isEmpty()) {
                continue;
            }
            boolean speech = event.equals("speech");
            String input = speech ? "SpeechResult" : "Digits";
            if (states.containsKey(split.get()) && type(split.get()).equals("split-based-on")) {
                String reads = properties(split.get()).text("input").orElse("");
                if (!reads.contains(input)) {
                    notes.add(id + ": the split '" + split.get() + "' reads " + reads + ", not this menu's " + input
                        + "; its conditions are taken as the menu's choices");
                }
                choices.addAll(choicesOf(id, split.get(), speech));
                noMatch = noMatch.or(() -> transition(split.get(), "noMatch"));
            } else {
                notes.add(id + ": any " + (speech ? "answer" : "key") + " goes to '" + split.get() + "', which is no split "
                    + "on the input; callers cannot be modelled choosing there, so that way on is left out");
            }
        }
        if (choices.isEmpty()) {
            forget(name);
            notes.add(id + ": the gather leads nowhere on input; imported as a message");
            return sayPlay(name, props, following);
        }
        String invalid = noMatch.or(() -> transition(name, "timeout")).map(n -> resolveFresh(n, following)).orElse(null);
        String prompt = props.text("say").map(s -> s.replaceAll("[ \\t\\x0B\\f\\r]+", " ").trim()).orElse("");
        nodes.put(id, menu(id, prompt, choices, invalid, at(name), following, prompt.contains("{{")));
        return id;
    }

    /** The options a split on a gather's input gives: one per value of each matching condition. */
    private List<Choice> choicesOf(String menuId, String split, boolean speech) {
        List<Choice> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        new Json(states.get(split)).list("transitions").ifPresent(list -> list.getValue().forEach(t -> {
            Json transition = new Json(t instanceof MappingNode m ? m : null);
            Optional<String> to = transition.text("next");
            if (!transition.text("event").orElse("").equals("match") || to.isEmpty()) {
                return;
            }
            for (String value : conditionValues(transition.list("conditions").orElse(null))) {
                if (!seen.add(value)) {
                    continue;
                }
                if (!speech && !value.matches("[0-9*#]")) {
                    notes.add(menuId + ": '" + value + "' is not one key; it was skipped");
                } else {
                    out.add(new Choice(value, speech, to.get()));
                }
            }
        }));
        return out;
    }

    private static List<String> conditionValues(SequenceNode conditions) {
        List<String> values = new ArrayList<>();
        if (conditions == null) {
            return values;
        }
        for (org.yaml.snakeyaml.nodes.Node c : conditions.getValue()) {
            new Json(c instanceof MappingNode m ? m : null).text("value").ifPresent(v -> {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            });
        }
        return values;
    }

    private String connect(String name, Json props) {
        String noun = props.text("noun").orElse("number");
        if (noun.equals("client") || noun.equals("sim")) {
            return terminal(name, new Node.Human(next("agent"), props.text("to").orElse(noun), 0, List.of(), at(name)));
        }
        return handoff(name, props.text("to").orElse(noun), Channel.PHONE);
    }

    private String handoff(String name, String to, Channel channel) {
        address(to, channel, null, at(name));
        notes.add("'" + name + "' sends the caller to " + channel.word() + " " + to + ": mark the address unmonitored "
            + "if nobody answers there");
        return terminal(name, new Node.Handoff(next("handoff"), null, null, to, at(name)));
    }

    /** A widget with no meaning for a caller: followed through its successes (its failures if it has nothing else). */
    private String passThrough(String name, String type, Set<String> following) {
        List<String[]> all = transitions(name);
        List<String> targets = new ArrayList<>(all.stream().filter(t -> !FAILURE_EVENTS.contains(t[0]))
            .map(t -> t[1]).distinct().toList());
        if (targets.isEmpty()) {
            targets.addAll(all.stream().map(t -> t[1]).distinct().toList());
        }
        return FlowSplits.follow(this, name, type, targets, following);
    }
}
