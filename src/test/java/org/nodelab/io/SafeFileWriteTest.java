package org.nodelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriteTest {

    @TempDir
    Path dir;

    private static SafeFileWrite.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".nodelab-")).count();
        }
    }

    @Test
    void writes_and_replaces_a_regular_file_keeping_its_permissions() throws IOException {
        Path file = dir.resolve("m.json");
        SafeFileWrite.write(file, text("one"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        SafeFileWrite.write(file, text("two"));
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(leftovers()).isZero();
    }

    @Test
    void a_new_file_gets_the_permissions_an_ordinary_new_file_gets() throws IOException {
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path saved = dir.resolve("saved.json");
        SafeFileWrite.write(saved, text("x"));
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void a_symbolic_link_is_written_through_and_stays_a_link() throws IOException {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        SafeFileWrite.write(link, text("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void a_link_loop_a_folder_the_root_and_a_missing_folder_are_refused_by_name() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> SafeFileWrite.write(a, text("x"))).isInstanceOf(UserFileException.class)
                .hasMessageContaining("symbolic links");
        assertThatThrownBy(() -> SafeFileWrite.checkWritable(dir)).isInstanceOf(UserFileException.class)
                .hasMessageStartingWith(dir.toString()).hasMessageContaining("folder");
        assertThatThrownBy(() -> SafeFileWrite.checkWritable(Path.of("/"))).isInstanceOf(UserFileException.class)
                .hasMessageContaining("root");
        Path missing = dir.resolve("no/such/m.json");
        assertThatThrownBy(() -> SafeFileWrite.checkWritable(missing)).isInstanceOf(UserFileException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_device_is_never_replaced() {
        Path device = Path.of("/dev/null");
        assertThatThrownBy(() -> SafeFileWrite.write(device, text("x"))).isInstanceOf(UserFileException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.exists(device)).isTrue();
    }

    @Test
    void a_failing_writer_leaves_the_old_file_and_no_temporary_file() throws IOException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> SafeFileWrite.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(UserFileException.class).hasMessageContaining("disk is full");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(leftovers()).isZero();
    }

    @Test
    void a_read_only_folder_is_found_before_any_work() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root can write anywhere; the check is only meaningful for other users.
            if (!Files.isWritable(locked)) {
                assertThatThrownBy(() -> SafeFileWrite.checkWritable(locked.resolve("m.json")))
                        .isInstanceOf(UserFileException.class).hasMessageContaining("permission denied");
            }
            Path readOnlyFile = dir.resolve("ro.json");
            Files.writeString(readOnlyFile, "x");
            Files.setPosixFilePermissions(readOnlyFile, PosixFilePermissions.fromString("r--r--r--"));
            if (!Files.isWritable(readOnlyFile)) {
                assertThatThrownBy(() -> SafeFileWrite.checkWritable(readOnlyFile))
                        .isInstanceOf(UserFileException.class).hasMessageContaining("read-only");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
