package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as a separate process exactly as the README says to start it. */
class PackagedJarIT {

    record Result(int exitCode, String out, String err) {
    }

    private static Result runJar(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("nodelab.jar", "target/nodelab.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("nodelab-out", ".txt");
        Path err = Files.createTempFile("nodelab-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void solvePrintsOneJsonObject() throws Exception {
        Result r = runJar("solve", "--system", "lorenz", "--y0", "1,1,1", "--t1", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("result").asText()).isEqualTo("SUCCESS");
        assertThat(json.get("y").size()).isEqualTo(3);
        assertThat(json.get("stats").get("nfe").asLong()).isPositive();
    }

    @Test
    void selfCheckPassesWithTheSamplesInsideTheJar() throws Exception {
        Result r = runJar("--self-check");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ok    priority: a trainer thread runs at nice")
                .contains("ok    samples: 7 in the catalog").contains("self-check passed")
                .doesNotContain("FAIL");
    }

    @Test
    void badInputExitsNonZeroWithAMessage() throws Exception {
        Result r = runJar("spectrum", "--system", "nosuchsystem", "--at", "0,0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown system 'nosuchsystem'");
        assertThat(r.out()).isEmpty();
    }
}
