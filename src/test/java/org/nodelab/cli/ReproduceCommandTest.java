package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        java.util.List<String> sessions = new java.util.ArrayList<>();
        for (JsonNode run : j.get("runs")) {
            Path session = Path.of(run.get("saved").asText());
            assertThat(session.getFileName().toString()).endsWith(".session.json");
            org.nodelab.io.SessionFile saved = org.nodelab.io.SessionFiles.read(session);
            assertThat(saved.history().size()).isEqualTo(2);
            assertThat(saved.state().iteration()).isEqualTo(2);
            sessions.add(session.toString());
        }
        // The compare command opens them as they are.
        CommandLineTest.Run compared = CommandLineTest.run("compare", sessions.get(0), sessions.get(1));
        assertThat(compared.exitCode()).as(compared.err()).isZero();
        assertThat(compared.json().get("runs").get(0).get("iterations").asInt()).isEqualTo(2);
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
