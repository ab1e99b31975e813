package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nodelab compare} end to end, on runs a real {@code nodelab train} wrote. */
class CompareCommandTest {

    @TempDir
    static Path dir;

    static String node;
    static String hb;
    static String tight;

    @BeforeAll
    static void train() {
        node = train("node", "--model", "node");
        hb = train("hb", "--model", "hbnode");
        tight = train("tight", "--model", "node", "--rtol", "1e-5");
    }

    private static String train(String name, String... extra) {
        Path log = dir.resolve(name + ".jsonl");
        Path model = dir.resolve(name + ".json");
        String[] args = new String[extra.length + 11];
        System.arraycopy(new String[] {"train", "--points", "64", "--width", "4", "--iters", "3", "--log",
                log.toString(), "--save", model.toString()}, 0, args, 0, 11);
        System.arraycopy(extra, 0, args, 11, extra.length);
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return log + ":" + model;
    }

    private static JsonNode json(CommandLineTest.Run r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void two_runs_give_the_differing_settings_the_metrics_and_the_fairness_statement() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("compare", node, "momentum=" + hb, "--pin", "momentum");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode out = json(r);
        assertThat(out.get("pinned").asText()).isEqualTo("momentum");
        assertThat(out.get("runs").get(1).get("pinned").asBoolean()).isTrue();
        assertThat(out.get("runs").get(0).get("name").asText()).isEqualTo("node");
        assertThat(out.get("runs").get(0).get("iterations").asInt()).isEqualTo(3);
        assertThat(out.get("runs").get(0).get("meanNfeForward").asDouble()).isPositive();
        assertThat(out.get("settings")).hasSize(1);
        assertThat(out.get("settings").get(0).get("setting").asText()).isEqualTo("model.family");
        assertThat(out.get("fairness").get("comparable").asBoolean()).isTrue();
        JsonNode accuracy = metric(out, "testAccuracy");
        assertThat(accuracy.get("better").asText()).isEqualTo("higher");
        assertThat(accuracy.get("verdicts").get(1).asText()).isEqualTo("pinned");
        assertThat(accuracy.get("delta").get(1).asDouble()).isZero();
        assertThat(r.err()).contains("*momentum").contains("model.family").contains("NFE is comparable");
    }

    @Test
    void saved_sessions_compare_with_their_curves_and_cost() throws IOException {
        String[] sessions = new String[2];
        String[] models = {"node", "hbnode"};
        for (int k = 0; k < 2; k++) {
            Path session = dir.resolve(models[k] + "-session.json");
            CommandLineTest.Run t = CommandLineTest.run("train", "--points", "64", "--width", "4", "--iters", "3",
                    "--model", models[k], "--session-out", session.toString());
            assertThat(t.exitCode()).as(t.err()).isZero();
            sessions[k] = session.toString();
        }
        CommandLineTest.Run r = CommandLineTest.run("compare", sessions[0], "momentum=" + sessions[1], "--cost",
                "--price", "0.05", "--calls", "5", "--warmup", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode out = json(r);
        assertThat(out.get("runs").get(0).get("iterations").asInt()).isEqualTo(3);
        assertThat(out.get("runs").get(1).get("origin").asText()).endsWith("hbnode-session.json");
        assertThat(out.get("settings").get(0).get("setting").asText()).isEqualTo("model.family");
        assertThat(out.get("cost").get("runs")).hasSize(2);
        // The same numbers as the session's last iteration, which the log of the same run would also give.
        CommandLineTest.Run again = CommandLineTest.run("compare", sessions[0], sessions[1]);
        assertThat(json(again).get("metrics")).isEqualTo(out.get("metrics"));
    }

    @Test
    void runs_at_different_tolerances_are_flagged_as_not_comparable() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("compare", node, tight);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode fairness = json(r).get("fairness");
        assertThat(fairness.get("comparable").asBoolean()).isFalse();
        assertThat(fairness.get("statement").asText()).contains("tolerance (solver.rtol: 0.001, 1.0E-5)");
        assertThat(r.err()).contains("! NFE is not comparable");
    }

    @Test
    void cost_figures_carry_their_provenance_and_follow_the_cost_model() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("compare", node, hb, "--cost", "--price", "0.05",
                "--requests-per-day", "1e7", "--t0", "0.001", "--batch", "4", "--calls", "20", "--warmup", "5");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode cost = json(r).get("cost");
        assertThat(cost.get("inputs").get("pricePerHour").get("provenance").asText()).isEqualTo("assumed");
        assertThat(cost.get("inputs").get("utilisation").get("detail").asText()).contains("default");
        JsonNode card = cost.get("runs").get(0);
        double nfe = card.get("nfe").get("mean").asDouble();
        double tf = card.get("tf").get("medianSeconds").asDouble();
        assertThat(card.get("nfe").get("provenance").asText()).isEqualTo("measured");
        assertThat(card.get("nfe").get("batch").asInt()).isEqualTo(4);
        assertThat(card.get("latency").get("value").asDouble()).isCloseTo(0.001 + nfe * tf, within(1e-12));
        assertThat(card.get("latency").get("provenance").asText()).isEqualTo("derived");
        assertThat(card.get("latency").get("basis").asText()).contains("node: NFE mean measured")
                .contains("t0 assumed (typed: --t0 0.001)");
        double hours = 1e7 * card.get("latency").get("value").asDouble() / (4 * 3600 * 0.6);
        assertThat(card.get("coreHoursPerDay").get("value").asDouble()).isCloseTo(hours, within(1e-9));
        assertThat(card.get("costPerDay").get("value").asDouble()).isCloseTo(hours * 0.05, within(1e-9));
        assertThat(card.get("trainingCost").get("value").asDouble()).isPositive();
        JsonNode savings = cost.get("savings");
        assertThat(savings).hasSize(1);
        assertThat(savings.get(0).get("name").asText()).isEqualTo("hb");
        assertThat(savings.get(0).get("explanation").asText()).contains("fixed overhead t0");
        assertThat(r.err()).contains("latency").contains("core-hours/day");
    }

    @Test
    void a_what_if_scales_the_candidates_nfe_in_the_cost_and_says_so() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("compare", node, hb, "--cost", "--price", "0.05", "--t0",
                "0.001", "--calls", "20", "--warmup", "5", "--what-if-nfe", "0.5", "--what-if-tf", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode cost = json(r).get("cost");
        assertThat(cost.get("whatIf").get("candidateNfe").asDouble()).isEqualTo(0.5);
        for (int i = 0; i < 2; i++) {
            JsonNode card = cost.get("runs").get(i);
            double nfe = card.get("nfe").get("mean").asDouble();
            double tf = card.get("tf").get("medianSeconds").asDouble();
            // The reference's NFE as measured; the candidate's halved; every t_f doubled.
            double k = i == 0 ? 1 : 0.5;
            assertThat(card.get("latency").get("value").asDouble()).isCloseTo(0.001 + k * nfe * 2 * tf,
                    within(1e-12));
            assertThat(card.get("latency").get("basis").asText()).contains("what-if field-time factor assumed");
        }
        assertThat(cost.get("runs").get(1).get("latency").get("basis").asText())
                .contains("what-if NFE factor assumed");
        expect2(new String[] {"compare", node, hb, "--cost", "--price", "1", "--what-if-nfe", "0"},
                "the NFE factor must be 0.1..3, not 0.0");
        expect2(new String[] {"compare", node, hb, "--what-if-tf", "0.5"}, "--what-if-tf only applies with --cost");
    }

    @Test
    void bad_arguments_and_files_are_refused_with_exit_2_and_a_clear_message() throws IOException {
        expect2(new String[] {"compare", node}, "compare 2 to 8 runs, not 1");
        String[] nine = new String[10];
        nine[0] = "compare";
        java.util.Arrays.fill(nine, 1, 10, node);
        expect2(nine, "compare 2 to 8 runs, not 9");
        expect2(new String[] {"compare", node, hb, "--pin", "nobody"}, "--pin nobody: no run has that name");
        expect2(new String[] {"compare", node, hb, "--pin", "3"}, "--pin 3: no run");
        expect2(new String[] {"compare", node, hb, "--cost"}, "--cost needs --price");
        expect2(new String[] {"compare", node, hb, "--batch", "8"}, "--batch only applies with --cost");
        expect2(new String[] {"compare", node, hb, "--cost", "--price", "1", "--utilisation", "1.5"},
                "utilisation must be in (0, 1]");
        expect2(new String[] {"compare", node, hb, "--cost", "--price", "1", "--batch", "0"}, "the batch must be");
        expect2(new String[] {"compare", node, hb, "--cost", "--price", "-1"}, "price per hour must be");
        expect2(new String[] {"compare", node, hb, "--summary", "median"}, "--summary must be last, best or mean");
        expect2(new String[] {"compare", node, hb, "--last", "0"}, "--last must be");
        expect2(new String[] {"compare", node, "a:b:c"}, "a run is FILE or LOG:MODEL");
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"format\": \"nodelab-model\", oops");
        expect2(new String[] {"compare", node, garbage.toString()}, garbage + ": not valid JSON at line 1");
        String mismatched = node.substring(0, node.indexOf(':')) + ":" + hb.substring(hb.indexOf(':') + 1);
        expect2(new String[] {"compare", node, mismatched}, "are not from the same run");
    }

    @Test
    void the_drive_letter_colon_is_part_of_a_path() {
        RunArgument a = RunArgument.parse("ref=C:\\runs\\a.jsonl:C:\\runs\\a.json");
        assertThat(a.name()).isEqualTo("ref");
        assertThat(a.files()).hasSize(2);
        assertThat(RunArgument.parse("model.json").files()).hasSize(1);
        RunArgument equalsInName = RunArgument.parse("./a=b.json");
        assertThat(equalsInName.name()).isNull();
        assertThat(equalsInName.files()).containsExactly(Path.of("./a=b.json"));
    }

    private static void expect2(String[] args, String message) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
        assertThat(r.err()).as(String.join(" ", args)).contains(message).doesNotContain("internal error");
        assertThat(r.out()).isEmpty();
    }

    private static JsonNode metric(JsonNode out, String id) {
        for (JsonNode row : out.get("metrics").get("rows")) {
            if (row.get("metric").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no metric " + id);
    }
}
