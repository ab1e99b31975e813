package org.nodelab.session.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;
import org.nodelab.ode.Backprop;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Losses;
import org.nodelab.train.TrainingConfig;

/** The layer-by-layer backward signal is backprop through the Euler solve: its first layer is Backprop's. */
class DeepEulerSignalTest {

    @Test
    void theFirstLayersGradientIsBackpropsAndTheNormsFollowEveryLayer() {
        for (String family : new String[] {"node", "antisymmetric", "hamiltonian"}) {
            TrainingConfig c = Presets.classifier(family, "spirals", 64, 3);
            NeuralOdeModel model = NeuralOdeModels.create(c.model());
            try {
                int points = 5;
                double[] inputs = new double[points * 2];
                int[] labels = new int[points];
                for (int i = 0; i < points; i++) {
                    inputs[2 * i] = Math.cos(i);
                    inputs[2 * i + 1] = Math.sin(2 * i) * 0.7;
                    labels[i] = i % 2;
                }
                int layers = 17;
                double h = 0.1;
                DeepEulerSignal signal = DeepEulerSignal.of(model, inputs, labels, layers, h);
                assertThat(signal.gradientNorms()).hasSize(layers + 1);
                assertThat(java.util.Arrays.stream(signal.gradientNorms()).allMatch(n -> n > 0)).isTrue();

                double[] start = new double[points * model.stateDimension()];
                model.initialState(inputs, start);
                Solution forward = OdeSolver.solve(model.field(), start, new double[] {0, layers * h},
                        SolverOptions.of(Method.EULER).withStepSize(h).withRecordSteps(true));
                double[] last = forward.finalState();
                double[] logits = new double[points * 2];
                model.readout(last, logits);
                double[] dLogits = new double[logits.length];
                Losses.crossEntropy(logits, labels, 2, dLogits);
                double[] dLast = new double[last.length];
                model.readoutGradient(last, dLogits, dLast, new double[model.parameterCount()]);
                double[] expected = Backprop.gradient(model.field(), forward, new double[][] {null, dLast})
                        .initialState();
                for (int q = 0; q < expected.length; q++) {
                    assertThat(signal.initialGradient()[q]).as(family).isCloseTo(expected[q], within(1e-12));
                }
            } finally {
                model.close();
            }
        }
    }
}
