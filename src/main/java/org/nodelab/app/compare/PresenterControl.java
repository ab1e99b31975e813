package org.nodelab.app.compare;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.stage.Stage;

import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionOptions;

/**
 * Presenter mode as the compare window drives it: opened and left with F11 (Esc leaves too), built on first
 * use, its keys wired to the window's race and to the presets in the menu's order.
 */
final class PresenterControl {

    private final Stage owner;
    private final CompareModel model;
    private final CostPanel cost;
    private final List<Reproduction> presets;
    private final Runnable raceOrPause;
    private final BiConsumer<Reproduction, ReproductionOptions> open;
    private final PresetVerdict verdict;
    private PresenterView view;

    PresenterControl(Stage owner, CompareModel model, CostPanel cost, PresetVerdict verdict,
                     List<Reproduction> presets, Runnable raceOrPause,
                     BiConsumer<Reproduction, ReproductionOptions> open) {
        this.owner = owner;
        this.verdict = verdict;
        this.model = model;
        this.cost = cost;
        this.presets = presets;
        this.raceOrPause = raceOrPause;
        this.open = open;
    }

    void toggle() {
        if (showing()) {
            leave();
            return;
        }
        if (view == null) {
            view = new PresenterView(owner, model, cost, verdict, new PresenterView.Keys() {
                @Override
                public void playPause() {
                    raceOrPause.run();
                }

                @Override
                public void preset(int step) {
                    stepPreset(step);
                }

                @Override
                public void leave() {
                    PresenterControl.this.leave();
                }
            });
        }
        view.show();
    }

    private void leave() {
        if (view != null) {
            view.hide();
        }
        owner.toFront();
    }

    /** ←/→: the previous or next preset, opened ready to race (Space starts it). */
    private void stepPreset(int step) {
        if (presets.isEmpty()) {
            return;
        }
        int at = presets.indexOf(model.preset());
        int next = Math.floorMod((at < 0 ? (step > 0 ? -1 : 0) : at) + step, presets.size());
        open.accept(presets.get(next), ReproductionOptions.DEFAULTS);
    }

    boolean showing() {
        return view != null && view.showing();
    }

    void pulse() {
        if (showing()) {
            view.pulse();
        }
    }

    /** The presenter's texts while it shows, joined for tests; empty otherwise. */
    String texts() {
        return showing() ? String.join(" | ", view.texts()) : "";
    }

    /** Its stage once it was opened, else null. */
    Stage stage() {
        return view == null ? null : view.stage();
    }

    void close() {
        if (view != null) {
            view.hide();
        }
    }
}
