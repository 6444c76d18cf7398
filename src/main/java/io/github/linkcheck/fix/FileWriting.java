package io.github.linkcheck.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces a file's content as a whole or not at all: the new content goes into a file of the same folder, which
 * then takes the old one's place in one atomic move, so that a reader never sees half a file, and a failure leaves
 * the old one. The new file gets the old one's permissions. A file whose content is no longer what was read is left
 * alone: someone else changed it.
 */
final class FileWriting {

    private FileWriting() {}

    /**
     * A file's content as read, to be replaced by {@link #replace}.
     *
     * @param file the file itself, symbolic links resolved, so that a link stays a link to the file rewritten
     */
    record Read(Path file, byte[] content) {}

    static Read read(Path file) throws IOException {
        Path real = file.toRealPath();
        return new Read(real, Files.readAllBytes(real));
    }

    /**
     * Writes the new content in the file's place, when its content is still what was read.
     *
     * @return false, writing nothing, when the file changed since it was read
     */
    static boolean replace(Read read, byte[] newContent) throws IOException {
        Path file = read.file();
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".linkcheck-fix");
        try {
            Files.write(temporary, newContent);
            keepPermissions(file, temporary);
            if (!Arrays.equals(Files.readAllBytes(file), read.content())) {
                return false;
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        } else if (!Files.isWritable(from)) {
            to.toFile().setWritable(false);
        }
    }
}
