package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nodelab.session.ExperimentSession;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.RunColours;
import org.nodelab.session.compare.XAxis;
import org.nodelab.session.reproduce.PlannedRun;
import org.nodelab.session.reproduce.PublishedFigure;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionOptions;
import org.nodelab.train.TrainingConfig;

/**
 * What the compare window compares, without its chrome: up to {@link #MAX_RUNS} runs, the pinned reference, the
 * shared x-axis, and the preset that opened them with its published figures. Every panel (the compare view, the
 * cost panel, presenter mode) reads this one model, so they always agree. Confined to the FX thread; the live
 * runs train on their own threads and are read once per pulse.
 */
public final class CompareModel implements AutoCloseable {

    /** Eight colours in the palette, and eight curves per chart are as many as a reader can tell apart. */
    public static final int MAX_RUNS = 8;

    private final List<RunRow> rows = new ArrayList<>();
    private final Map<String, Integer> colours = new HashMap<>();
    private String pinned;
    private XAxis axis = XAxis.ITERATION;
    private double smoothing;
    private Reproduction preset;
    private List<PlannedRun> presetPlan = List.of();
    /** Rises each time a preset is opened or forgotten, so that a verdict is never shown for another opening. */
    private long presetOpening;
    private long structure;
    private long figures;
    private int nextLive = 1;

    public List<RunRow> rows() {
        return List.copyOf(rows);
    }

    /** The rows whose checkbox is on. */
    public List<RunRow> shownRows() {
        return rows.stream().filter(RunRow::shown).toList();
    }

    /** The run's colour in the palette: its stable one ({@link RunColours}) unless another run here has it. */
    public int colour(RunRow row) {
        return colours.getOrDefault(row.id(), 0);
    }

    public Optional<RunRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The shown runs as the engine compares them, the reference pinned (the first shown run when the pinned one
     * is hidden); null when no run is shown.
     */
    public Comparison comparison() {
        List<RunRow> shown = shownRows();
        if (shown.isEmpty()) {
            return null;
        }
        int pin = Math.max(0, shown.indexOf(reference()));
        return new Comparison(shown.stream().map(RunRow::run).toList(), pin);
    }

    /** The shown runs' colours, in the same order as {@link #comparison}'s runs. */
    public List<Integer> shownColours() {
        return shownRows().stream().map(this::colour).toList();
    }

    /** The pinned reference run, or the first run when none is pinned (or null with no runs). */
    public RunRow reference() {
        return row(pinned).orElse(rows.isEmpty() ? null : rows.get(0));
    }

    public void pin(String id) {
        if (row(id).isPresent() && !id.equals(pinned)) {
            pinned = id;
            structure++;
        }
    }

    public void setShown(String id, boolean on) {
        row(id).ifPresent(r -> {
            if (r.shown() != on) {
                r.setShown(on);
                structure++;
            }
        });
    }

    public XAxis axis() {
        return axis;
    }

    /** The curves' EMA weight ({@link org.nodelab.session.compare.Smoothing}); 0 draws them raw. */
    public double smoothing() {
        return smoothing;
    }

    public void setSmoothing(double weight) {
        if (weight != smoothing) {
            org.nodelab.session.compare.Smoothing.ema(new double[0], weight); // checks the weight
            smoothing = weight;
            structure++;
        }
    }

    public void setAxis(XAxis next) {
        if (next != axis) {
            axis = next;
            structure++;
        }
    }

    /** The preset the runs came from, or null for runs added by hand. */
    public Reproduction preset() {
        return preset;
    }

    /** The runs the open preset planned, in plan order (empty without a preset). */
    public List<PlannedRun> presetPlan() {
        return presetPlan;
    }

    public long presetOpening() {
        return presetOpening;
    }

    /**
     * The open preset's runs in plan order once every one of them has finished its race; empty while any still
     * races, or when one was removed (a verdict needs every planned run).
     */
    public Optional<List<RunRow>> finishedPresetRows() {
        if (preset == null) {
            return Optional.empty();
        }
        List<RunRow> out = new ArrayList<>();
        for (PlannedRun p : presetPlan) {
            Optional<RunRow> r = row(preset.id() + "/" + p.name());
            if (r.isEmpty() || r.get().live() == null || !r.get().live().finished()) {
                return Optional.empty();
            }
            out.add(r.get());
        }
        return Optional.of(out);
    }

    /** The first planned run of the open preset that is no longer here (removed by the user), or null. */
    public String missingPresetRun() {
        if (preset == null) {
            return null;
        }
        for (PlannedRun p : presetPlan) {
            if (row(preset.id() + "/" + p.name()).isEmpty()) {
                return p.name();
            }
        }
        return null;
    }

    public List<PublishedFigure> published() {
        return preset == null ? List.of() : preset.published();
    }

    /** Rises when runs are added, removed, shown, hidden or pinned, or the axis changes. */
    public long structureVersion() {
        return structure;
    }

    /** Rises when any run's figures change (or the structure does). */
    public long figuresVersion() {
        return figures + structure;
    }

    /** Replaces every run with the preset's, ready to race; the first run of the plan is the reference. */
    public void openPreset(Reproduction reproduction, ReproductionOptions options) {
        List<PlannedRun> plan = reproduction.plan(options);
        if (plan.isEmpty() || plan.size() > MAX_RUNS) {
            throw new IllegalArgumentException(reproduction.title() + " plans " + plan.size()
                    + " runs; the compare window shows 1 to " + MAX_RUNS);
        }
        clear();
        preset = reproduction;
        presetPlan = List.copyOf(plan);
        presetOpening++;
        for (PlannedRun p : plan) {
            // The id names the preset and the run, so a preset's runs wear the same colours every time.
            addLive(reproduction.id() + "/" + p.name(), p.name(), p.group(), LiveRun.train(p.config(), p.iterations()));
        }
    }

    /** Adds a run that trains here, to {@code iterations}. */
    public RunRow addTraining(String name, String group, TrainingConfig config, int iterations) {
        checkRoom();
        return addLive(liveId(), name, group, LiveRun.train(config, iterations));
    }

    /** Adds a session of the main window, watched while it trains there. */
    public RunRow addWatched(String name, ExperimentSession session) {
        checkRoom();
        return addLive(liveId(), name, null, LiveRun.watch(session));
    }

    /** Adds a finished run read from a file. */
    public RunRow addFixed(ComparedRun run, String group) {
        checkRoom();
        if (row(run.id()).isPresent()) {
            throw new IllegalStateException(run.name() + " is in the comparison already");
        }
        return added(RunRow.fixed(run, group));
    }

    private RunRow addLive(String id, String name, String group, LiveRun live) {
        return added(RunRow.live(id, name, group, live));
    }

    private RunRow added(RunRow row) {
        rows.add(row);
        assignColours();
        if (pinned == null) {
            pinned = row.id();
        }
        structure++;
        return row;
    }

    private void checkRoom() {
        if (rows.size() >= MAX_RUNS) {
            throw new IllegalStateException("the compare window holds at most " + MAX_RUNS
                    + " runs; remove one first");
        }
    }

    public void remove(String id) {
        row(id).ifPresent(r -> {
            rows.remove(r);
            assignColours();
            if (r.live() != null) {
                r.live().close();
            }
            if (id.equals(pinned)) {
                pinned = rows.isEmpty() ? null : rows.get(0).id();
            }
            structure++;
        });
    }

    /** Stops and closes every run, and forgets the preset. */
    public void clear() {
        for (RunRow r : List.copyOf(rows)) {
            remove(r.id());
        }
        if (preset != null) {
            presetOpening++;
        }
        preset = null;
        presetPlan = List.of();
        structure++;
    }

    /** Starts (or resumes) every live run's race together. */
    public void startAll() {
        rows.stream().filter(r -> r.live() != null).forEach(r -> r.live().start());
    }

    public void pauseAll() {
        rows.stream().filter(r -> r.live() != null).forEach(r -> r.live().pause());
    }

    /** Whether any run is racing now. */
    public boolean racing() {
        return rows.stream().anyMatch(r -> r.live() != null && r.live().racing());
    }

    /** Whether every live run owned here reached its iteration count (or stopped on a fault). */
    public boolean finished() {
        return rows.stream().filter(r -> r.live() != null && r.live().owned()).allMatch(r -> r.live().finished());
    }

    /** Once per pulse: takes every live run's newest snapshot; returns whether any figure changed. */
    public boolean pulse(long now) {
        boolean changed = false;
        for (RunRow r : rows) {
            changed |= r.pulse(now);
        }
        if (changed) {
            figures++;
        }
        return changed;
    }

    /** A live run added by hand has no file to digest: the window's own counter names it. */
    private String liveId() {
        return "live-" + nextLive++;
    }

    /** Runs that were here keep their colours; a newcomer whose stable colour is taken gets the next free one. */
    private void assignColours() {
        colours.keySet().retainAll(rows.stream().map(RunRow::id).toList());
        boolean[] taken = new boolean[RunColours.PALETTE_SIZE];
        colours.values().forEach(c -> taken[c] = true);
        for (RunRow r : rows) {
            if (!colours.containsKey(r.id())) {
                int c = r.run().colourIndex();
                for (int k = 0; k < RunColours.PALETTE_SIZE && taken[c]; k++) {
                    c = (c + 1) % RunColours.PALETTE_SIZE;
                }
                taken[c] = true;
                colours.put(r.id(), c);
            }
        }
    }

    @Override
    public void close() {
        clear();
    }
}
