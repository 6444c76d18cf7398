package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

class BuildLayoutTest {

    private static final Path ROOT = Path.of("/work/shop");
    private static final Path MODULE = ROOT.resolve("mod-a");

    @Test
    void aModulesOutputFolderNamesTheSameFolderUnderTheReactorRoot() {
        assertEquals(
                Optional.of(ROOT.resolve("build/reports/links")),
                BuildLayout.sameFolderUnder(ROOT, MODULE, MODULE.resolve("build/reports/links")));
        assertEquals(
                Optional.of(ROOT.resolve("target/links")),
                BuildLayout.sameFolderUnder(ROOT, ROOT, ROOT.resolve("target/./links")));
    }

    @Test
    void anOutputFolderOutsideTheProjectOrTheProjectItselfNamesNoneAndTheDefaultStands() {
        assertEquals(Optional.empty(), BuildLayout.sameFolderUnder(ROOT, MODULE, Path.of("/tmp/links")));
        assertEquals(Optional.empty(), BuildLayout.sameFolderUnder(ROOT, MODULE, ROOT.resolve("reports")));
        assertEquals(Optional.empty(), BuildLayout.sameFolderUnder(ROOT, MODULE, MODULE));
    }
}
