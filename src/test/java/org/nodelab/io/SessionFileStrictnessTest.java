package org.nodelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;

/** Loading a session is as strict as loading a model: every way a file can be wrong gets its own message. */
class SessionFileStrictnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static Path saved;
    static String text;

    @BeforeAll
    static void save() throws Exception {
        saved = folder.resolve("good.json");
        try (Trainer trainer = new Trainer(SessionRoundTripTest.config("hbnode", GradientMethod.ADJOINT,
                RegularizerKind.LOCAL_ERROR, 0))) {
            List<IterationMetrics> metrics = new ArrayList<>();
            metrics.add(trainer.step());
            metrics.add(trainer.step());
            SessionFiles.write(saved, trainer, RunHistory.of(metrics),
                    ViewSettings.of(Map.of("mode", "explore", "projectionX", 1.0, "dark", true)),
                    new SessionExploration("x' = y; y' = -a*x", Map.of("a", 2.0), new double[] {0.5, 0}, 1.5, 12,
                            "dopri5", 1e-6, 1e-8, 0, 1));
        }
        text = Files.readString(saved);
    }

    @Test
    void aGoodFileKeepsViewAndExploration() throws Exception {
        SessionFile file = SessionFiles.read(saved);
        assertThat(file.view().text("mode", "")).isEqualTo("explore");
        assertThat(file.view().number("projectionX", 0)).isEqualTo(1.0);
        assertThat(file.view().flag("dark", false)).isTrue();
        assertThat(file.exploration().specification()).isEqualTo("x' = y; y' = -a*x");
        assertThat(file.exploration().parameters()).containsEntry("a", 2.0);
        assertThat(file.exploration().center()).containsExactly(0.5, 0);
        assertThat(file.history().size()).isEqualTo(2);
        assertThat(java.util.Arrays.stream(file.history().millis()).min().orElseThrow()).isPositive();
        assertThat(file.state().iteration()).isEqualTo(2);
        assertThat(file.state().optimizerSteps()).isEqualTo(2);
    }

    @Test
    void unknownAndRepeatedKeysAreRefused() {
        assertThat(problem(root -> ((ObjectNode) root.get("trainer")).put("momentum", 1)))
                .contains("momentum");
        Path twice = write(text.replaceFirst("\"analysisEvery\" : 7", "\"analysisEvery\" : 7, \"analysisEvery\" : 7"));
        assertThatThrownBy(() -> SessionFiles.read(twice)).hasMessageContaining("analysisEvery")
                .hasMessageContaining("uplicate");
    }

    @Test
    void missingAndMistypedFieldsAreNamed() {
        assertThat(problem(root -> ((ObjectNode) root.get("trainer")).remove("randomState")))
                .contains("'randomState' is missing");
        assertThat(problem(root -> ((ObjectNode) root.get("trainer")).put("iteration", "2")))
                .contains("'iteration' must be a whole number");
        assertThat(problem(root -> ((ObjectNode) root.get("trainer")).put("iteration", -1)))
                .contains("cannot be negative");
        assertThat(problem(root -> ((ObjectNode) root.get("model").get("training")).put("rtol", -1)))
                .contains("in 'model'").contains("tolerance");
    }

    @Test
    void momentsMustFitTheModelAndBeFinite() {
        assertThat(problem(root -> ((ArrayNode) root.get("trainer").get("optimizerMoments")).remove(0)))
                .contains("optimizerMoments has").contains("truncated");
        assertThat(problem(root -> {
            ArrayNode moments = (ArrayNode) root.get("trainer").get("optimizerMoments");
            moments.set(moments.size() - 1, JSON.getNodeFactory().numberNode(-1.0));
        })).contains("not negative");
        assertThat(problem(root -> ((ArrayNode) root.get("trainer").get("optimizerMoments")).set(0,
                JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"))))).contains("optimizerMoments[0]");
    }

    @Test
    void historyColumnsMustAgreeAndCount() {
        assertThat(problem(root -> ((ArrayNode) root.get("history").get("millis")).remove(0)))
                .contains("history");
        assertThat(problem(root -> ((ArrayNode) root.get("history").get("iteration")).set(1,
                JSON.getNodeFactory().numberNode(9)))).contains("history.iteration[1] is 9");
        assertThat(problem(root -> ((ArrayNode) root.get("history").get("nfeForward")).set(0,
                JSON.getNodeFactory().numberNode(-3)))).contains("history.nfeForward[0]");
    }

    @Test
    void viewSettingsAreTypedAndBounded() {
        assertThat(problem(root -> ((ObjectNode) root.get("view")).putObject("nested").put("a", 1)))
                .contains("view.nested must be a string, a number or true/false");
        assertThat(problem(root -> ((ObjectNode) root.get("view")).put("long", "x".repeat(2000))))
                .contains("view.long has 2000 characters");
    }

    @Test
    void explorationIsChecked() {
        assertThat(problem(root -> ((ObjectNode) root.get("exploration")).put("spread", 0)))
                .contains("exploration.spread");
        assertThat(problem(root -> ((ObjectNode) root.get("exploration").get("parameters")).putNull("a")))
                .contains("parameters");
    }

    @Test
    void otherVersionsAndFormatsSayWhy() {
        assertThat(problem(root -> ((ObjectNode) root).put("schemaVersion", 2)))
                .contains("session schema version 2 is not supported").contains("newer NODE Lab");
        assertThat(problem(root -> ((ObjectNode) root).put("schemaVersion", 0)))
                .contains("session schema version 0 is not supported; this NODE Lab reads version 1");
        assertThat(problem(root -> ((ObjectNode) root.get("model")).put("schemaVersion", 7)))
                .contains("schema version 7");
        assertThat(problem(root -> ((ObjectNode) root).put("format", "nodelab-model")))
                .contains("it is a model file");
    }

    @Test
    void emptyTruncatedAndOversizedFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> SessionFiles.read(write(""))).hasMessageContaining("empty");
        assertThatThrownBy(() -> SessionFiles.read(write(text.substring(0, text.length() / 2))))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> SessionFiles.read(folder)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> SessionFiles.read(folder.resolve("none.json"))).hasMessageContaining("no such file");
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(SessionFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> SessionFiles.read(huge)).hasMessageContaining("session files are at most");
    }

    private static int written;

    private static Path write(String content) {
        try {
            Path file = folder.resolve("edited-" + written++ + ".json");
            Files.writeString(file, content);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The message loading gives once {@code edit} changed the good file. */
    private static String problem(Consumer<JsonNode> edit) {
        try {
            JsonNode root = JSON.readTree(text);
            edit.accept(root);
            Path file = write(JSON.writeValueAsString(root));
            SessionFiles.read(file);
            throw new AssertionError("the edited file loaded");
        } catch (ModelFileException e) {
            assertThat(e.getMessage()).startsWith(folder.toString());
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
