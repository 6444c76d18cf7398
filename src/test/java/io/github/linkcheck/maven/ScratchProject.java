package io.github.linkcheck.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Points a goal at a project folder of a test's own, with its reports and cache in another folder of the test's. */
final class ScratchProject {

    private ScratchProject() {}

    /** Writes the project's README.md and points the goal at the project, its reports and cache at {@code reports}. */
    static void place(AbstractLinkcheckMojo mojo, Path reports, Path project, String readme) throws IOException {
        mojo.outputDirectory = reports.resolve("linkcheck").toFile();
        mojo.cacheFile = reports.resolve("linkcheck/cache.json").toFile();
        mojo.baseDirectory = project.toFile();
        Files.writeString(project.resolve("README.md"), readme);
    }
}
