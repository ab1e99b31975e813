package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem with a file the user named is the user's to fix: exit 2, the path in the message, no stack trace. */
class CommandLineFileErrorsTest {

    @TempDir
    Path dir;

    private static void assertUserError(CommandLineTest.Run r, String... words) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception");
        for (String w : words) {
            assertThat(r.err()).contains(w);
        }
    }

    @Test
    void a_missing_model_file_a_folder_and_a_link_loop_are_named() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertUserError(CommandLineTest.run("eval", "--model-file", missing.toString()), missing.toString());
        assertUserError(CommandLineTest.run("eval", "--model-file", dir.toString()), dir.toString());
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertUserError(CommandLineTest.run("eval", "--model-file", a.toString()), "a.json");
    }

    @Test
    void a_csv_that_is_not_utf8_or_missing_is_the_users_problem() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'x', ',', 'y', ',', 'l', '\n', '1', ',', '2', ',', (byte) 0xE9, '\n'});
        assertUserError(CommandLineTest.run("train", "--csv", latin1.toString(), "--iters", "1"), "UTF-8");
        Path missing = dir.resolve("nope.csv");
        assertUserError(CommandLineTest.run("train", "--csv", missing.toString(), "--iters", "1"), "nope.csv");
    }
}
