package org.nodelab.session.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.cli.CommandLineRunner;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.UserFileException;
import picocli.CommandLine;

/** Runs loaded from the files a real short {@code nodelab train} wrote, and refusals of broken ones. */
class RunSourcesTest {

    @TempDir
    static Path dir;

    static Path log;
    static Path model;
    static Path otherLog;
    static Path otherModel;

    @BeforeAll
    static void train() {
        log = dir.resolve("hb.jsonl");
        model = dir.resolve("hb.json");
        otherLog = dir.resolve("node.jsonl");
        otherModel = dir.resolve("node.json");
        train("--model", "hbnode", "--iters", "3", "--log", log.toString(), "--save", model.toString());
        train("--model", "node", "--iters", "4", "--log", otherLog.toString(), "--save", otherModel.toString());
    }

    static String train(String... extra) {
        String[] args = new String[extra.length + 5];
        System.arraycopy(new String[] {"train", "--points", "64", "--width", "4"}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        CommandLine cli = CommandLineRunner.newCommandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void a_redirected_stdout_with_its_summary_line_is_the_same_run_as_the_log() throws IOException {
        Path stdoutLog = dir.resolve("stdout.jsonl");
        Path saved = dir.resolve("stdout-model.json");
        Path logged = dir.resolve("stdout-log.jsonl");
        Files.writeString(stdoutLog, train("--iters", "2", "--log", logged.toString(), "--save", saved.toString()));
        assertThat(Files.readAllLines(stdoutLog)).hasSize(3).last().asString().contains("\"summary\":true");
        ComparedRun fromStdout = RunSources.load(List.of(stdoutLog, saved), null);
        ComparedRun fromLog = RunSources.load(List.of(logged, saved), null);
        assertThat(fromStdout.series().size()).isEqualTo(2);
        assertThat(fromStdout.id()).isEqualTo(fromLog.id());
    }

    @Test
    void a_run_that_stopped_on_a_fault_keeps_its_good_iterations_and_says_where_it_stopped() throws IOException {
        List<String> lines = Files.readAllLines(log);
        String faultLine = lines.get(2).replaceFirst("}$", ",\"fault\":\"the forward solve stopped: step limit\"}");
        Path faulted = Files.writeString(dir.resolve("fault.jsonl"), lines.get(0) + "\n" + lines.get(1) + "\n"
                + faultLine + "\n");
        TrainLog read = TrainLogReader.read(faulted);
        assertThat(read.series().size()).isEqualTo(2);
        assertThat(read.faultLine()).isEqualTo("iteration 3: the forward solve stopped: step limit");
    }

    @Test
    void a_log_with_its_model_gives_every_iteration_and_the_configuration() throws IOException {
        ComparedRun run = RunSources.load(List.of(log, model), null);
        assertThat(run.name()).isEqualTo("hb");
        assertThat(run.modelFile()).isEqualTo(model);
        RunSeries s = run.series();
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.xs(XAxis.ITERATION)).containsExactly(1, 2, 3);
        List<String> lines = Files.readAllLines(log);
        long nfe = 0;
        double ms = 0;
        for (String line : lines) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            nfe += node.get("nfeForward").asLong() + node.get("nfeBackward").asLong();
            ms += node.get("ms").asDouble();
        }
        assertThat(s.totalNfe()).isEqualTo(nfe).isPositive();
        assertThat(s.totalSeconds()).isCloseTo(ms / 1000, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.has(Metric.ACCEPTED_STEPS)).isTrue();
        assertThat(run.config()).isEqualTo(ModelFiles.load(model).config());
        assertThat(run.config().model().family().id()).isEqualTo("hbnode");
        // The same files in the other order are the same run, with the same id and so the same colour.
        ComparedRun again = RunSources.load(List.of(model, log), "again");
        assertThat(again.id()).isEqualTo(run.id());
        assertThat(again.series().size()).isEqualTo(3);
    }

    @Test
    void a_model_file_alone_gives_its_configuration_and_saved_figures() throws IOException {
        ComparedRun run = RunSources.load(List.of(otherModel), null);
        assertThat(run.series().isEmpty()).isTrue();
        assertThat(run.iterations()).isEqualTo(4);
        assertThat(run.meanNfeForward()).isEqualTo(run.summary().meanNfeForward()).isPositive();
        ComparedRun logged = RunSources.load(List.of(otherLog, otherModel), null);
        assertThat(logged.meanNfeForward()).isCloseTo(run.meanNfeForward(),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(MetricSummary.LAST.of(run, Metric.TEST_ACCURACY, 1)).isEqualTo(run.summary().finalTestAccuracy());
        Comparison c = new Comparison(List.of(RunSources.load(List.of(log, model), null), run), 0);
        assertThat(c.settings()).extracting(SettingRow::path).contains("model.family");
    }

    @Test
    void a_log_and_a_model_of_different_runs_are_refused() {
        assertThatThrownBy(() -> RunSources.load(List.of(log, otherModel), null))
                .isInstanceOf(UserFileException.class).hasMessageStartingWith(log.toString())
                .hasMessageContaining("not from the same run").hasMessageContaining("3 iterations")
                .hasMessageContaining("saved after 4");
    }

    @Test
    void broken_logs_are_refused_naming_the_file_and_the_line() throws IOException {
        List<String> lines = Files.readAllLines(log);
        String good = String.join("\n", lines) + "\n";
        expectRefused(good.substring(0, good.length() - 20), "line 3: not valid JSON");
        expectRefused(lines.get(0) + "\n" + lines.get(2) + "\n", "line 2: iteration 3 follows iteration 1");
        expectRefused(good.replaceFirst("\"nfeForward\":\\d+", "\"nfeForward\":\"lots\""),
                "line 1: 'nfeForward' must be a whole number");
        expectRefused(good.replaceFirst(",\"testLoss\":[^,]+", ""), "line 1: the field 'testLoss' is missing");
        expectRefused(good + good, "line 4: iteration 1 follows iteration 3");
        expectRefused(lines.get(0) + "\n[1, 2]\n", "line 2: each line must be a JSON object");
        expectRefused(lines.get(0) + "\n" + "x".repeat(TrainLogReader.MAX_LINE_CHARS + 1) + "\n", "line 2 is over");
        expectRefused(good + "{\"summary\":true}\n" + lines.get(0) + "\n", "line 5: an iteration after the run's "
                + "summary line");
    }

    @Test
    void garbage_empty_and_unknown_files_are_refused_with_their_name() throws IOException {
        Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);
        assertThatThrownBy(() -> RunSources.load(List.of(empty), null)).isInstanceOf(UserFileException.class)
                .hasMessage(empty + ": the file is empty");
        Path binary = Files.write(dir.resolve("noise.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThatThrownBy(() -> RunSources.load(List.of(binary), null)).isInstanceOf(UserFileException.class)
                .hasMessageStartingWith(binary + ": not a model file");
        assertThatThrownBy(() -> RunSources.load(List.of(log), null)).hasMessageContaining("LOG:MODEL");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertThatThrownBy(() -> RunSources.load(List.of(folder), null)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> RunSources.load(List.of(dir.resolve("missing.json")), null))
                .hasMessageContaining("no such file");
        Path truncated = Files.writeString(dir.resolve("cut.json"),
                Files.readString(model).substring(0, 400), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RunSources.load(List.of(truncated), null)).isInstanceOf(UserFileException.class)
                .hasMessageStartingWith(truncated + ": not valid JSON at line");
    }

    @Test
    void only_the_first_format_of_a_file_names_its_kind() {
        assertThat(new FileHead(dir, "{\n  \"format\" : \"nodelab-model\",").declaresFormat("nodelab-model")).isTrue();
        assertThat(new FileHead(dir, "{\"format\":\"nodelab-session\",\"model\":{\"format\":\"nodelab-model\"")
                .declaresFormat("nodelab-model")).isFalse();
        assertThat(new FileHead(dir, "[\"format\", \"nodelab-model\"]").declaresFormat("nodelab-model")).isFalse();
    }

    private static void expectRefused(String content, String message) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TrainLogReader.read(broken)).as(message).isInstanceOf(UserFileException.class)
                .hasMessageStartingWith(broken + ": ").hasMessageContaining(message);
    }
}
