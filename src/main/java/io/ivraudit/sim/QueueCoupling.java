package io.ivraudit.sim;

import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Costs;
import io.ivraudit.queue.ErlangA;
import io.ivraudit.queue.QueueFigures;
import io.ivraudit.queue.QueueSampler;
import io.ivraudit.queue.ServiceTarget;
import io.ivraudit.queue.Staffing;
import io.ivraudit.queue.Traffic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * SPEC section 2b: a tree's people and its queues, solved together. The caller model (solved
 * exactly, without queues) gives the share of each intent's calls that reach each queue; those
 * and {@code calls_per_day} give each queue's arrivals per interval; Erlang A gives each
 * interval's hang-ups on hold and waits; callers whose call failed redial, adding calls, until
 * the calls of the day settle (a fixed point). The tree is then compiled with each queue's
 * day-level hang-up share and mean wait, and the samplers Monte Carlo draws from.
 * Cost: one exact solve, plus per round O(intents' queue reaches + queues x intervals x Erlang A).
 */
final class QueueCoupling {
    /** Rounds of the redial fixed point at most; each round's change shrinks by the redial chance at least. */
    static final int MOST_ROUNDS = 200;

    private QueueCoupling() {}

    /** The tree coupled to its queues, and the queues' figures for the day. */
    record Coupled(CompiledTree tree, CentreDay day) {}

    /** Couples a tree with queues; {@code roster} says whether its queues keep their agents or are staffed to the targets. */
    static Coupled couple(CompiledTree free, Roster roster) {
        Reach reach = new Reach(free.queueIds.length);
        Figures alone = ExactSolver.solve(free, reach);
        CallCentre centre = free.tree.centre();
        Costs costs = free.tree.effectiveCosts();
        double firstCalls = costs.callsPerDay();
        int intents = free.intentCount;
        double[] failed = new double[intents];
        double[] calls = new double[intents];
        for (int k = 0; k < intents; k++) {
            failed[k] = alone.intents().get(free.intentIds[k]).figures().failureShare();
            calls[k] = firstCalls * free.intentShare[k];
        }
        boolean redials = Arrays.stream(free.redial).anyMatch(r -> r > 0);
        for (int round = 0; redials && round < MOST_ROUNDS; round++) {
            double[] abandon = solveDay(free, centre, costs, reach.arrivals(calls, free.intentShare), 1, roster, false).abandon;
            double change = 0;
            for (int k = 0; k < intents; k++) {
                double failing = Math.min(1, failed[k] + reach.abandoning(k, abandon) / free.intentShare[k]);
                double settled = firstCalls * free.intentShare[k] / (1 - free.redial[k] * failing);
                change = Math.max(change, Math.abs(settled - calls[k]));
                calls[k] = settled;
            }
            if (change <= 1e-12 * Math.max(1, firstCalls)) {
                break;
            }
        }
        Day day = solveDay(free, centre, costs, reach.arrivals(calls, free.intentShare), Arrays.stream(calls).sum(), roster, true);
        CompiledTree coupled = free.coupled(day.abandon, day.asa, day.draws);
        return new Coupled(coupled, new CentreDay(Arrays.stream(calls).sum(), day.days));
    }

    /** One solution of the day's queues: per queue, the day-level hang-up share and wait, the draws and the report. */
    private record Day(double[] abandon, double[] asa, Draws draws, Map<String, QueueDay> days) {}

    /**
     * The queues' day for these arrivals; {@code full}: with each interval's report, staffing and
     * sampler, else only the hang-up shares and waits the redial rounds need.
     */
    private static Day solveDay(CompiledTree t, CallCentre centre, Costs costs, double[] arrivals, double allCalls,
                                Roster roster, boolean full) {
        double[] profile = centre.profile();
        double intervalSeconds = centre.intervalSeconds();
        CallCentre.Service service = centre.service().over(CallCentre.Service.DEFAULTS);
        ServiceTarget target = new ServiceTarget(service.answerWithinSeconds(), service.level(), service.maxAbandon());
        double paidPerAgent = intervalSeconds / 3600 / (1 - service.shrinkage());
        int queues = t.queueIds.length;
        double[] abandon = new double[queues];
        double[] asa = new double[queues];
        QueueSampler[][] samplers = new QueueSampler[queues][];
        Map<String, QueueDay> days = new LinkedHashMap<>();
        for (int q = 0; q < queues; q++) {
            CallCentre.Queue queue = centre.queues().get(t.queueIds[q]);
            double handle = queue.handle(costs) * 60;
            List<QueueDay.Interval> intervals = new ArrayList<>();
            samplers[q] = new QueueSampler[profile.length];
            double served = 0;
            double servedWait = 0;
            double waited = 0;
            double abandoned = 0;
            double within = 0;
            double busy = 0;
            int peak = 0;
            int peakNeeded = 0;
            double paid = 0;
            double paidNeeded = 0;
            for (int i = 0; i < profile.length; i++) {
                double callsIn = arrivals[q] * profile[i];
                Traffic traffic = new Traffic(callsIn / intervalSeconds, handle, queue.patience());
                int needed = full || roster == Roster.STAFFED ? Staffing.fewestAgents(traffic, target) : 0;
                int agents = roster == Roster.STAFFED ? needed : queue.agentsAt(i);
                if (!full) {
                    abandoned += callsIn * ErlangA.figures(traffic, agents, target.answerWithinSeconds()).pAbandon();
                    continue;
                }
                Staffing.Staffed around = Staffing.around(traffic, agents, target.answerWithinSeconds());
                QueueFigures f = around.figures();
                int neededPaid = (int) Math.ceil(needed / (1 - service.shrinkage()) - 1e-9);
                intervals.add(new QueueDay.Interval(callsIn, callsIn * 3600 / intervalSeconds, agents, f, needed, neededPaid,
                    around.oneFewer(), around.oneMore()));
                samplers[q][i] = QueueSampler.of(traffic, agents);
                served += callsIn * (1 - f.pAbandon());
                servedWait += callsIn * (1 - f.pAbandon()) * f.asaSeconds();
                waited += callsIn * f.pWait();
                abandoned += callsIn * f.pAbandon();
                within += callsIn * f.serviceLevel();
                busy += callsIn * f.occupancy();
                peak = Math.max(peak, agents);
                peakNeeded = Math.max(peakNeeded, needed);
                paid += agents * paidPerAgent;
                paidNeeded += needed * paidPerAgent;
            }
            double all = arrivals[q];
            if (!full) {
                abandon[q] = all > 0 ? abandoned / all : 0;
                continue;
            }
            abandon[q] = all > 0 ? abandoned / all : intervals.get(0).figures().pAbandon();
            asa[q] = served > 0 ? servedWait / served : intervals.get(0).figures().asaSeconds();
            double openSeconds = intervalSeconds * profile.length;
            days.put(t.queueIds[q], new QueueDay(t.queueIds[q], all / allCalls, all, all * 3600 / openSeconds, peak,
                all / openSeconds * handle, all > 0 ? busy / all : 0, all > 0 ? waited / all : 0, abandon[q],
                asa[q], all > 0 ? within / all : intervals.get(0).figures().serviceLevel(), peakNeeded, paid, paidNeeded,
                intervals));
        }
        return new Day(abandon, asa, new Draws(samplers, cumulative(profile)), days);
    }

    private static double[] cumulative(double[] profile) {
        double[] out = new double[profile.length];
        double sum = 0;
        for (int i = 0; i < profile.length; i++) {
            sum += profile[i];
            out[i] = sum;
        }
        out[profile.length - 1] = Double.POSITIVE_INFINITY;
        return out;
    }

    /**
     * What Monte Carlo draws for a call that reaches a queue: the interval it arrives in (by the
     * day's profile), then the hang-up or the wait from that interval's Erlang A distribution.
     */
    static final class Draws {
        private final QueueSampler[][] samplers;
        private final double[] intervalCumulative;

        Draws(QueueSampler[][] samplers, double[] intervalCumulative) {
            this.samplers = samplers;
            this.intervalCumulative = intervalCumulative;
        }

        /** The seconds on hold of a call reaching queue {@code q}, or {@link QueueSampler#ABANDONED}. */
        double draw(int q, SplittableRandom random) {
            double u = random.nextDouble();
            int i = 0;
            while (u >= intervalCumulative[i]) {
                i++;
            }
            return samplers[q][i].draw(random);
        }

        /** A wait beyond which the seconds-to-a-person histogram may lump calls together: far past any mean wait. */
        double longestWait() {
            return 3600;
        }
    }

    /**
     * Per intent, the share of all calls that are of that intent and reach each queue, kept
     * sparse (an intent reaches few queues), filled by the exact solver intent by intent.
     */
    static final class Reach {
        private final double[] current;
        private int[] start = new int[16];
        private int[] queue = new int[16];
        private double[] share = new double[16];
        private int intents;
        private int size;

        Reach(int queues) {
            current = new double[queues];
        }

        void add(int q, double mass) {
            current[q] += mass;
        }

        /** Ends the current intent's entries; the solver calls it once per intent, in order. */
        void finishIntent() {
            for (int q = 0; q < current.length; q++) {
                if (current[q] != 0) {
                    if (size == queue.length) {
                        queue = Arrays.copyOf(queue, size * 2);
                        share = Arrays.copyOf(share, size * 2);
                    }
                    queue[size] = q;
                    share[size++] = current[q];
                    current[q] = 0;
                }
            }
            if (intents + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            start[++intents] = size;
        }

        /** Calls a day reaching each queue, with {@code calls[k]} calls of intent k whose share of all calls is {@code intentShare[k]}. */
        double[] arrivals(double[] calls, double[] intentShare) {
            double[] out = new double[current.length];
            for (int k = 0; k < intents; k++) {
                for (int j = start[k]; j < start[k + 1]; j++) {
                    out[queue[j]] += calls[k] * share[j] / intentShare[k];
                }
            }
            return out;
        }

        /** The share of all calls that are of intent k and hang up on hold, with these hang-up chances per queue. */
        double abandoning(int k, double[] abandon) {
            double sum = 0;
            for (int j = start[k]; j < start[k + 1]; j++) {
                sum += share[j] * abandon[queue[j]];
            }
            return sum;
        }
    }
}
