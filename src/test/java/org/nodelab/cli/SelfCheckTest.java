package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;

class SelfCheckTest {

    @Test
    void passesWithOneOkLinePerCheckAndExitsZero() {
        CommandLineTest.Run r = CommandLineTest.run("--self-check");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int samples = SampleCatalog.builtIn().size();
        // java, nd4j, javafx, priority, the catalog, then eval and train for each sample, then the summary.
        assertThat(lines).hasSize(5 + 2 * samples + 1);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("ok    "));
        assertThat(lines.get(1)).contains("CpuBackend").contains("nd4j-native 1.0.0-M2.1");
        assertThat(lines.get(2)).contains("javafx-graphics");
        assertThat(lines.get(3)).startsWith("ok    priority: a trainer thread runs at nice");
        assertThat(r.out()).contains("ok    hbnode-circles eval: hbnode on circles")
                .contains("ok    hamiltonian-circles train: 5 iterations");
        assertThat(lines.get(lines.size() - 1)).startsWith("self-check passed: " + (5 + 2 * samples) + " checks");
    }

    @Test
    void aSampleThatCannotBeLoadedFailsTheCheckWithItsNameAndExitsOne() {
        List<SampleModel> samples = new ArrayList<>(SampleCatalog.builtIn().subList(0, 1));
        samples.add(new SampleModel("ghost", "ghost.json", "node", "circles", "t", "n", "c"));
        StringWriter out = new StringWriter();
        int code = new SelfCheck(new PrintWriter(out), new SelfCheck.Samples() {
            @Override
            public List<SampleModel> list() {
                return samples;
            }

            @Override
            public LoadedModel load(SampleModel sample) throws IOException {
                return SampleCatalog.load(sample);
            }
        }).run();
        assertThat(code).isEqualTo(CommandLineRunner.EXIT_FAILURE);
        assertThat(out.toString()).contains("ok    node-circles eval")
                .contains("FAIL  ghost eval: sample 'ghost' (/sample-models/ghost.json): the model file is not on the "
                        + "class path")
                .doesNotContain("ghost train")
                .contains("self-check FAILED: 1 of 8 checks failed");
    }

    @Test
    void aSampleWhoseWeightsNoLongerGiveTheRecordedLossFails() {
        SampleModel sample = SampleCatalog.builtIn().get(0);
        StringWriter out = new StringWriter();
        int code = new SelfCheck(new PrintWriter(out), new SelfCheck.Samples() {
            @Override
            public List<SampleModel> list() {
                return List.of(sample);
            }

            @Override
            public LoadedModel load(SampleModel s) throws IOException {
                LoadedModel loaded = SampleCatalog.load(s);
                loaded.model().parameters()[0] += 1.0;   // what miscomputing natives would look like
                loaded.model().parametersChanged();
                return loaded;
            }
        }).run();
        assertThat(code).as(out.toString()).isEqualTo(CommandLineRunner.EXIT_FAILURE);
        assertThat(out.toString()).contains("FAIL  " + sample.id() + " eval: test loss")
                .contains("was recorded when it was trained");
    }
}
