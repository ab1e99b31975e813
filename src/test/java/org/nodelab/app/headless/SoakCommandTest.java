package org.nodelab.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nodelab.app.DesktopCommands;
import org.nodelab.cli.CommandLineRunner;

import picocli.CommandLine;

/**
 * The soak's machinery, end to end but short: a child JVM on Serial GC plays the demo in the headless window for
 * a few seconds. It runs in a child because the JavaFX toolkit starts once per JVM and other tests here own it.
 * Checks that samples come back and the JSON is whole; never how fast or how much memory.
 */
class SoakCommandTest {

    @Test
    void a_short_serial_soak_in_a_child_jvm_returns_samples_and_statistics_as_json() throws Exception {
        CommandLine commandLine = CommandLineRunner.newCommandLine();
        DesktopCommands.register(commandLine);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute("bench", "soak", "--gc", "serial", "--minutes", "0.1", "--every", "1");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("benchmark").asText()).isEqualTo("soak");
        JsonNode serial = json.get("serial");
        assertThat(serial.get("collector").asText()).contains("Copy").contains("MarkSweepCompact");
        JsonNode samples = serial.get("samples");
        assertThat(samples.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode s : samples) {
            assertThat(s.get("iteration").isIntegralNumber()).isTrue();
            assertThat(s.get("heapCommittedMb").asDouble()).isPositive();
        }
        assertThat(serial.get("statistics").get("samples").asInt()).isEqualTo(samples.size());
        assertThat(serial.get("statistics").has("slopeRssMbPer1000Iterations")).isTrue();
        assertThat(err.toString()).contains("[serial]").contains("RSS plateau");
    }

    @Test
    void the_child_keeps_our_options_but_not_our_collector_or_a_debugger() {
        assertThat(ChildSoak.inherited("-Xmx512m")).isTrue();
        assertThat(ChildSoak.inherited("--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED")).isTrue();
        assertThat(ChildSoak.inherited("-XX:+UseG1GC")).isFalse();
        assertThat(ChildSoak.inherited("-XX:+UseParallelGC")).isFalse();
        assertThat(ChildSoak.inherited("-agentlib:jdwp=transport=dt_socket")).isFalse();
        List<String> cmd = new ChildSoak("serial", "-XX:+UseSerialGC").command(1, 5);
        assertThat(cmd).contains("-XX:+UseSerialGC", ChildSoak.MAIN_CLASS, "current");
        assertThat(ChildSoak.MAIN_CLASS).isEqualTo(org.nodelab.Main.class.getName());
    }

    @Test
    void a_collector_that_does_not_exist_is_refused_with_the_choices() {
        CommandLine commandLine = CommandLineRunner.newCommandLine();
        DesktopCommands.register(commandLine);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("bench", "soak", "--gc", "zgc")).isEqualTo(2);
        assertThat(err.toString()).contains("g1, serial, both or current");
    }
}
