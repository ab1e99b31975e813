package org.nodelab.train;

import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelSetting;

/**
 * What moving a run from one config to another takes, decided in this one place from which part changed:
 * the model's family or any {@link ModelSetting} rebuilds the model, any part of the {@link DataConfig} rebuilds
 * the dataset, and both restart the run. Everything else is live, applied at the next iteration with the
 * parameters and optimizer state kept: the model's knobs (damping, ξ, γ shift), the solver, the optimizer, the
 * regularizer, the integration time T, the gradient method and the analysis interval.
 *
 * @param reason  why it restarts, for people ("the width changed"); null when live
 */
public record ConfigChange(Effect effect, boolean modelRebuilt, boolean dataRebuilt, String reason) {

    public enum Effect { LIVE, RESTART }

    public static ConfigChange between(TrainingConfig from, TrainingConfig to) {
        String model = modelReason(from.model(), to.model());
        boolean data = !from.data().equals(to.data());
        if (model == null && !data) {
            return new ConfigChange(Effect.LIVE, false, false, null);
        }
        String reason = model != null ? model : "the data changed";
        return new ConfigChange(Effect.RESTART, model != null, data, reason);
    }

    /** Why the two models differ in shape, or null when one model serves both (input/output follow the data). */
    private static String modelReason(ModelConfig a, ModelConfig b) {
        if (a.family() != b.family()) {
            return "the model family changed";
        }
        for (ModelSetting s : ModelSetting.values()) {
            if (!a.setting(s).equals(b.setting(s))) {
                return "the model's " + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " changed";
            }
        }
        return null;
    }

    public boolean restarts() {
        return effect == Effect.RESTART;
    }
}
