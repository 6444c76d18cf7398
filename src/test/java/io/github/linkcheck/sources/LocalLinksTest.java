package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

class LocalLinksTest {

    @TempDir
    Path project;

    private final LocalLinks localLinks = new LocalLinks();

    @Test
    void fileOrFolderMustExist() throws IOException {
        Files.writeString(project.resolve("guide.md"), "# Guide\n");

        assertEquals(new Outcome.FileExists(), check("guide.md", null));
        assertEquals(new Outcome.FileExists(), check(".", null));
        assertEquals(new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null), check("missing.md", null));
        assertEquals(new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null), check("missing.md", "guide"));
    }

    @Test
    void aFragmentIsNotLookedForInWhatIsNotARegularFile() throws Exception {
        // A named pipe never ends: reading it for anchors would hold the run for ever.
        Process mkfifo = new ProcessBuilder("mkfifo", project.resolve("pipe.md").toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check("pipe.md", "intro"));

        assertEquals(
                new Outcome.Failure(ErrorKind.FRAGMENT_NOT_FOUND, "#intro cannot be looked for: not a regular file"),
                outcome);
    }

    @Test
    void fragmentMustNameAHeadingOfMarkdownOrAnAnchorOfHtml() throws IOException {
        Files.writeString(project.resolve("guide.md"), "# Guide\n## Set up\n");
        Files.writeString(project.resolve("page.html"), "<p id=\"here\">x</p>");
        Files.writeString(project.resolve("Main.java"), "class Main {}\n");

        assertEquals(new Outcome.FileExists(), check("guide.md", "set-up"));
        assertEquals(new Outcome.FileExists(), check("page.html", "here"));
        assertEquals(
                new Outcome.Failure(ErrorKind.FRAGMENT_NOT_FOUND, "no heading or anchor #setup"),
                check("guide.md", "setup"));
        assertEquals(
                new Outcome.Failure(ErrorKind.FRAGMENT_NOT_FOUND, "no heading or anchor #there"),
                check("page.html", "there"));
        assertEquals(new Outcome.FileExists(), check("Main.java", "L1"), "plain files have no anchors to look for");
        assertEquals(new Outcome.FileExists(), check(".", "anything"), "folders have no anchors to look for");
    }

    @Test
    void aMarkdownHeadingIsFoundByTheIdGithubGivesIt() throws IOException {
        Files.writeString(project.resolve("guide.md"), "# Foo\n");

        assertEquals(new Outcome.FileExists(), check("guide.md", "user-content-foo"));
        assertEquals(
                new Outcome.Failure(ErrorKind.FRAGMENT_NOT_FOUND, "no heading or anchor #user-content-bar"),
                check("guide.md", "user-content-bar"));
    }

    @Test
    void markdownThatIsNotTextIsReportedWhenAFragmentIsLookedFor() throws IOException {
        Files.write(project.resolve("latin1.md"), "# Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        Outcome outcome = check("latin1.md", "café");

        assertEquals(
                new Outcome.Failure(
                        ErrorKind.FRAGMENT_NOT_FOUND, "#café cannot be looked for: the file is not UTF-8 text"),
                outcome);
    }

    private Outcome check(String path, String fragment) {
        return localLinks.check(new LocalFile(project.resolve(path).normalize(), fragment));
    }
}
