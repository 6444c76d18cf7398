package io.github.linkcheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes report files whole or not at all, so that a killed build never leaves half a report behind. */
public final class ReportFiles {

    /**
     * Bytes gathered before each write to the file. Writers such as the JDK's XML writer hand the stream one
     * byte at a time, and each would otherwise be a system call of its own.
     */
    private static final int BUFFER_SIZE = 64 * 1024;

    /** Random names tried for a temporary file before giving up: a clash is already one in 2^64. */
    private static final int TEMPORARY_NAME_ATTEMPTS = 10;

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
        Path temporary = newTemporary(directory, file.getFileName().toString());
        try {
            try (OutputStream out =
                    new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE), BUFFER_SIZE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot swap a file in one step; a plain replace is the next best thing.
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * An empty file beside the target with the permissions any new file gets there (the umask's), which the
     * report keeps once moved: {@code Files.createTempFile} would make it readable by its owner only, and a
     * report is read by others too (a CI step running as another user, a container, a web server).
     */
    private static Path newTemporary(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX) + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == TEMPORARY_NAME_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }
}
