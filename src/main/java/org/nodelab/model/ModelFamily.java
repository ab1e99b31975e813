package org.nodelab.model;

import java.util.List;
import java.util.Set;
import org.nodelab.ode.Method;

/**
 * A kind of model the lab trains, as a plug-in: one implementation per family says everything that family
 * means, so no code outside the family classes and their registry ({@code org.nodelab.model.family.ModelFamilies})
 * needs to know which family it holds. A family builds its own model object, so it need not be a flow on points
 * (a transformer on token sequences or an SDE with drift and diffusion can declare other tasks and views).
 */
public interface ModelFamily {

    /** The id in model files, on the command line and in the UI ("node", "hbnode", ...). */
    String id();

    /** One line for users, shown next to the family's name. */
    String explanation();

    /** Builds a model with freshly initialised parameters; the same config (seed included) gives the same θ. */
    NeuralOdeModel create(ModelConfig config);

    /** The documented blocks of a model's θ, checked against the model's own offsets. */
    List<ParameterBlock> parameterLayout(NeuralOdeModel model);

    /**
     * The knobs the family can change live on a model it built (damping, ξ, ...), through
     * {@link NeuralOdeModel#setKnob}; may be empty.
     */
    Set<Knob> knobs();

    /**
     * The model settings besides the knobs that this family reads (others it ignores); a change to any of them
     * restarts a run (see {@code org.nodelab.train.ConfigChange}).
     */
    Set<ModelSetting> settings();

    /** Names of the first-order state components, as the science note writes them (h₁, m₁, ...). */
    List<String> stateNames(int stateDimension);

    /** The solver this family integrates with by default. */
    default Method preferredMethod() {
        return Method.DOPRI5;
    }

    /** Extra zero dimensions a new model of this family starts with (1 for ANODE, 0 for most). */
    default int defaultAugment() {
        return 0;
    }

    /** What a model of this family can be trained to do. */
    Set<ModelTask> tasks();

    /** The views and analyses that make sense for a model of this family. */
    Set<ModelView> views();
}
