package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.ModelFiles;
import org.nodelab.model.ModelConfig;

/** Whatever train can save, eval can load; a bad output is found before training; a failing log costs nothing. */
class CommandLineSaveTest {

    @TempDir
    Path dir;

    private static final String[] SMALL = {"--points", "64", "--width", "4", "--iters", "2"};

    private static String[] train(String... extra) {
        String[] args = new String[1 + SMALL.length + extra.length];
        args[0] = "train";
        System.arraycopy(SMALL, 0, args, 1, SMALL.length);
        System.arraycopy(extra, 0, args, 1 + SMALL.length, extra.length);
        return args;
    }

    @Test
    void a_seed_beyond_int_saves_and_loads() {
        Path model = dir.resolve("m.json");
        CommandLineTest.Run trained = CommandLineTest.run(train("--seed", "3000000000", "--save", model.toString()));
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        CommandLineTest.Run eval = CommandLineTest.run("eval", "--model-file", model.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
    }

    @Test
    void a_bad_save_or_log_target_is_refused_before_the_first_iteration() throws IOException {
        Path existing = Files.writeString(dir.resolve("keep.json"), "precious");
        for (String bad : new String[] {dir.resolve("missing/m.json").toString(), "/", dir.toString(), "/dev/null"}) {
            CommandLineTest.Run r = CommandLineTest.run(train("--save", bad));
            assertThat(r.exitCode()).as(bad + ": " + r.err()).isEqualTo(2);
            assertThat(r.out()).as(bad).doesNotContain("\"iteration\"");
            assertThat(r.err()).as(bad).doesNotContain("internal error");
        }
        CommandLineTest.Run log = CommandLineTest.run(train("--log", dir.resolve("missing/run.jsonl").toString(),
                "--save", existing.toString()));
        assertThat(log.exitCode()).as(log.err()).isEqualTo(2);
        assertThat(log.out()).doesNotContain("\"iteration\"");
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void a_log_that_fails_while_closing_still_leaves_the_model_saved() throws IOException {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return; // Linux only; CI and the developers' machines have it.
        }
        Path model = dir.resolve("m.json");
        CommandLineTest.Run r = CommandLineTest.run(train("--log", full.toString(), "--save", model.toString()));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("the log failed").contains("the model was saved to " + model);
        assertThat(ModelFiles.load(model).model().parameterCount()).isPositive();
    }

    @Test
    void every_model_the_lab_can_build_fits_what_it_can_load() {
        // The longest JSON spelling of a double is 25 characters; a comma or line break makes 26.
        assertThat(ModelFiles.MAX_BYTES).isGreaterThan(ModelConfig.MAX_PARAMETERS * 26);
        CommandLineTest.Run huge = CommandLineTest.run("train", "--width", "4096", "--depth", "16", "--iters", "1");
        assertThat(huge.exitCode()).as(huge.err()).isEqualTo(2);
        assertThat(huge.err()).contains("parameters; at most");
    }
}
