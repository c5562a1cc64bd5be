package io.ivraudit.queue;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * An event-driven simulation of the M/M/n+M queue, written without the formulas it checks:
 * callers arrive one by one, each with its own patience deadline; an agent who finishes takes
 * the first caller in line whose deadline has not passed (callers whose deadline passed hung
 * up at it, and since nobody behind them is affected, they are dropped when reached). Callers
 * in the first tenth are a warm-up and not counted. Standard errors are from 40 batch means of
 * consecutive callers (each batch thousands of handle times long, so the batches are nearly
 * independent even though neighbouring callers are not).
 */
final class QueueSimulation {
    private static final int BATCHES = 40;

    /**
     * A simulated figure, its standard error, and the finest difference the simulation resolves
     * (one caller's share: a share of 1 - 1e-11 and an observed 1 differ by less).
     */
    record Estimate(double mean, double standardError, double resolution) {
        boolean agrees(double exact, double errors) {
            return Math.abs(mean - exact) <= errors * standardError + resolution;
        }

        @Override public String toString() {
            return mean + " ± " + standardError;
        }
    }

    /** The simulated figures of a queue. */
    record Result(Estimate pWait, Estimate pAbandon, Estimate asaSeconds, Estimate serviceLevel) {}

    private QueueSimulation() {}

    static Result run(Traffic traffic, int agents, double answerWithin, int callers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int warmUp = callers / 10;
        int total = warmUp + callers;
        double[] arrival = new double[total];
        double[] deadline = new double[total];
        double[] wait = new double[total];
        boolean[] waited = new boolean[total];
        boolean[] abandoned = new boolean[total];
        PriorityQueue<Double> busyUntil = new PriorityQueue<>();
        ArrayDeque<Integer> line = new ArrayDeque<>();
        double clock = 0;
        for (int i = 0; i < total; i++) {
            clock += exponential(random, traffic.callsPerSecond());
            while (!busyUntil.isEmpty() && busyUntil.peek() <= clock) {
                takeNext(busyUntil.poll(), line, traffic, random, busyUntil, arrival, deadline, wait, abandoned);
            }
            arrival[i] = clock;
            if (busyUntil.size() < agents) {
                busyUntil.add(clock + exponential(random, 1 / traffic.handleSeconds()));
            } else {
                waited[i] = true;
                deadline[i] = traffic.patient() ? Double.POSITIVE_INFINITY
                    : clock + exponential(random, 1 / traffic.patienceSeconds());
                line.add(i);
            }
        }
        while (!line.isEmpty()) {
            if (busyUntil.isEmpty()) {
                line.forEach(c -> abandoned[c] = true);
                line.clear();
            } else {
                takeNext(busyUntil.poll(), line, traffic, random, busyUntil, arrival, deadline, wait, abandoned);
            }
        }
        return summarise(warmUp, callers, waited, abandoned, wait, answerWithin);
    }

    private static void takeNext(double freeAt, ArrayDeque<Integer> line, Traffic traffic, SplittableRandom random,
                                 PriorityQueue<Double> busyUntil, double[] arrival, double[] deadline, double[] wait,
                                 boolean[] abandoned) {
        while (!line.isEmpty()) {
            int caller = line.poll();
            if (deadline[caller] < freeAt) {
                abandoned[caller] = true;
            } else {
                wait[caller] = freeAt - arrival[caller];
                busyUntil.add(freeAt + exponential(random, 1 / traffic.handleSeconds()));
                return;
            }
        }
    }

    private static Result summarise(int warmUp, int callers, boolean[] waited, boolean[] abandoned, double[] wait,
                                    double answerWithin) {
        double[][] batch = new double[4][BATCHES];
        int size = callers / BATCHES;
        for (int b = 0; b < BATCHES; b++) {
            int waits = 0;
            int hangUps = 0;
            int answeredInTime = 0;
            int served = 0;
            double servedWait = 0;
            for (int i = warmUp + b * size; i < warmUp + (b + 1) * size; i++) {
                waits += waited[i] ? 1 : 0;
                if (abandoned[i]) {
                    hangUps++;
                } else {
                    served++;
                    servedWait += wait[i];
                    answeredInTime += wait[i] <= answerWithin ? 1 : 0;
                }
            }
            batch[0][b] = (double) waits / size;
            batch[1][b] = (double) hangUps / size;
            batch[2][b] = served == 0 ? 0 : servedWait / served;
            batch[3][b] = (double) answeredInTime / size;
        }
        double share = 1.0 / callers;
        return new Result(estimate(batch[0], share), estimate(batch[1], share), estimate(batch[2], 0),
            estimate(batch[3], share));
    }

    private static Estimate estimate(double[] batchMeans, double resolution) {
        double mean = 0;
        for (double m : batchMeans) {
            mean += m / batchMeans.length;
        }
        double squares = 0;
        for (double m : batchMeans) {
            squares += (m - mean) * (m - mean);
        }
        return new Estimate(mean, Math.sqrt(squares / (batchMeans.length - 1) / batchMeans.length), resolution);
    }

    private static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }
}
