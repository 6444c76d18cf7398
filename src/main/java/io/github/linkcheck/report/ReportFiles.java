package io.github.linkcheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Writes report files whole or not at all, so that a killed build never leaves half a report behind. */
public final class ReportFiles {

    /**
     * Bytes gathered before each write to the file. Writers such as the JDK's XML writer hand the stream one
     * byte at a time, and each would otherwise be a system call of its own.
     */
    private static final int BUFFER_SIZE = 64 * 1024;

    /** Random names tried for a temporary file before giving up: a clash is already one in 2^64. */
    private static final int TEMPORARY_NAME_ATTEMPTS = 10;

    /** Names of temporary files that others cannot guess ahead, as {@code Files.createTempFile}'s. */
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {}

    /**
     * Creates the folder and makes sure a file can be written in it, so that a folder that cannot take the
     * reports stops the build before any URL is checked rather than after.
     */
    public static void prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path probe = Files.createTempFile(directory, ".linkcheck-probe", ".tmp");
        Files.delete(probe);
    }

    public static void write(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes to a temporary file beside the target, through a buffer, then moves it over the target in one
     * step.
     */
    public static void write(Path file, Content content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Temporary temporary = Temporary.beside(directory, file.getFileName().toString());
        try {
            try (OutputStream out = new BufferedOutputStream(temporary.out(), BUFFER_SIZE)) {
                content.writeTo(out);
            }
            try {
                try {
                    Files.move(
                            temporary.path(),
                            file,
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    // Some file systems cannot swap a file in one step; a plain replace is the next best thing.
                    Files.move(temporary.path(), file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (FileSystemException e) {
                // Named by the report, not by the temporary file the report was first written to.
                String reason = Files.isDirectory(file)
                        ? "a folder stands there"
                        : e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
                throw new FileSystemException(file.toString(), null, reason);
            }
        } finally {
            temporary.out().close();
            Files.deleteIfExists(temporary.path());
        }
    }

    /**
     * A new file beside the target, open for writing, with the permissions any new file gets there (the umask's),
     * which the report keeps once moved: {@code Files.createTempFile} would make it readable by its owner only, and
     * a report is read by others too (a CI step running as another user, a container, a web server). Created and
     * opened in one step, so that no other file can stand in for it between the two.
     */
    private record Temporary(Path path, OutputStream out) {

        static Temporary beside(Path directory, String name) throws IOException {
            for (int attempt = 0; ; attempt++) {
                Path path = directory.resolve(
                        "." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), Character.MAX_RADIX) + ".tmp");
                try {
                    return new Temporary(
                            path, Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
                } catch (FileAlreadyExistsException taken) {
                    if (attempt == TEMPORARY_NAME_ATTEMPTS) {
                        throw taken;
                    }
                }
            }
        }
    }
}
