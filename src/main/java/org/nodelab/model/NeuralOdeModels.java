package org.nodelab.model;

/**
 * Builds models: each family builds its own (see {@code org.nodelab.model.family}). For the flow families
 * d = inputDimension + augment; the same config (seed included) always gives
 * the same parameters. Parameter layout θ = [field | input map | readout]:
 * <ul>
 *   <li>field — NODE/ANODE: MLP(d+1 → d); HBNODE/GHBNODE: MLP(d+1 → d), then γ_raw if learnDamping;
 *       SONODE: MLP(2d+1 → d); ANTISYMMETRIC: W (d×d), b (d); HAMILTONIAN: K (d×d), b (d).
 *       MLP layout: see {@link Mlp}.</li>
 *   <li>input map — V (inputDimension × d, row-major), e (d), giving the second half of the state
 *       (momentum / velocity) x·V + e; present for SONODE always and for HBNODE/GHBNODE when
 *       learnInitialVelocity; empty otherwise. The first half of the state is [x, 0…0].</li>
 *   <li>readout — R (d × outputDimension, row-major), c (outputDimension): outputs = h·R + c, h the first d
 *       numbers of a state row.</li>
 * </ul>
 * State per row: NODE/ANODE/ANTISYMMETRIC [h] (d); HBNODE/GHBNODE [h, m]; SONODE [x, v]; HAMILTONIAN [y, z]
 * (2d each).
 */
public final class NeuralOdeModels {

    private NeuralOdeModels() {
    }

    public static NeuralOdeModel create(ModelConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("a model config is required");
        }
        Nd4jThreads.configure();
        return config.family().create(config);
    }

    /** The field of a model with its analytic first-order Jacobian (every family's field has one). */
    public static ModelField fieldOf(NeuralOdeModel model) {
        if (model.field() instanceof ModelField f) {
            return f;
        }
        throw new IllegalArgumentException("this model's field has no analytic Jacobian");
    }
}
