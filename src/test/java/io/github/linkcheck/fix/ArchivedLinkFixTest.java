package io.github.linkcheck.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.http.ArchiveLookup;
import io.github.linkcheck.run.LinkChecks;
import io.github.linkcheck.run.LinkcheckRun;
import io.github.linkcheck.run.ResultStore;
import io.github.linkcheck.run.RunRequest;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Broken links rewritten to the copy a fake archive on 127.0.0.1 names, next to moved links, in every mode. */
class ArchivedLinkFixTest {

    private static final FailurePolicy FAIL_ON_MOVED = new FailurePolicy(true, true, true);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @TempDir
    Path project;

    private CheckReport check(Mode mode) throws Exception {
        CheckSettings settings =
                CheckSettings.builder().mode(mode.name()).retries("0").build();
        RunRequest request = new RunRequest(
                settings,
                FAIL_ON_MOVED,
                project,
                project,
                project,
                null,
                List.of(),
                List.of(),
                List.of(new RunRequest.DocumentFolder(null, List.of("*.md"), List.of())),
                List.of());
        try (ArchiveLookup archive = new ArchiveLookup(URI.create(site.url("/wayback/available")), settings)) {
            LinkcheckRun run = new LinkcheckRun(
                    request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog(), archive);
            return run.checkAndReport(run.plan());
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void brokenLinksBecomeTheirArchivedCopiesAndMovedOnesTheirNewUrlChangingNothingElse(Mode mode) throws Exception {
        String broken = site.url("/status/404?fix-archived-" + mode);
        String moved = site.url("/moved?to=/ok/new-" + mode);
        String readme = "# Prôject\r\n\r\nDead: [old docs](" + broken + "#setup) and <" + broken + ">.\r\n"
                + "Moved: [guide](" + moved + ")\r\n";
        Files.write(project.resolve("README.md"), readme.getBytes(StandardCharsets.UTF_8));
        CheckReport report = check(mode);

        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = new MovedLinkFixer(
                        project,
                        Set.of(),
                        false,
                        file -> true,
                        log,
                        List.of(LinkReplacement.MOVED, LinkReplacement.ARCHIVED))
                .fix(report);

        String copy = TestSite.ARCHIVED_AT + broken;
        String expected = readme.replace(broken + "#setup", copy + "#setup")
                .replace("<" + broken + ">", "<" + copy + ">")
                .replace(moved, site.url("/ok/new-" + mode));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(project.resolve("README.md")));
        assertEquals(3, fixed.changes());
        assertTrue(log.info.contains("linkcheck: 3 links rewritten"), log.info.toString());
        assertTrue(
                log.info.contains("linkcheck: README.md:3:18: " + broken + "#setup -> " + copy + "#setup"),
                log.info.toString());
        assertEquals(List.of(), log.warnings);
        assertEquals(
                List.of(),
                fixed.remaining(report).results().stream()
                        .filter(FAIL_ON_MOVED::fails)
                        .toList(),
                "neither the broken link replaced nor the moved one fails the build");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void withoutTheArchivedReplacementABrokenLinkStaysAndStillFails(Mode mode) throws Exception {
        String broken = site.url("/status/404?fix-kept-" + mode);
        byte[] readme = ("[x](" + broken + ")\n").getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("README.md"), readme);
        CheckReport report = check(mode);

        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = new MovedLinkFixer(project, Set.of(), false, file -> true, log).fix(report);

        assertArrayEquals(readme, Files.readAllBytes(project.resolve("README.md")));
        assertTrue(log.info.contains("linkcheck: 0 moved links rewritten"), log.info.toString());
        assertEquals(
                1,
                fixed.remaining(report).results().stream()
                        .filter(FAIL_ON_MOVED::fails)
                        .count());
    }
}
