package io.ivraudit.rank;

import io.ivraudit.model.Costs;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.QueueDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a design needs and burns in a day (SPEC section 2b), for a tree that knows its calls a
 * day: the agents its queues need at the peak to meet the service targets and the paid hours
 * that takes, the agents its roster has, and the day's costs and failed calls.
 *
 * @param calls             calls a day, redials included
 * @param peakAgents        agents on the phones at each queue's peak, summed over the queues
 * @param peakAgentsNeeded  agents each queue needs at its peak to meet the targets, summed
 * @param agentCostNeeded   paid agent hours of the agents needed, at {@code agent_per_hour}
 * @param costPerDay        the expected cost of the day (the cost objective times the calls)
 * @param failedPerDay      calls a day that fail (dead ends, dead channels, hang-ups, on hold too)
 * @param abandonedOnHold   calls a day that hang up on hold
 */
public record DayCost(double calls, int peakAgents, int peakAgentsNeeded, double agentCostNeeded, double costPerDay,
                      double failedPerDay, double abandonedOnHold) {

    /** The day of a design's figures; empty when its tree does not say how many calls a day it takes. */
    public static Optional<DayCost> of(Figures figures, Costs costs) {
        double calls = figures.day().any() ? figures.day().calls() : costs.callsPerDay() == null ? 0 : costs.callsPerDay();
        if (calls <= 0) {
            return Optional.empty();
        }
        int peak = figures.day().queues().values().stream().mapToInt(QueueDay::agents).sum();
        int needed = figures.day().queues().values().stream().mapToInt(QueueDay::agentsNeeded).sum();
        return Optional.of(new DayCost(calls, peak, needed, figures.day().paidHours(true) * costs.agentHour(),
            Objective.COST.score(figures, costs) * calls, figures.overall().failureShare() * calls,
            figures.day().abandonedPerDay()));
    }

    /** What this design needs against {@code base}: "+3 agents at the peak (+$912 a day); 1,140 fewer failed calls a day". */
    public String versus(DayCost base) {
        List<String> parts = new ArrayList<>();
        int agents = peakAgentsNeeded - base.peakAgentsNeeded;
        if (peakAgentsNeeded > 0 || base.peakAgentsNeeded > 0) {
            parts.add(agents == 0 ? "the same agents at the peak"
                : String.format(Locale.ROOT, "%+d %s at the peak (%s%s a day)", agents, Math.abs(agents) == 1 ? "agent" : "agents",
                    agentCostNeeded >= base.agentCostNeeded ? "+$" : "-$",
                    String.format(Locale.ROOT, "%,.0f", Math.abs(agentCostNeeded - base.agentCostNeeded))));
        }
        double failed = base.failedPerDay - failedPerDay;
        parts.add(Math.round(failed) == 0 ? "as many failed calls a day"
            : String.format(Locale.ROOT, "%,.0f %s failed calls a day", Math.abs(failed), failed > 0 ? "fewer" : "more"));
        return String.join("; ", parts);
    }
}
