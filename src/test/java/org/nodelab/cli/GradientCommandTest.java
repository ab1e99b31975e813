package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.ParameterBlock;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/**
 * {@code nodelab gradient}: the loss is eval's, the blocks follow the file's layout, and the numbers are the
 * derivative of that loss, checked against central differences of eval's own loss.
 */
class GradientCommandTest {

    private static final Path NODE = Path.of("sample-models", "node-circles.json");
    private static final Path HBNODE = Path.of("sample-models", "hbnode-circles.json");

    @TempDir
    Path dir;

    /** The gradient as one flat vector, in layout order, after checking names and sizes against the layout. */
    private static double[] flatGradient(JsonNode json, NeuralOdeModel model) {
        JsonNode blocks = json.get("gradient");
        List<String> names = new ArrayList<>();
        blocks.fieldNames().forEachRemaining(names::add);
        List<ParameterBlock> layout = model.parameterLayout();
        assertThat(names).containsExactlyElementsOf(layout.stream().map(ParameterBlock::name).toList());
        double[] flat = new double[model.parameterCount()];
        for (ParameterBlock block : layout) {
            JsonNode values = blocks.get(block.name());
            assertThat(values.size()).as(block.name()).isEqualTo(block.size());
            Iterator<JsonNode> it = values.elements();
            for (int i = 0; i < block.size(); i++) {
                flat[block.offset() + i] = it.next().asDouble();
            }
        }
        return flat;
    }

    @Test
    void theLossIsEvalsAndTheGradientIsItsDerivative() throws IOException {
        for (Path file : new Path[] {NODE, HBNODE}) {
            CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file", file.toString(),
                    "--rtol", "1e-10", "--atol", "1e-10");
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode j = r.json();
            CommandLineTest.Run eval = CommandLineTest.run("eval", "--model-file", file.toString(),
                    "--rtol", "1e-10", "--atol", "1e-10");
            assertThat(j.get("loss").asDouble()).isEqualTo(eval.json().get("testLoss").asDouble());
            assertThat(j.get("nfeForward").asLong()).isEqualTo(eval.json().get("nfe").asLong());
            assertThat(j.get("nfeBackward").asLong()).isPositive();
            assertThat(j.get("points").asInt()).isEqualTo(52);
            assertThat(j.get("gradientMethod").asText()).isEqualTo("adjoint");

            LoadedModel loaded = ModelFiles.load(file);
            TrainingConfig config = loaded.config().withSolver(s -> s.withTolerances(1e-10, 1e-10));
            try (Trainer trainer = new Trainer(config)) {
                NeuralOdeModel model = trainer.model();
                double[] theta = model.parameters();
                System.arraycopy(loaded.model().parameters(), 0, theta, 0, theta.length);
                model.parametersChanged();
                double[] gradient = flatGradient(j, model);
                SolverOptions options = trainer.solverOptions();
                double scale = java.util.Arrays.stream(gradient).map(Math::abs).max().orElseThrow();
                // One entry of every block: the first, which is a weight of the block's first row.
                for (ParameterBlock block : model.parameterLayout()) {
                    int i = block.offset();
                    double saved = theta[i];
                    double h = 1e-5;
                    theta[i] = saved + h;
                    model.parametersChanged();
                    double up = trainer.evaluate(options).loss();
                    theta[i] = saved - h;
                    model.parametersChanged();
                    double down = trainer.evaluate(options).loss();
                    theta[i] = saved;
                    model.parametersChanged();
                    assertThat(Math.abs((up - down) / (2 * h) - gradient[i]) / scale).as(file + " " + block.name())
                            .isLessThan(1e-7);
                }
            } finally {
                loaded.model().close();
            }
        }
    }

    @Test
    void theFirstPointsOnlyAndBackpropOnRequest() {
        CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file", NODE.toString(), "--points", "5",
                "--gradient", "backprop");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("points").asInt()).isEqualTo(5);
        assertThat(j.get("gradientMethod").asText()).isEqualTo("backprop");
        assertThat(j.get("solver").asText()).isEqualTo("dopri5");
        assertThat(j.get("rtol").asDouble()).isEqualTo(1e-3);
        CommandLineTest.Run all = CommandLineTest.run("gradient", "--model-file", NODE.toString(),
                "--gradient", "backprop");
        // Fewer points, another mean: the loss must differ from the whole test set's.
        assertThat(j.get("loss").asDouble()).isNotEqualTo(all.json().get("loss").asDouble());
    }

    @Test
    void theAdjointNormIsTorchdiffeqsMixedNormUnlessChosen() {
        String sonode = Path.of("sample-models", "sonode-spirals.json").toString();
        CommandLineTest.Run mixed = CommandLineTest.run("gradient", "--model-file", sonode);
        CommandLineTest.Run semi = CommandLineTest.run("gradient", "--model-file", sonode, "--norm", "seminorm");
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();
        assertThat(semi.exitCode()).as(semi.err()).isZero();
        assertThat(mixed.json().get("adjointNorm").asText()).isEqualTo("mixed");
        assertThat(semi.json().get("adjointNorm").asText()).isEqualTo("seminorm");
        // Leaving the parameter gradient out of the error control lets the backward solve take fewer steps on
        // this sample (98 against 74 evaluations at 1e-3, as torchdiffeq's odeint_adjoint counts them with the
        // same norms); the forward solve is the same.
        assertThat(semi.json().get("nfeForward").asLong()).isEqualTo(mixed.json().get("nfeForward").asLong());
        assertThat(semi.json().get("nfeBackward").asLong()).isLessThan(mixed.json().get("nfeBackward").asLong());

        // Tight enough, every norm converges to the same gradient.
        double[][] tight = new double[3][];
        String[] norms = {"mixed", "seminorm", "flat"};
        for (int k = 0; k < 3; k++) {
            CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file", NODE.toString(), "--norm",
                    norms[k], "--rtol", "1e-10", "--atol", "1e-10");
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<Double> values = new ArrayList<>();
            r.json().get("gradient").elements().forEachRemaining(b -> b.elements().forEachRemaining(
                    v -> values.add(v.asDouble())));
            tight[k] = values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        for (int k = 1; k < 3; k++) {
            for (int i = 0; i < tight[0].length; i++) {
                assertThat(tight[k][i]).as(norms[k] + " " + i).isCloseTo(tight[0][i],
                        org.assertj.core.data.Offset.offset(1e-7));
            }
        }

        CommandLineTest.Run bad = CommandLineTest.run("gradient", "--model-file", NODE.toString(), "--norm", "l2");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown adjoint norm 'l2'").contains("seminorm");
    }

    @Test
    void trainSavesTheNormItTrainedWith() throws IOException {
        Path model = dir.resolve("semi.json");
        CommandLineTest.Run trained = CommandLineTest.run("train", "--model", "node", "--dataset", "circles",
                "--points", "40", "--width", "4", "--depth", "1", "--iters", "2", "--norm", "seminorm",
                "--save", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        LoadedModel loaded = ModelFiles.load(model);
        assertThat(loaded.config().solver().adjointNorm()).isEqualTo(org.nodelab.ode.AdjointNorm.SEMINORM);
        loaded.model().close();
        CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file", model.toString());
        assertThat(r.json().get("adjointNorm").asText()).isEqualTo("seminorm");
    }

    @Test
    void benchAdjointComparesTheNormsOnASample() {
        CommandLineTest.Run r = CommandLineTest.run("bench", "adjoint", "--sample", "node-circles", "--points", "20");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode sample = r.json().get("samples").get(0);
        assertThat(sample.get("norms").fieldNames()).toIterable().containsExactly("mixed", "seminorm", "flat");
        // The 1e-10 reference agrees with backprop at the same tolerance far better than any 1e-3 gradient.
        double agreement = sample.get("referenceAgreement").asDouble();
        assertThat(agreement).isLessThan(1e-5);
        assertThat(sample.get("norms").get("mixed").get("gradientError").asDouble()).isGreaterThan(agreement);
    }

    @Test
    void theHamiltonianNetworkReportsItsFixedStep() {
        CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file",
                Path.of("sample-models", "hamiltonian-circles.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("solver").asText()).isEqualTo("verlet");
        assertThat(j.get("stepSize").asDouble()).isEqualTo(1.0 / 20);
        // Verlet: one force evaluation per step plus the first.
        assertThat(j.get("nfeForward").asLong()).isEqualTo(21);
        assertThat(j.get("gradient").get("field.K").size()).isEqualTo(16);
    }

    @Test
    void badInputGetsExitTwoWithAMessage() {
        Path missing = dir.resolve("none.json");
        CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file", missing.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString());
        assertThat(r.out()).isEmpty();

        CommandLineTest.Run zero = CommandLineTest.run("gradient", "--model-file", NODE.toString(), "--points", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--points");

        CommandLineTest.Run tooMany = CommandLineTest.run("gradient", "--model-file", NODE.toString(),
                "--points", "53");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("52 test points");

        CommandLineTest.Run method = CommandLineTest.run("gradient", "--model-file", NODE.toString(),
                "--gradient", "symbolic");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("adjoint or backprop");
    }

    @Test
    void aTimeSeriesModelIsRefused() {
        Path model = dir.resolve("oscillator.json");
        CommandLineTest.Run trained = CommandLineTest.run("train", "--model", "node", "--dataset", "oscillator",
                "--points", "20", "--width", "4", "--depth", "1", "--iters", "1", "--save", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        CommandLineTest.Run r = CommandLineTest.run("gradient", "--model-file", model.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("time series");
    }
}
