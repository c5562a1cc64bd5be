package io.ivraudit.audit;

import java.util.List;
import java.util.Optional;

/** Every rule ivr-audit knows, in the order reports list them. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
        new NoHumanPathRule(), new BuriedHumanRule(), new HiddenHumanRule(), new HumanLastRule(),
        new NoZeroOutRule(), new FalseHumanPromiseRule(), new DeadReplyAddressRule(), new TrapCycleRule(),
        new DeadEndRule(), new UnservedIntentRule(), new UnreachableNodeRule(), new WideMenuRule(),
        new DeepTreeRule(), new InvalidDisconnectsRule(), new LongPromptRule(), new HatedPhraseRule(),
        new SlowToHumanRule(), new FallbackAsOptionRule(), new PersonElsewhereRule(), new UnreviewedIntentRule());

    private Rules() {}

    /** All rules. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id, if there is one. */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rule ids. */
    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }
}
