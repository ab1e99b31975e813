package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.nodelab.ode.Method;
import org.nodelab.train.DataConfig;
import org.nodelab.train.RegularizerConfig;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.SolverConfig;
import org.nodelab.train.TrainingConfig;
import picocli.CommandLine;

/** The command line as a script sees it: one JSON object on stdout, clear messages and exit codes otherwise. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON object: " + out, e);
            }
        }
    }

    static Run run(String... args) {
        CommandLine commandLine = CommandLineRunner.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static TrainingConfig trainConfig(String... args) {
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs(args);
        return command.config();
    }

    @Test
    void trainBuildsItsConfigFromTheSharedOptionGroupsAndTheConfigsDefaults() {
        TrainingConfig defaults = TrainingConfig.defaults();
        // --seed seeds the model and the data alike; everything else left out is TrainingConfig.defaults().
        assertThat(trainConfig()).isEqualTo(defaults.withData(d -> d.withSeed(defaults.model().seed())));
        TrainingConfig c = trainConfig("--model", "sonode", "--width", "16", "--augment", "2", "--dataset", "moons",
                "--points", "64", "--method", "rk4", "--rtol", "1e-4", "--max-steps", "50", "--lr", "0.05",
                "--batch", "16", "--reg", "kinetic", "--reg-strength", "0.2", "--time", "2", "--seed", "7");
        assertThat(c.model().family().id()).isEqualTo("sonode");
        assertThat(c.model().width()).isEqualTo(16);
        assertThat(c.model().augment()).isEqualTo(2);
        assertThat(c.model().seed()).isEqualTo(7);
        assertThat(c.data()).isEqualTo(new DataConfig("moons", 64, defaults.data().noise(), 7));
        assertThat(c.solver()).isEqualTo(new SolverConfig(Method.RK4, 1e-4, defaults.solver().atol(), 50));
        assertThat(c.optimizer()).isEqualTo(defaults.optimizer().withLearningRate(0.05).withBatchSize(16));
        assertThat(c.regularizer()).isEqualTo(new RegularizerConfig(RegularizerKind.KINETIC_JACOBIAN, 0.2));
        assertThat(c.integrationTime()).isEqualTo(2.0);
        // The old name of --method still works for existing scripts.
        assertThat(trainConfig("--solver", "tsit5").solver().method()).isEqualTo(Method.TSIT5);
    }

    @Test
    void systemsListsEveryBuiltInWithItsParameters() {
        Run r = run("systems");
        assertThat(r.exitCode()).isZero();
        JsonNode systems = r.json().get("systems");
        assertThat(systems.size()).isGreaterThanOrEqualTo(8);
        JsonNode lorenz = null;
        for (JsonNode s : systems) {
            if (s.get("id").asText().equals("lorenz")) {
                lorenz = s;
            }
        }
        assertThat(lorenz).isNotNull();
        assertThat(lorenz.get("equations").asText()).contains("sigma");
        assertThat(lorenz.get("parameters").get(0).get("default").asDouble()).isEqualTo(10.0);
    }

    @Test
    void solvePrintsStateResultAndStatistics() {
        Run r = run("solve", "--system", "x' = y; y' = -x - g*y", "--param", "g=0.5", "--y0", "1,0", "--t1", "10",
                "--rtol", "1e-9", "--atol", "1e-9", "--samples", "11");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("result").asText()).isEqualTo("SUCCESS");
        assertThat(j.get("t").asDouble()).isEqualTo(10.0);
        long nfe = j.get("stats").get("nfe").asLong();
        long steps = j.get("stats").get("accepted").asLong() + j.get("stats").get("rejected").asLong();
        assertThat(nfe).isEqualTo(2 + 6 * steps);
        // Underdamped oscillator: x(t) = e^{-t/4}(cos ωt + sin ωt /(4ω)), ω = √15/4.
        double w = Math.sqrt(15) / 4;
        double exact = Math.exp(-2.5) * (Math.cos(10 * w) + Math.sin(10 * w) / (4 * w));
        assertThat(j.get("y").get(0).asDouble()).isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(j.get("trajectory").get("t").size()).isEqualTo(11);
    }

    @Test
    void solveReportsAnEarlyStopWithExitCodeThree() {
        Run r = run("solve", "--system", "y' = y^2", "--y0", "1", "--t1", "2");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.json().get("result").asText()).isNotEqualTo("SUCCESS");
        assertThat(r.json().get("t").asDouble()).isLessThan(1.01);
        assertThat(r.err()).contains("t = ");
    }

    @Test
    void spectrumClassifiesTheUprightPendulumAsASaddle() {
        Run r = run("spectrum", "--system", "pendulum", "--at", "3.1,0.1", "--newton");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("classification").asText()).isEqualTo("saddle");
        assertThat(j.get("isEquilibrium").asBoolean()).isTrue();
        assertThat(j.get("at").get(0).asDouble()).isCloseTo(Math.PI, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("eigenvalues").size()).isEqualTo(2);
    }

    @Test
    void lyapunovOfALinearSystemIsTheRealPartsOfItsEigenvalues() {
        Run r = run("lyapunov", "--system", "linear2d", "--param", "a11=-0.5", "--param", "a12=2",
                "--param", "a21=-2", "--param", "a22=-0.5", "--y0", "1,0", "--time", "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode e = r.json().get("exponents");
        assertThat(e.get(0).asDouble()).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(e.get(1).asDouble()).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void badInputGetsAClearMessageAndANonZeroExit() {
        assertBad(run("solve", "--system", "lorenzz", "--t1", "1"), "unknown system");
        assertBad(run("solve", "--system", "lorenz", "--y0", "1,2", "--t1", "1"), "3 variable(s) (x, y, z)");
        assertBad(run("solve", "--system", "lorenz", "--y0", "1,x,2", "--t1", "1"), "'x'");
        assertBad(run("solve", "--system", "x' = y; y' = -k*x", "--t1", "1"), "parameter 'k' has no value");
        assertBad(run("solve", "--system", "x' = (y; y' = -x", "--t1", "1"), "equation 1");
        assertBad(run("solve", "--system", "lorenz", "--method", "rk45", "--t1", "1"), "dopri5");
        assertBad(run("solve", "--system", "lorenz", "--param", "sigmaa=3", "--t1", "1"), "sigmaa");
        assertBad(run("spectrum", "--system", "vanderpol"), "--at");
        assertBad(run("solve", "--system", "lorenz"), "--t1");
    }

    private static void assertBad(Run r, String expected) {
        assertThat(r.exitCode()).as("exit code for: " + r.err()).isNotZero().isNotEqualTo(3);
        assertThat(r.err()).contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }
}
