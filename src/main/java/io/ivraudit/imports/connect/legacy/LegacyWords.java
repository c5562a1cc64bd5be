package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks the Connect importer made of translated modules, named back in the legacy file's
 * words for the report: each block by its module's type ({@code GetUserInput}, not
 * GetParticipantInput), each exit by its branch's condition ({@code NoMatch}, not
 * NoMatchingCondition; {@code Success}, not NextAction). Keys, phrases and data cases are the
 * file's own values and stay as they are. O(exits).
 */
final class LegacyWords {
    private static final Pattern FLOW_WORDS = Pattern.compile("\\b(NextAction|NoMatchingError|NoMatchingCondition"
        + "|InputTimeLimitExceeded|QueueAtCapacity|ContinueLooping|DoneLooping|InvalidPhoneNumber|InvalidCallbackNumber"
        + "|CallbackNumberNotDialable|Compare)\\b");

    private LegacyWords() {}

    /** The blocks with their modules' types and their exits in the modules' words, in the same order. */
    static Map<String, Block> of(Map<String, Block> blocks, Map<String, Module> modules) {
        Map<String, Block> out = new LinkedHashMap<>();
        blocks.forEach((id, block) -> {
            Module module = modules.get(id);
            String type = module == null ? block.type() : module.type();
            List<Exit> exits = block.exits().stream().map(e -> renamed(e, type.equals("Loop"))).toList();
            out.put(id, new Block(block.id(), type, block.step(), exits, block.at()));
        });
        return out;
    }

    private static Exit renamed(Exit exit, boolean loop) {
        boolean fileValue = exit.kind() == Exit.Kind.KEY || exit.kind() == Exit.Kind.PHRASE
            || exit.kind() == Exit.Kind.CASE && !loop;
        if (fileValue || exit.value() == null) {
            return exit;
        }
        Matcher m = FLOW_WORDS.matcher(exit.value());
        String words = m.replaceAll(r -> Matcher.quoteReplacement(legacy(r.group())));
        return new Exit(exit.kind(), words, exit.target(), exit.then(), exit.at());
    }

    /** The legacy branch a flow language transition name stands for. */
    static String legacy(String flowWord) {
        return switch (flowWord) {
            case "NextAction" -> "Success";
            case "NoMatchingError" -> "Error";
            case "NoMatchingCondition" -> "NoMatch";
            case "InputTimeLimitExceeded" -> "Timeout";
            case "QueueAtCapacity" -> "AtCapacity";
            case "ContinueLooping" -> "Looping";
            case "DoneLooping" -> "Complete";
            case "InvalidPhoneNumber" -> "InvalidNumber";
            case "InvalidCallbackNumber" -> "InvalidPhoneNumber";
            case "CallbackNumberNotDialable" -> "NonDialableNumber";
            case "Compare" -> "CheckAttribute";
            default -> flowWord;
        };
    }
}
