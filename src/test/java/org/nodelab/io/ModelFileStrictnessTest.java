package org.nodelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A model file is loaded only if it is exactly what the format describes; anything more or less is named. */
class ModelFileStrictnessTest {

    private static String sample() throws IOException {
        return Files.readString(Path.of("sample-models/node-circles.json"));
    }

    private static LoadedModel load(String text) throws IOException {
        return ModelFiles.load("m.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String text, String... words) {
        var refusal = assertThatThrownBy(() -> load(text)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("m.json");
        for (String w : words) {
            refusal.hasMessageContaining(w);
        }
    }

    @Test
    void the_sample_itself_loads() throws IOException {
        assertThat(load(sample()).model().parameterCount()).isPositive();
    }

    @Test
    void content_after_the_object_repeated_keys_and_unknown_keys_are_refused() throws IOException {
        String good = sample();
        assertRefused(good + "\n{}", "not valid JSON");
        assertRefused(good.replaceFirst("\"schemaVersion\"", "\"schemaVersion\" : 1, \"schemaVersion\""),
                "schemaVersion");
        assertRefused(good.replaceFirst("\"schemaVersion\"", "\"extra\" : true, \"schemaVersion\""), "extra");
    }

    @Test
    void fractional_string_and_negative_counts_are_refused() throws IOException {
        String good = sample();
        assertRefused(good.replaceFirst("\"width\" : (\\d+)", "\"width\" : $1.5"), "width");
        assertRefused(good.replaceFirst("\"width\" : (\\d+)", "\"width\" : \"$1\""), "width");
        assertRefused(good.replaceFirst("\"iterations\" : (\\d+)", "\"iterations\" : -3"), "iterations");
        assertRefused(good.replaceFirst("\"shape\" : \\[ (\\d+)", "\"shape\" : [ 2.5"), "shape");
    }

    @Test
    void a_file_cannot_ask_for_unbounded_work_or_memory() throws IOException {
        String good = sample();
        assertRefused(good.replaceFirst("\"integrationTime\" : [0-9.eE+-]+", "\"integrationTime\" : 1000000"),
                "integration time");
        assertRefused(good.replaceFirst("\"maxSteps\" : \\d+", "\"maxSteps\" : 2147483647"), "max steps");
        // Declared huge: refused from the numbers alone, before anything is allocated.
        assertRefused(good.replaceFirst("\"width\" : \\d+", "\"width\" : 4096")
                .replaceFirst("\"depth\" : \\d+", "\"depth\" : 16"), "parameters");
        assertRefused(good.replaceFirst("\"inputDimension\" : \\d+", "\"inputDimension\" : 1000000000"),
                "dimensions");
    }
}
