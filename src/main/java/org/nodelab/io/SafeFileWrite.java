package org.nodelab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a user's file so that nothing is lost whatever happens: the bytes go to a temporary file beside the
 * target, are forced to disk, and only then replace the target in one atomic rename. A crash, a full disk or an
 * interrupt half-way leaves the previous file as it was and no temporary file behind.
 *
 * <p>The rename would replace whatever sits at the path, so the target is resolved first: a symbolic link is
 * followed and its target written (the link stays a link), anything that is not a regular file (a directory, a
 * device such as /dev/full, a pipe) is refused, and an existing file keeps its permissions.
 */
public final class SafeFileWrite {

    /** What writes the content (closing the stream it is given is harmless). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINKS = 40;
    /** Temporary files of writes still in progress, removed if the JVM is shut down (Ctrl+C) meanwhile. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(SafeFileWrite::deleteQuietly),
                "nodelab-temp-cleanup"));
    }

    private SafeFileWrite() {
    }

    /**
     * Refuses, before any work is done, a target that a later {@link #write} could not write: a missing folder,
     * a directory, a device or other non-regular file, a read-only place, or a disk with no room for even a
     * small file. Call it before a long computation whose result goes to {@code file}.
     *
     * @throws UserFileException naming the path and the problem
     */
    public static void checkWritable(Path file) throws UserFileException {
        Path target = resolve(file);
        Path probe = null;
        try {
            probe = Files.createTempFile(target.getParent(), ".nodelab-", ".probe");
            try (OutputStream out = Files.newOutputStream(probe)) {
                out.write(new byte[4096]);
            }
        } catch (IOException e) {
            throw problem(file, e);
        } finally {
            if (probe != null) {
                deleteQuietly(probe);
            }
        }
    }

    /** Writes {@code content} to {@code file} atomically (see the class comment). */
    public static void write(Path file, Content content) throws UserFileException {
        Path target = resolve(file);
        Path temporary;
        try {
            temporary = createTemporary(target.getParent());
        } catch (IOException e) {
            throw problem(file, e);
        }
        IN_PROGRESS.add(temporary);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // Writers such as Jackson close the stream when done; the channel must stay open to be forced.
                OutputStream out = new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                // The rename must never publish bytes that are still only in the page cache.
                channel.force(true);
            }
            copyPermissions(target, temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw problem(file, e);
        } finally {
            deleteQuietly(temporary);
            IN_PROGRESS.remove(temporary);
        }
    }

    /** The regular file a write to {@code file} lands in, following links; refuses every other kind of target. */
    static Path resolve(Path file) throws UserFileException {
        Path current = file.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new UserFileException(file, "too many symbolic links (a loop?)");
            }
            try {
                Path link = Files.readSymbolicLink(current);
                current = current.resolveSibling(link).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw problem(file, e);
            }
        }
        Path parent = current.getParent();
        if (parent == null || current.getFileName() == null) {
            throw new UserFileException(file, "is not a file name (it names the root folder)");
        }
        if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFileException(file, "is a folder; give a file name inside it");
        }
        if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFileException(file, "is not a regular file (a device, pipe or socket); it is left alone");
        }
        if (!Files.isDirectory(parent)) {
            throw new UserFileException(file, "the folder " + parent + " does not exist");
        }
        if (Files.exists(current) && !Files.isWritable(current)) {
            throw new UserFileException(file, "the file is read-only");
        }
        return current;
    }

    /**
     * A temporary file that will become the user's: created rw-r--r-- less the umask, as an ordinary new file
     * would be (the JDK's default for temporary files, owner-only, would leave a fresh save unreadable to others).
     */
    private static Path createTemporary(Path directory) throws IOException {
        if (Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return Files.createTempFile(directory, ".nodelab-", ".tmp", java.nio.file.attribute.PosixFilePermissions
                    .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")));
        }
        return Files.createTempFile(directory, ".nodelab-", ".tmp");
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable; not every file system lets a folder be opened, which is fine. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the data itself was already forced before the rename.
        }
    }

    private static UserFileException problem(Path file, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied (the place is read-only or not yours)";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            reason = "the disk is full";
        }
        return new UserFileException(file, "cannot be written: " + reason, e);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Nothing more can be done; the name starts with a dot so it stays out of the user's way.
        }
    }

}
