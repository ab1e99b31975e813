package org.nodelab.session.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Several seeds of one configuration: runs whose configs differ in nothing but {@link #SEED_SETTINGS}. Shown as
 * the mean curve with a min–max band.
 */
public record RunGroup(String name, List<ComparedRun> members) {

    /** The settings a group's members may differ in. */
    public static final Set<String> SEED_SETTINGS = Set.of("model.seed", "data.seed");

    public RunGroup {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one run");
        }
    }

    /** A mean curve with its min–max band, over the iterations every member has. */
    public record Band(double[] x, double[] mean, double[] min, double[] max) {
        public int size() {
            return x.length;
        }
    }

    /** Groups runs in order of first appearance; a run that matches no other forms a group of one. */
    public static List<RunGroup> bySeedsOnly(List<ComparedRun> runs) {
        List<List<ComparedRun>> groups = new ArrayList<>();
        for (ComparedRun run : runs) {
            List<ComparedRun> home = null;
            for (List<ComparedRun> g : groups) {
                if (SEED_SETTINGS.containsAll(SettingsDiff.differingPaths(g.get(0).config(), run.config()))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(run);
        }
        List<RunGroup> out = new ArrayList<>();
        for (List<ComparedRun> g : groups) {
            String name = g.size() == 1 ? g.get(0).name() : g.get(0).name() + " (" + g.size() + " seeds)";
            out.add(new RunGroup(name, g));
        }
        return out;
    }

    /**
     * The metric's mean and min–max over the members, position by position up to the shortest member; x is the
     * members' mean position on the axis (the same iteration numbers, or mean NFE or wall time). A position
     * where a member has NaN is left out of that position's mean and range.
     */
    public Band band(Metric metric, XAxis axis) {
        int n = Integer.MAX_VALUE;
        for (ComparedRun r : members) {
            n = Math.min(n, r.series().size());
        }
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        for (int i = 0; i < n; i++) {
            double sx = 0;
            double sum = 0;
            int count = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (ComparedRun r : members) {
                sx += r.series().x(axis, i);
                double v = r.series().value(metric, i);
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            x[i] = sx / members.size();
            mean[i] = count == 0 ? Double.NaN : sum / count;
            min[i] = count == 0 ? Double.NaN : lo;
            max[i] = count == 0 ? Double.NaN : hi;
        }
        return new Band(x, mean, min, max);
    }
}
