package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FreeSWITCH's XML IVR menus ({@code ivr.conf.xml} or {@code ivr_menus/*.xml}), as documented in
 * "IVR Menus" (developer.signalwire.com/freeswitch, Chapter 21) and mod_dptools "IVR Menu": each
 * {@code <menu name>} is one flow, named by the menu, so that {@code --entry MENU} picks it; calls
 * start by default in the first menu no other menu runs as a sub-menu (the dial plan's
 * {@code ivr} application, which names the menu a number reaches, is not in these files).
 * O(menus x entries).
 */
public final class FreeSwitch implements Platform {
    @Override public String id() {
        return "freeswitch";
    }

    @Override public String title() {
        return MenuFlows.PLATFORM;
    }

    @Override public boolean recognises(ExportDocument document) {
        return MenuFile.recognised(document);
    }

    @Override public Parsed parse(ExportDocument document) {
        MenuFile.Read read = MenuFile.read(document);
        if (!read.errors().isEmpty()) {
            return Parsed.failed(read.errors());
        }
        List<MenuFile.Menu> menus = read.menus();
        Map<String, List<String>> subs = new LinkedHashMap<>();
        Set<String> defined = new LinkedHashSet<>();
        menus.forEach(m -> defined.add(m.name()));
        for (MenuFile.Menu menu : menus) {
            subs.put(menu.name(), menu.entries().stream().filter(e -> "menu-sub".equals(e.action()))
                .map(e -> e.param() == null ? "" : e.param()).filter(p -> defined.contains(p) && !p.equals(menu.name()))
                .toList());
        }
        List<Flow> flows = new ArrayList<>();
        for (MenuFile.Menu menu : menus) {
            flows.add(MenuFlows.flow(document.file(), menu, top(menu.name(), menus, subs)));
        }
        return new Parsed(flows, List.of());
    }

    /** The first menu no other menu runs as a sub-menu (by menu-sub, or the ivr application); else the first. */
    @Override public Optional<String> defaultEntry(List<Flow> flows) {
        Set<String> run = new HashSet<>();
        for (Flow flow : flows) {
            for (Block block : flow.blocks().values()) {
                if (block.step() instanceof Step.Link link && link.returns() && !link.flow().equals(flow.name())) {
                    run.add(link.flow());
                }
            }
        }
        return flows.stream().map(Flow::name).filter(name -> !run.contains(name)).findFirst()
            .or(() -> flows.stream().map(Flow::name).findFirst());
    }

    /**
     * The menu {@code menu-top} leads to from {@code name}: the top of the menu stack it runs in,
     * which is the menu the dial plan started. Read from the file: the first menu that no other
     * menu runs as a sub-menu and from which {@code name} is reached by menu-sub (a menu that no
     * such menu reaches is its own top). O(menus + entries).
     */
    private static String top(String name, List<MenuFile.Menu> menus, Map<String, List<String>> subs) {
        Set<String> reached = new HashSet<>();
        subs.values().forEach(reached::addAll);
        for (MenuFile.Menu root : menus) {
            if (!reached.contains(root.name()) && reaches(root.name(), name, subs)) {
                return root.name();
            }
        }
        return name;
    }

    private static boolean reaches(String from, String to, Map<String, List<String>> subs) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(to)) {
                return true;
            }
            if (seen.add(at)) {
                queue.addAll(subs.getOrDefault(at, List.of()));
            }
        }
        return false;
    }
}
