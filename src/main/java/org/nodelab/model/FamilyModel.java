package org.nodelab.model;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.nodelab.ode.ParametricVectorField;

/**
 * The one {@link NeuralOdeModel} implementation: a family's {@link ModelField}, an input map and a linear
 * readout over one flat θ = [field | input map | readout]. See {@link NeuralOdeModels} for the layout per family.
 */
final class FamilyModel implements NeuralOdeModel {

    private ModelConfig config;
    private final int in;
    private final int out;
    private final int d;
    private final int stateDimension;
    private final double[] theta;
    private final ModelField field;
    private final Mlp mlp;
    private final boolean velocityMap;
    private final int inputOffset;
    private final int readoutOffset;

    FamilyModel(ModelConfig config) {
        this.config = config;
        this.in = config.inputDimension();
        this.out = config.outputDimension();
        this.d = in + config.augment();
        ModelFamily family = config.family();
        boolean secondOrder = family == ModelFamily.HBNODE || family == ModelFamily.GHBNODE
                || family == ModelFamily.SONODE || family == ModelFamily.HAMILTONIAN;
        this.stateDimension = secondOrder ? 2 * d : d;
        this.velocityMap = family == ModelFamily.SONODE
                || ((family == ModelFamily.HBNODE || family == ModelFamily.GHBNODE) && config.learnInitialVelocity());
        int fieldCount = switch (family) {
            case NODE, ANODE -> Mlp.parameterCount(d, d, config.width(), config.depth());
            case HBNODE, GHBNODE -> Mlp.parameterCount(d, d, config.width(), config.depth())
                    + (config.learnDamping() ? 1 : 0);
            case SONODE -> Mlp.parameterCount(2 * d, d, config.width(), config.depth());
            case ANTISYMMETRIC -> AntisymmetricField.parameterCount(d);
            case HAMILTONIAN -> HamiltonianField.parameterCount(d);
        };
        int inputCount = velocityMap ? in * d + d : 0;
        this.inputOffset = fieldCount;
        this.readoutOffset = fieldCount + inputCount;
        this.theta = new double[readoutOffset + d * out + out];

        Random random = new Random(config.seed());
        switch (family) {
            case NODE, ANODE -> {
                NodeField f = new NodeField(d, config, theta);
                f.mlp().initialize(theta, 0, random);
                field = f;
                mlp = f.mlp();
            }
            case HBNODE, GHBNODE -> {
                HeavyBallField f = new HeavyBallField(d, config, family == ModelFamily.GHBNODE, theta);
                f.mlp().initialize(theta, 0, random);
                if (config.learnDamping()) {
                    theta[f.rawDampingIndex()] = Math.log(config.damping() / (1 - config.damping()));
                }
                field = f;
                mlp = f.mlp();
            }
            case SONODE -> {
                SecondOrderField f = new SecondOrderField(d, config, theta);
                f.mlp().initialize(theta, 0, random);
                field = f;
                mlp = f.mlp();
            }
            case ANTISYMMETRIC -> {
                uniform(random, 0, d * d, Math.sqrt(3.0 / d));
                field = new AntisymmetricField(d, config, theta);
                mlp = null;
            }
            case HAMILTONIAN -> {
                uniform(random, 0, d * d, Math.sqrt(3.0 / d));
                field = new HamiltonianField(d, theta);
                mlp = null;
            }
            default -> throw new IllegalStateException("unknown family " + family);
        }
        if (velocityMap) {
            uniform(random, inputOffset, in * d, Math.sqrt(6.0 / (in + d)));
        }
        uniform(random, readoutOffset, d * out, Math.sqrt(6.0 / (d + out)));
        field.parametersChanged();
    }

    private void uniform(Random random, int offset, int count, double bound) {
        for (int k = 0; k < count; k++) {
            theta[offset + k] = bound * (2 * random.nextDouble() - 1);
        }
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    @Override
    public int stateDimension() {
        return stateDimension;
    }

    @Override
    public int hiddenDimension() {
        return d;
    }

    @Override
    public ParametricVectorField field() {
        return field;
    }

    /** The same field, typed with its Jacobian and refresh hook. */
    ModelField modelField() {
        return field;
    }

    @Override
    public double[] parameters() {
        return theta;
    }

    @Override
    public void parametersChanged() {
        field.parametersChanged();
    }

    @Override
    public int inputMapOffset() {
        return inputOffset;
    }

    @Override
    public int readoutOffset() {
        return readoutOffset;
    }

    @Override
    public void initialState(double[] inputs, double[] state) {
        int batch = inputs.length / in;
        int n = stateDimension;
        java.util.Arrays.fill(state, 0, batch * n, 0);
        for (int r = 0; r < batch; r++) {
            System.arraycopy(inputs, r * in, state, r * n, in);
            if (velocityMap) {
                for (int j = 0; j < d; j++) {
                    double acc = theta[inputOffset + in * d + j];
                    for (int i = 0; i < in; i++) {
                        acc += inputs[r * in + i] * theta[inputOffset + i * d + j];
                    }
                    state[r * n + d + j] = acc;
                }
            }
        }
    }

    @Override
    public void initialStateGradient(double[] inputs, double[] stateCotangent, double[] gradient) {
        if (!velocityMap) {
            return;
        }
        int batch = inputs.length / in;
        int n = stateDimension;
        for (int r = 0; r < batch; r++) {
            for (int j = 0; j < d; j++) {
                double c = stateCotangent[r * n + d + j];
                gradient[inputOffset + in * d + j] += c;
                for (int i = 0; i < in; i++) {
                    gradient[inputOffset + i * d + j] += inputs[r * in + i] * c;
                }
            }
        }
    }

    @Override
    public void readout(double[] finalState, double[] outputs) {
        int batch = finalState.length / stateDimension;
        for (int r = 0; r < batch; r++) {
            int row = r * stateDimension;
            for (int k = 0; k < out; k++) {
                double acc = theta[readoutOffset + d * out + k];
                for (int j = 0; j < d; j++) {
                    acc += finalState[row + j] * theta[readoutOffset + j * out + k];
                }
                outputs[r * out + k] = acc;
            }
        }
    }

    @Override
    public void readoutGradient(double[] finalState, double[] outputCotangent, double[] stateCotangent,
                                double[] gradient) {
        int batch = finalState.length / stateDimension;
        java.util.Arrays.fill(stateCotangent, 0, batch * stateDimension, 0);
        for (int r = 0; r < batch; r++) {
            int row = r * stateDimension;
            for (int k = 0; k < out; k++) {
                double c = outputCotangent[r * out + k];
                gradient[readoutOffset + d * out + k] += c;
                for (int j = 0; j < d; j++) {
                    stateCotangent[row + j] += c * theta[readoutOffset + j * out + k];
                    gradient[readoutOffset + j * out + k] += c * finalState[row + j];
                }
            }
        }
    }

    @Override
    public Set<Knob> knobs() {
        return switch (config.family()) {
            case HBNODE -> EnumSet.of(Knob.DAMPING);
            case GHBNODE -> EnumSet.of(Knob.DAMPING, Knob.XI);
            case ANTISYMMETRIC -> EnumSet.of(Knob.GAMMA_SHIFT);
            default -> EnumSet.noneOf(Knob.class);
        };
    }

    @Override
    public double knob(Knob knob) {
        requireKnob(knob);
        return switch (knob) {
            case DAMPING -> ((HeavyBallField) field).damping();
            case XI -> ((HeavyBallField) field).xi();
            case GAMMA_SHIFT -> ((AntisymmetricField) field).gammaShift();
        };
    }

    @Override
    public void setKnob(Knob knob, double value) {
        requireKnob(knob);
        ModelConfig c = config;
        switch (knob) {
            case DAMPING -> {
                ((HeavyBallField) field).setDamping(value);
                config = new ModelConfig(c.family(), c.inputDimension(), c.outputDimension(), c.width(), c.depth(),
                        c.activation(), c.augment(), value, c.learnDamping(), c.xi(), c.gammaShift(),
                        c.learnInitialVelocity(), c.seed());
            }
            case XI -> {
                ((HeavyBallField) field).setXi(value);
                config = new ModelConfig(c.family(), c.inputDimension(), c.outputDimension(), c.width(), c.depth(),
                        c.activation(), c.augment(), c.damping(), c.learnDamping(), value, c.gammaShift(),
                        c.learnInitialVelocity(), c.seed());
            }
            case GAMMA_SHIFT -> {
                ((AntisymmetricField) field).setGammaShift(value);
                config = new ModelConfig(c.family(), c.inputDimension(), c.outputDimension(), c.width(), c.depth(),
                        c.activation(), c.augment(), c.damping(), c.learnDamping(), c.xi(), value,
                        c.learnInitialVelocity(), c.seed());
            }
            default -> throw new IllegalStateException("unknown knob " + knob);
        }
    }

    private void requireKnob(Knob knob) {
        if (!knobs().contains(knob)) {
            throw new IllegalArgumentException("the " + config.family().id() + " model has no " 
                    + knob.name().toLowerCase(java.util.Locale.ROOT) + " knob");
        }
    }

    @Override
    public void close() {
        if (mlp != null) {
            mlp.close();
        }
    }
}
