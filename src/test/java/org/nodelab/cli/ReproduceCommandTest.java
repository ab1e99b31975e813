package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.ModelFiles;

/** {@code nodelab reproduce}: one JSON object with published figures, sources and verdicts; clear refusals. */
class ReproduceCommandTest {

    @TempDir
    Path dir;

    @Test
    void aShortRunPrintsOursBesidePublishedAndSavesEveryRun() throws Exception {
        Path saves = dir.resolve("runs");
        CommandLineTest.Run r = CommandLineTest.run("reproduce", "sonode", "--iters", "2", "--points", "48",
                "--seeds", "4", "--save-sessions", saves.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("reproduction").asText()).isEqualTo("sonode");
        assertThat(j.get("comparisons").size()).isPositive();
        for (JsonNode c : j.get("comparisons")) {
            assertThat(c.get("source").asText()).isNotBlank();
            assertThat(c.has("published")).isTrue();
            assertThat(c.has("ours")).isTrue();
        }
        for (JsonNode v : j.get("verdicts")) {
            assertThat(v.get("verdict").asText()).isIn("holds", "partly holds", "does not hold");
        }
        assertThat(j.get("wallSeconds").asDouble()).isPositive();
        assertThat(j.get("runs").size()).isEqualTo(6);
        for (JsonNode run : j.get("runs")) {
            Path model = Path.of(run.get("saved").asText());
            assertThat(ModelFiles.load(model).model().parameterCount()).isPositive();
            Path log = Path.of(model.toString().replace(".model.json", ".jsonl"));
            assertThat(Files.readAllLines(log)).hasSize(2);
        }
        assertThat(r.err()).contains("verdict:").contains("published");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() throws Exception {
        assertRefused(CommandLineTest.run("reproduce", "mommentum"), "no reproduction called 'mommentum'");
        assertRefused(CommandLineTest.run("reproduce", "momentum", "--seeds", "1,x"), "--seeds takes whole numbers");
        assertRefused(CommandLineTest.run("reproduce", "momentum", "--seeds", "1,,2"), "--seeds takes whole numbers");
        assertRefused(CommandLineTest.run("reproduce", "momentum", "--iters", "0"), "1..20000");
        assertRefused(CommandLineTest.run("reproduce", "momentum", "--iters", "1000000"), "1..20000");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertRefused(CommandLineTest.run("reproduce", "momentum", "--save-sessions", file.toString()),
                "takes a folder");
    }

    private static void assertRefused(CommandLineTest.Run r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }
}
