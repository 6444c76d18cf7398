package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

class ReportFilesTest {

    @Test
    void replacesAFileWholeAndLeavesNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("reports/summary.md");
        ReportFiles.write(file, "first");
        ReportFiles.write(file, "second");

        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file), list(file.getParent()));
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierReportAsItWas(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("linkcheck.json");
        ReportFiles.write(file, "{\"complete\": true}");

        IOException failure = assertThrows(
                IOException.class,
                () -> ReportFiles.write(file, out -> {
                    out.write("{\"complete\": ".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("{\"complete\": true}", Files.readString(file));
        assertEquals(List.of(file), list(folder));
    }

    @Test
    void aReportGetsThePermissionsOfAnyNewFileInItsFolder(@TempDir Path folder) throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path report = folder.resolve("linkcheck.json");

        ReportFiles.write(report, "{}");

        // Readable by others wherever the umask lets a new file be: not the owner-only of a temporary file.
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
        assertTrue(Files.getPosixFilePermissions(report).contains(PosixFilePermission.OWNER_READ));
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedBeforeAnyRun(@TempDir Path folder) throws Exception {
        Path blocker = Files.writeString(folder.resolve("target"), "a file where the folder should be");

        assertThrows(IOException.class, () -> ReportFiles.prepare(blocker.resolve("linkcheck")));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
