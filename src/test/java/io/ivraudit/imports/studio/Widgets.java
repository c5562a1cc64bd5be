package io.ivraudit.imports.studio;

import static io.ivraudit.imports.studio.StudioSample.to;
import static io.ivraudit.imports.studio.StudioSample.widget;

import io.ivraudit.report.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The widgets a {@link StudioSample} is made of, and their generators. */
final class Widgets {
    private Widgets() {}

    /** A report line that must be there: one of {@code block}'s, whose exit names {@code exit}. */
    record Expected(String block, String exit) {}

    /** One widget of a sample (with the helper widgets it needs), and what importing it must give. */
    sealed interface Spec permits Menus.Keys, Menus.Speech, Entry, Play, Function, Flex, Subflow, Connect, Text {
        /** The states it is exported as. */
        List<Object> states(String name, StudioSample sample);

        /** The report lines its transitions must give. */
        List<Expected> lines(String name);

        /** The widgets (indexes) the lowering goes on to from it. */
        List<Integer> followed(StudioSample sample);
    }

    static Arbitrary<Spec> specs() {
        return Arbitraries.frequencyOf(
            Tuple.of(4, Menus.keys()),
            Tuple.of(1, Menus.speech()),
            Tuple.of(1, Combinators.combine(Arbitraries.integers().between(2, 6), StudioSample.targets(),
                StudioSample.targets()).as(Entry::new)),
            Tuple.of(2, Combinators.combine(StudioSample.targets(), Arbitraries.of(true, false)).as(Play::new)),
            Tuple.of(1, Combinators.combine(StudioSample.targets(), StudioSample.targets()).as(Function::new)),
            Tuple.of(1, Arbitraries.of("sales", "billing", "support").map(Flex::new)),
            Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 3), StudioSample.targets(),
                StudioSample.targets()).as(Subflow::new)),
            Tuple.of(1, Arbitraries.integers().between(1, 3).map(Connect::new)),
            Tuple.of(1, Combinators.combine(StudioSample.targets(), StudioSample.targets()).as(Text::new)));
    }

    static List<Integer> followed(StudioSample sample, int... raws) {
        List<Integer> out = new ArrayList<>();
        for (int raw : raws) {
            if (raw >= 0) {
                out.add(sample.index(raw));
            }
        }
        return out;
    }

    static List<Expected> expected(String block, String... exits) {
        return Arrays.stream(exits).map(e -> new Expected(block, e)).toList();
    }

    /** Data entry: the caller keys {@code digits} digits, then goes on; silence times out. */
    record Entry(int digits, int success, int timeout) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "gather-input-on-call", Json.object("say", "Please enter your account number.",
                "number_of_digits", digits, "timeout", 5), List.of(to("keypress", sample.target(success)),
                to("speech", null), to("timeout", sample.target(timeout)))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "keypress", "timeout", "speech is not connected");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return Widgets.followed(sample, success, timeout);
        }
    }

    /** Say/Play: words, or a recording. */
    record Play(int next, boolean recording) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "say-play", recording ? Json.object("play", "https://example.com/" + name + ".mp3")
                : Json.object("say", "Message of " + name + "."), List.of(to("audioComplete", sample.target(next)))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "audioComplete");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return Widgets.followed(sample, next);
        }
    }

    /** Run Function: followed on success; its failure is not modelled. */
    record Function(int success, int fail) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "run-function", Json.object("function_sid", "ZH1", "url", "https://example.com/fn"),
                List.of(to("success", sample.target(success)), to("fail", sample.target(fail)))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "success", "fail");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return Widgets.followed(sample, success);
        }
    }

    /** Send to Flex, routed to a queue by the task's attributes. */
    record Flex(String queue) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "send-to-flex", Json.object("workflow", "WW1", "channel", "TC1",
                "attributes", "{\"type\": \"inbound\", \"queue\": \"" + queue + "\"}"),
                List.of(to("callComplete", null), to("failedToEnqueue", null), to("callFailure", null))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "callComplete", "failedToEnqueue", "callFailure");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return List.of();
        }
    }

    /** Run Subflow of a flow that is not given: taken to return at once, so the call goes on when it completes. */
    record Subflow(int sid, int completed, int failed) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "run-subflow", Json.object("flow_sid", "FW" + sid, "flow_revision", "LatestPublished"),
                List.of(to("completed", sample.target(completed)), to("failed", sample.target(failed)))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "completed", "failed");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return Widgets.followed(sample, completed);
        }
    }

    /** Connect Call To a phone number. */
    record Connect(int number) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "connect-call-to", Json.object("noun", "number", "to", "+1555010000" + number),
                List.of(to("callCompleted", null), to("hangup", null))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "callCompleted", "hangup");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return List.of();
        }
    }

    /** Send Message: the call goes on after it when {@code sent} is connected, else it ends with the text. */
    record Text(int sent, int failed) implements Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            return List.of(widget(name, "send-message", Json.object("body", "Here is the link."),
                List.of(to("sent", sample.target(sent)), to("failed", sample.target(failed)))));
        }

        @Override public List<Expected> lines(String name) {
            return expected(name, "sent", "failed");
        }

        @Override public List<Integer> followed(StudioSample sample) {
            return Widgets.followed(sample, sent);
        }
    }
}
