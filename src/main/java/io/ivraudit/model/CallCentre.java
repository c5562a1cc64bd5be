package io.ivraudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC section 2b as written in a tree: its queues, the day their calls arrive over, and the
 * service targets staffing aims for. A tree without queues has {@link #NONE}, and its people hold
 * callers for their fixed {@code hold_seconds}.
 *
 * @param queues  the queues by id, in file order
 * @param day     the open hours and how the calls spread over them, as written
 * @param service the staffing targets, as written
 */
public record CallCentre(Map<String, Queue> queues, Day day, Service service) {
    /** No queues: people hold callers for their {@code hold_seconds}. */
    public static final CallCentre NONE = new CallCentre(Map.of(), Day.NONE, Service.NONE);

    public CallCentre {
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
    }

    /** Whether the tree declares queues, so that hold times and hang-ups on hold follow from the traffic. */
    public boolean any() {
        return !queues.isEmpty();
    }

    /**
     * The number of intervals the open hours are split into: the profile's length when written,
     * else the longest per-interval {@code agents} list, else one.
     */
    public int intervals() {
        if (day.profile() != null) {
            return day.profile().size();
        }
        return queues.values().stream().mapToInt(q -> q.agents().size()).max().orElse(1);
    }

    /** Each interval's share of the day's calls: the profile, or even shares. */
    public double[] profile() {
        int n = intervals();
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            shares[i] = day.profile() != null ? day.profile().get(i) : 1.0 / n;
        }
        return shares;
    }

    /** The seconds of one interval: the open hours split evenly. */
    public double intervalSeconds() {
        return day.over(Day.DEFAULTS).openHours() * 3600 / intervals();
    }

    /** This call centre with other queues (a redesign's roster). */
    public CallCentre withQueues(Map<String, Queue> other) {
        return new CallCentre(other, day, service);
    }

    /**
     * One queue of people.
     *
     * @param id              the queue's name, as {@code human} nodes name it in {@code queue}
     * @param agents          agents on the phones: one number for the whole day, or one per interval
     * @param handleMinutes   the mean handle time; {@code null}: {@code costs.handle_minutes}
     * @param patienceSeconds the mean time a caller waits on hold before hanging up; {@code null}: 180
     * @param at              where the queue is written
     */
    public record Queue(String id, List<Integer> agents, Double handleMinutes, Double patienceSeconds, SourcePosition at) {
        /** The default mean patience on hold, in seconds. */
        public static final double DEFAULT_PATIENCE = 180;

        public Queue {
            agents = List.copyOf(agents);
        }

        /** Agents on the phones in interval {@code i}. */
        public int agentsAt(int i) {
            return agents.size() == 1 ? agents.get(0) : agents.get(i);
        }

        /** The mean patience, with its default. */
        public double patience() {
            return patienceSeconds != null ? patienceSeconds : DEFAULT_PATIENCE;
        }

        /** The mean handle time in minutes, with {@code costs.handle_minutes} for its default. */
        public double handle(Costs costs) {
            return handleMinutes != null ? handleMinutes : costs.handleMinutes();
        }

        /** This queue with another roster. */
        public Queue withAgents(List<Integer> roster) {
            return new Queue(id, roster, handleMinutes, patienceSeconds, at);
        }

        /** The queue's keys as written, in the format's order; {@code null} where nothing was written. */
        public Map<String, Object> byKey() {
            Map<String, Object> keys = new LinkedHashMap<>();
            keys.put("agents", agents.size() == 1 ? agents.get(0) : agents);
            keys.put("handle_minutes", handleMinutes);
            keys.put("patience_seconds", patienceSeconds);
            return Collections.unmodifiableMap(keys);
        }
    }

    /**
     * The day calls arrive over.
     *
     * @param openHours hours the queues are staffed (default 10)
     * @param profile   each interval's share of the day's calls, summing to 1; {@code null}: even
     */
    public record Day(Double openHours, List<Double> profile) {
        public static final Day DEFAULTS = new Day(10.0, null);
        public static final Day NONE = new Day(null, null);

        public Day {
            profile = profile == null ? null : List.copyOf(profile);
        }

        /** This day where written, {@code base}'s elsewhere. */
        public Day over(Day base) {
            return new Day(openHours != null ? openHours : base.openHours, profile != null ? profile : base.profile);
        }
    }

    /**
     * The staffing targets.
     *
     * @param answerWithinSeconds the service-level target time (default 20)
     * @param level               the share of queued callers answered within it (default 0.80)
     * @param maxAbandon          the most hang-ups on hold allowed, as a share (default 0.05)
     * @param shrinkage           paid time not on the phones (default 0.30)
     */
    public record Service(Double answerWithinSeconds, Double level, Double maxAbandon, Double shrinkage) {
        public static final Service DEFAULTS = new Service(20.0, 0.80, 0.05, 0.30);
        public static final Service NONE = new Service(null, null, null, null);

        /** The targets by their key in tree files, in the format's order; {@code null} where not written. */
        public Map<String, Double> byKey() {
            Map<String, Double> keys = new LinkedHashMap<>();
            keys.put("answer_within_seconds", answerWithinSeconds);
            keys.put("level", level);
            keys.put("max_abandon", maxAbandon);
            keys.put("shrinkage", shrinkage);
            return Collections.unmodifiableMap(keys);
        }

        /** These targets where written, {@code base}'s elsewhere. */
        public Service over(Service base) {
            return new Service(answerWithinSeconds != null ? answerWithinSeconds : base.answerWithinSeconds,
                level != null ? level : base.level, maxAbandon != null ? maxAbandon : base.maxAbandon,
                shrinkage != null ? shrinkage : base.shrinkage);
        }
    }
}
