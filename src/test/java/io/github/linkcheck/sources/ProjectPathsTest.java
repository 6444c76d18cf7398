package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.linkcheck.core.InvalidSettingException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class ProjectPathsTest {

    @TempDir
    Path repository;

    @Test
    void unsetTheRootDirectoryIsTheReactorRootOrTheProjectsFolderWhenOutsideIt() throws IOException {
        Path reactor = Files.createDirectories(repository.resolve("build"));
        Path module = Files.createDirectories(reactor.resolve("mod-a"));
        Path linkedModule = Files.createDirectories(repository.resolve("elsewhere"));

        assertEquals(reactor, ProjectPaths.rootDirectory(null, reactor, module));
        assertEquals(reactor, ProjectPaths.rootDirectory(null, reactor, reactor));
        assertEquals(linkedModule, ProjectPaths.rootDirectory(null, reactor, linkedModule));
    }

    @Test
    void aConfiguredRootDirectoryIsAnExistingFolderHoldingTheProject() throws IOException {
        Path reactor = Files.createDirectories(repository.resolve("build"));
        Path module = Files.createDirectories(reactor.resolve("mod-a"));
        Path alias = Files.createSymbolicLink(repository.resolve("alias"), repository);

        assertEquals(repository, ProjectPaths.rootDirectory(repository, reactor, module));
        assertEquals(module, ProjectPaths.rootDirectory(reactor.resolve("mod-a/../mod-a"), reactor, module));
        assertEquals(alias, ProjectPaths.rootDirectory(alias, reactor, module), "the same folder under another name");
    }

    @Test
    void aRootDirectoryThatIsNoFolderOrLeavesTheProjectOutIsAParameterError() throws IOException {
        Path module = Files.createDirectories(repository.resolve("mod-a"));
        Path sibling = Files.createDirectories(repository.resolve("mod-b"));
        Path file = Files.writeString(repository.resolve("file.txt"), "not a folder");
        Path missing = repository.resolve("missing");

        for (Path wrong : new Path[] {missing, file, sibling}) {
            InvalidSettingException e = assertThrows(
                    InvalidSettingException.class, () -> ProjectPaths.rootDirectory(wrong, repository, module));
            assertEquals(
                    "rootDirectory = '" + wrong + "' is not valid: expected an existing folder that holds the"
                            + " project's folder " + module,
                    e.getMessage());
        }
    }

    @Test
    void placesAreNamedWithSlashesBetweenNamesAndABackslashInANameKept(@TempDir Path reactor) {
        assertEquals(
                "docs/setup.md",
                ProjectPaths.shown(reactor, reactor.resolve("docs").resolve("setup.md")));
        assertEquals(
                "docs\\setup.md",
                ProjectPaths.shown(reactor, reactor.resolve("docs\\setup.md")),
                "on Linux, one name holding a backslash");
        assertEquals(
                "../shared/links.txt", ProjectPaths.shown(reactor.resolve("mod"), reactor.resolve("shared/links.txt")));
    }
}
