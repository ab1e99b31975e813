package org.nodelab.model.family;

import java.util.Random;
import java.util.Set;
import org.nodelab.model.Knob;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.ParametricVectorField;

/**
 * A model whose inputs flow as points: a {@link FlowFamily}'s {@link ModelField}, an input map and a linear
 * readout over one flat θ = [field | input map | readout]. The family decides the field, its size and whether
 * the state has a second half (momentum, velocity) that may start from a learned map of the input.
 */
final class FlowModel implements NeuralOdeModel {

    private final FlowFamily family;
    private ModelConfig config;
    private final int in;
    private final int out;
    private final int d;
    private final int stateDimension;
    private final double[] theta;
    private final ModelField field;
    private final boolean velocityMap;
    private final int inputOffset;
    private final int readoutOffset;

    FlowModel(FlowFamily family, ModelConfig config) {
        this.family = family;
        this.config = config;
        this.in = config.inputDimension();
        this.out = config.outputDimension();
        this.d = in + config.augment();
        this.stateDimension = family.secondOrder() ? 2 * d : d;
        this.velocityMap = family.velocityMap(config);
        int fieldCount = family.fieldParameterCount(d, config);
        int inputCount = velocityMap ? in * d + d : 0;
        this.inputOffset = fieldCount;
        this.readoutOffset = fieldCount + inputCount;
        this.theta = new double[readoutOffset + d * out + out];

        // The draw order (field, input map, readout) fixes every seeded model and sample file: keep it.
        Random random = new Random(config.seed());
        this.field = family.createField(d, config, theta, random);
        if (velocityMap) {
            uniform(theta, random, inputOffset, in * d, Math.sqrt(6.0 / (in + d)));
        }
        uniform(theta, random, readoutOffset, d * out, Math.sqrt(6.0 / (d + out)));
        field.parametersChanged();
    }

    /** Fills θ[offset, offset + count) with uniform draws from (−bound, bound). */
    static void uniform(double[] theta, Random random, int offset, int count, double bound) {
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
        return family.knobs();
    }

    @Override
    public double knob(Knob knob) {
        requireKnob(knob);
        return field.knob(knob);
    }

    @Override
    public void setKnob(Knob knob, double value) {
        requireKnob(knob);
        field.setKnob(knob, value);
        config = config.withKnob(knob, value);
    }

    private void requireKnob(Knob knob) {
        if (!knobs().contains(knob)) {
            throw new IllegalArgumentException("the " + family.id() + " model has no "
                    + knob.name().toLowerCase(java.util.Locale.ROOT) + " knob");
        }
    }

    @Override
    public void close() {
        field.close();
    }
}
