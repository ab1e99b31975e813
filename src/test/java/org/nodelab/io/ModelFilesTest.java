package org.nodelab.io;

import org.nodelab.model.family.ModelFamilies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.ode.Method;
import org.nodelab.train.DataConfig;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.OptimizerConfig;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.SolverConfig;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

class ModelFilesTest {

    @TempDir
    static Path folder;
    static Path saved;
    static String text;
    static double[] parameters;

    @BeforeAll
    static void trainAndSave() throws Exception {
        ModelConfig model = ModelConfig.defaults(ModelFamilies.fromId("ghbnode"), 2, 2).withWidth(8).withDepth(1)
                .withDamping(0.4, true).withXi(0.2).withLearnInitialVelocity(true).withSeed(9);
        TrainingConfig config = TrainingConfig.defaults().withModel(model)
                .withData(new DataConfig("moons", 64, 0.1, 4))
                .withSolver(new SolverConfig(Method.DOPRI5, 1e-3, 1e-3, 1000, AdjointNorm.SEMINORM))
                .withOptimizer(new OptimizerConfig(0.02, 5, 0))
                .withAnalysisEvery(5);
        try (Trainer trainer = new Trainer(config)) {
            trainer.step();
            trainer.step();
            saved = folder.resolve("model.json");
            ModelFiles.save(saved, trainer, new HistorySummary(2, 0.5, 0.6, 0.7, 0.65, 20, 30));
            parameters = trainer.model().parameters().clone();
        }
        text = Files.readString(saved);
    }

    @Test
    void roundTripKeepsEveryParameterAndSetting() throws Exception {
        LoadedModel loaded = ModelFiles.load(saved);
        assertThat(loaded.model().parameters()).containsExactly(parameters);
        assertThat(loaded.model().family()).isEqualTo(ModelFamilies.fromId("ghbnode"));
        assertThat(loaded.config().model().learnDamping()).isTrue();
        assertThat(loaded.config().data().dataset()).isEqualTo("moons");
        assertThat(loaded.history().iterations()).isEqualTo(2);
        assertThat(loaded.config().solver().adjointNorm()).isEqualTo(AdjointNorm.SEMINORM);
    }

    @Test
    void aFileFromBeforeTheAdjointNormGetsTorchdiffeqsDefault() throws Exception {
        assertThat(text).contains("\"adjointNorm\" : \"seminorm\",");
        Path old = folder.resolve("old.json");
        Files.writeString(old, text.replace("\"adjointNorm\" : \"seminorm\",", ""));
        LoadedModel loaded = ModelFiles.load(old);
        assertThat(loaded.config().solver().adjointNorm()).isEqualTo(AdjointNorm.MIXED);
        loaded.model().close();
        assertRefused(text.replace("\"adjointNorm\" : \"seminorm\"", "\"adjointNorm\" : \"l2\""),
                "unknown adjoint norm 'l2'; choose mixed");
    }

    @Test
    void truncatedFileIsRefusedWithTheLine() throws Exception {
        assertRefused(text.substring(0, text.length() / 2), "not valid JSON at line");
    }

    @Test
    void inconsistentFilesAreRefusedWithTheirProblem() throws Exception {
        assertRefused(text.replace("\"format\" : \"nodelab-model\"", "\"format\" : \"something-else\""),
                "not a NODE Lab model file");
        assertRefused(text.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7"), "schema version 7");
        assertRefused(text.replace("\"family\" : \"ghbnode\"", "\"family\" : \"transformer\""), "unknown model family");
        assertRefused(text.replace("\"width\" : 8", "\"width\" : 9"), "expected field.f.layer0.W at 0 with shape [3, 9]");
        assertRefused(text.replace("\"width\" : 8", "\"width\" : \"eight\""), "'width' must be a whole number");
        assertRefused(text.replace("\"depth\" : 1,", ""), "'depth' is missing");
        assertRefused(text.replace("\"damping\" : 0.4", "\"damping\" : 4.0"), "inconsistent settings");
        assertRefused(text.replace("\"name\" : \"readout.R\"", "\"name\" : \"readout.Q\""), "expected readout.R");
        int at = text.indexOf("\"parameters\" : [") + "\"parameters\" : [".length();
        int comma = text.indexOf(',', at);
        assertRefused(text.substring(0, at) + " null" + text.substring(comma), "parameters[0] is null");
        assertRefused("[1, 2, 3]", "top level must be a JSON object");
        assertRefused("", "empty");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws Exception {
        Path big = folder.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), ModelFiles.MAX_BYTES + 10);
        }
        assertThatThrownBy(() -> ModelFiles.load(big)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model files are at most " + String.format(java.util.Locale.ROOT, "%.1f MB",
                        ModelFiles.MAX_BYTES / (1024.0 * 1024.0)));
    }

    private static void assertRefused(String content, String expected) throws Exception {
        Path file = Files.createTempFile(folder, "broken", ".json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFiles.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(expected);
    }
}
