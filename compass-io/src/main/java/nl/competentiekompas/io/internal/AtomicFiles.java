package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes files so that a crash leaves either the old or the new file, never a half-written one: write a
 * temporary file in the same folder, flush and sync it, then move it over the target atomically. On any
 * failure the temporary file is removed and the target left as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes a file crash-safely.
     *
     * @param target the file to create or replace
     * @param content writes the content; may throw {@link UncheckedIOException} or any runtime exception,
     *        which is passed on after cleaning up
     * @throws UncheckedIOException if writing, syncing or moving fails
     */
    public static void write(Path target, Consumer<OutputStream> content) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path folder = Objects.requireNonNull(absolute.getParent(), "target has no folder");
        Path temp = null;
        try {
            temp = createTemp(folder, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new java.io.BufferedOutputStream(new NonClosing(Channels.newOutputStream(channel)),
                        64 * 1024);
                content.accept(out);
                out.flush();
                channel.force(true);
            }
            // No fallback to a plain move: a crash during a non-atomic replace could lose the old file.
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            syncFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is what matters; a stray temporary file is harmless
                }
            }
        }
    }

    /**
     * Creates the temporary file with the permissions a new file gets by default (not the owner-only ones of
     * {@link Files#createTempFile}), or those of the file it replaces, so a written report stays readable as
     * any other file the user makes.
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + target.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 16) {
                    continue;
                }
                throw e;
            }
            if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                } catch (IOException | UnsupportedOperationException ignored) {
                    // the default permissions stand
                }
            }
            return temp;
        }
    }

    private static void syncFolder(Path folder) {
        // Makes the rename itself durable on POSIX systems; not possible on Windows, where it is not needed.
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the file's content is already synced
        }
    }

    /** Lets callers close their writers without closing the channel before it is synced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
