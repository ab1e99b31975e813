package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval never scores weights on data they do not fit, and never calls a non-number a success. */
class EvalChecksTest {

    @TempDir
    Path dir;

    @Test
    void a_model_edited_to_data_of_another_shape_is_refused_by_name() throws IOException {
        String text = Files.readString(Path.of("sample-models/node-circles.json"))
                .replaceFirst("\"dataset\" : \"circles\"", "\"dataset\" : \"spheres\"");
        Path edited = Files.writeString(dir.resolve("edited.json"), text);
        CommandLineTest.Run r = CommandLineTest.run("eval", "--model-file", edited.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("2 features").contains("spheres has 3 features").doesNotContain("arraycopy");
        assertThat(r.out()).doesNotContain("testAccuracy");
    }

    @Test
    void a_csv_for_a_model_of_built_in_data_is_not_silently_ignored() throws IOException {
        Path csv = Files.writeString(dir.resolve("d.csv"), "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n9,1,a\n2,2,b\n");
        CommandLineTest.Run r = CommandLineTest.run("eval", "--model-file", "sample-models/node-circles.json",
                "--csv", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("built-in dataset 'circles'").contains("leave --csv out");
    }

    @Test
    void a_csv_of_another_shape_for_a_csv_trained_model_is_refused() throws IOException {
        StringBuilder two = new StringBuilder("x,y,label\n");
        StringBuilder three = new StringBuilder("x,y,z,label\n");
        for (int i = 0; i < 40; i++) {
            two.append(i % 7).append(',').append(i % 5).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
            three.append(i % 7).append(',').append(i % 5).append(',').append(i % 3).append(',')
                    .append(i % 2 == 0 ? "a" : "b").append('\n');
        }
        Path trainCsv = Files.writeString(dir.resolve("two.csv"), two);
        Path otherCsv = Files.writeString(dir.resolve("three.csv"), three);
        Path model = dir.resolve("m.json");
        CommandLineTest.Run trained = CommandLineTest.run("train", "--csv", trainCsv.toString(), "--width", "4",
                "--iters", "1", "--save", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        CommandLineTest.Run r = CommandLineTest.run("eval", "--model-file", model.toString(), "--csv",
                otherCsv.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("3 features");
    }

    @Test
    void a_test_loss_that_is_not_a_number_is_not_a_success() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                Path.of("sample-models/node-circles.json").toFile());
        var parameters = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("parameters");
        // The readout's weights at the edge of double range: the logits overflow to ±Inf for every point.
        for (int i = parameters.size() - 6; i < parameters.size() - 2; i++) {
            parameters.set(i, json.getNodeFactory().numberNode(i % 2 == 0 ? 1e308 : -1e308));
        }
        Path file = dir.resolve("overflow.json");
        json.writeValue(file.toFile(), root);
        CommandLineTest.Run r = CommandLineTest.run("eval", "--model-file", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.json().get("result").asText()).isEqualTo("NON_FINITE_LOSS");
        assertThat(r.err()).contains("test loss");
    }
}
