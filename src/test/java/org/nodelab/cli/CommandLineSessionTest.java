package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.SessionFiles;

/** train --session-out, then run --session: the iteration lines go on as an uninterrupted train's would. */
class CommandLineSessionTest {

    @TempDir
    Path dir;

    private static final String[] SMALL = {"train", "--points", "64", "--width", "4", "--batch", "24",
            "--reg", "local", "--reg-strength", "0.05", "--seed", "7"};

    private static String[] with(String[] base, String... extra) {
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }

    /** The per-iteration lines without the wall times, which differ between runs. */
    private static List<String> iterations(String out) {
        return out.lines().filter(l -> l.startsWith("{\"iteration\""))
                .map(l -> l.replaceAll("\"(ms|trainingMs|fieldMs|fieldShare|[a-zA-Z]*[Mm]illis)\":[-0-9.eE]+,?", ""))
                .toList();
    }

    @Test
    void a_continued_session_prints_the_lines_of_one_run() throws Exception {
        CommandLineTest.Run whole = CommandLineTest.run(with(SMALL, "--iters", "5"));
        assertThat(whole.exitCode()).as(whole.err()).isZero();

        Path session = dir.resolve("s.json");
        CommandLineTest.Run first = CommandLineTest.run(with(SMALL, "--iters", "3", "--session-out",
                session.toString()));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("\"session\":");
        Path longer = dir.resolve("s5.json");
        Path log = dir.resolve("run.jsonl");
        CommandLineTest.Run rest = CommandLineTest.run("run", "--session", session.toString(), "--iters", "2",
                "--session-out", longer.toString(), "--log", log.toString());
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("\"resumedAt\":3");

        List<String> want = iterations(whole.out());
        assertThat(want).hasSize(5);
        List<String> got = new java.util.ArrayList<>(iterations(first.out()));
        got.addAll(iterations(rest.out()));
        assertThat(got).containsExactlyElementsOf(want);
        assertThat(Files.readAllLines(log)).hasSize(2);
        assertThat(SessionFiles.read(longer).history().size()).isEqualTo(5);
        assertThat(SessionFiles.read(longer).state().iteration()).isEqualTo(5);
    }

    @Test
    void bad_sessions_and_targets_are_refused_with_exit_2() throws Exception {
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"nodelab-session\", ");
        CommandLineTest.Run bad = CommandLineTest.run("run", "--session", notJson.toString(), "--iters", "1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("not valid JSON").doesNotContain("internal error");

        CommandLineTest.Run missing = CommandLineTest.run("run", "--session", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");

        Path model = dir.resolve("m.json");
        assertThat(CommandLineTest.run(with(SMALL, "--iters", "1", "--save", model.toString())).exitCode()).isZero();
        CommandLineTest.Run wrongKind = CommandLineTest.run("run", "--session", model.toString());
        assertThat(wrongKind.exitCode()).isEqualTo(2);
        assertThat(wrongKind.err()).contains("it is a model file");

        CommandLineTest.Run badTarget = CommandLineTest.run(with(SMALL, "--iters", "1", "--session-out",
                dir.resolve("missing/s.json").toString()));
        assertThat(badTarget.exitCode()).isEqualTo(2);
        assertThat(badTarget.out()).doesNotContain("\"iteration\"");
    }

    @Test
    void a_session_on_imported_data_continues_with_that_csv() throws Exception {
        StringBuilder rows = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i % 7 * 0.1).append(',').append(i % 5 * 0.2).append(',').append(i % 2).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("good.csv"), rows);
        String[] base = {"train", "--csv", csv.toString(), "--width", "4", "--seed", "2"};
        CommandLineTest.Run whole = CommandLineTest.run(with(base, "--iters", "3"));
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        Path session = dir.resolve("csv-session.json");
        CommandLineTest.Run first = CommandLineTest.run(with(base, "--iters", "2", "--session-out",
                session.toString()));
        assertThat(first.exitCode()).as(first.err()).isZero();

        CommandLineTest.Run without = CommandLineTest.run("run", "--session", session.toString(), "--iters", "1");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("imported good.csv").contains("--csv");

        CommandLineTest.Run rest = CommandLineTest.run("run", "--session", session.toString(), "--iters", "1",
                "--csv", csv.toString());
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        List<String> got = new java.util.ArrayList<>(iterations(first.out()));
        got.addAll(iterations(rest.out()));
        assertThat(got).containsExactlyElementsOf(iterations(whole.out()));
    }
}
