package io.github.linkcheck.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.run.LinkChecks;
import io.github.linkcheck.run.LinkcheckRun;
import io.github.linkcheck.run.ReactorState;
import io.github.linkcheck.run.ResultStore;
import io.github.linkcheck.run.RunRequest;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Moved links rewritten after a real check against a local site answering 301, in every mode. */
class MovedLinkFixerTest {

    private static final FailurePolicy FAIL_ON_MOVED = new FailurePolicy(true, true, true);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @TempDir
    Path project;

    /** The project's README and links.txt checked as the fix goal checks them, with a POM link. */
    private CheckReport check(Mode mode, String pomUrl) throws Exception {
        return check(CheckSettings.builder().mode(mode.name()).retries("0").build(), pomUrl);
    }

    private CheckReport check(CheckSettings settings, String pomUrl) throws Exception {
        RunRequest request = new RunRequest(
                settings,
                FAIL_ON_MOVED,
                project,
                project,
                project,
                null,
                List.of(),
                List.of(project.resolve("links.txt")),
                List.of(new RunRequest.DocumentFolder(null, List.of("*.md"), List.of())),
                List.of(LinkTarget.of(pomUrl, Origin.at("pom.xml", 17, 12, "url"))));
        LinkcheckRun run =
                new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog());
        return run.checkAndReport(run.plan());
    }

    private MovedLinkFixer fixer(boolean dryRun, RecordingLog log) {
        return new MovedLinkFixer(project, Set.of("links.txt"), dryRun, file -> true, log);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void rewritesEveryPlaceOfAMovedLinkAndNothingElse(Mode mode) throws Exception {
        String moved = site.url("/moved?to=/ok/new-" + mode);
        String target = site.url("/ok/new-" + mode);
        String broken = site.url("/status/404?fix-" + mode);
        String pomMoved = site.url("/moved?to=/ok/pom-" + mode);
        String readme = "\uFEFF# Prôject\r\n\r\nSee [the guide](" + moved + "#usage) — or <" + moved + ">.\r\n"
                + "Broken: [x](" + broken + ") and again " + moved + "\r\n";
        Files.write(project.resolve("README.md"), readme.getBytes(StandardCharsets.UTF_8));
        Files.writeString(project.resolve("links.txt"), "# links\n" + moved + "\n");

        CheckReport report = check(mode, pomMoved);
        assertEquals(Verdict.MOVED, verdictOf(report, moved));
        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = fixer(false, log).fix(report);

        String expected = readme.replace(moved + "#usage", target + "#usage")
                .replace("<" + moved + ">", "<" + target + ">")
                .replace("again " + moved, "again " + target);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(project.resolve("README.md")));
        assertEquals("# links\n" + target + "\n", Files.readString(project.resolve("links.txt")));
        assertEquals(4, fixed.changes());
        assertTrue(
                log.info.contains("linkcheck: README.md:3:17: " + moved + "#usage -> " + target + "#usage"),
                log.info.toString());
        assertTrue(log.info.contains("linkcheck: links.txt:2:1: " + moved + " -> " + target), log.info.toString());
        assertTrue(
                log.info.stream()
                        .anyMatch(line -> line.startsWith("linkcheck: pom.xml:17:12 (url): " + pomMoved + " -> ")
                                && line.endsWith("(POM not rewritten: edit it)")),
                log.info.toString());
        assertEquals(List.of(), log.warnings);
        List<String> stillFailing = fixed.remaining(report).results().stream()
                .filter(FAIL_ON_MOVED::fails)
                .map(result -> result.target().url())
                .toList();
        assertEquals(List.of(broken, pomMoved), stillFailing, "the rewritten link no longer fails; the others do");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aLinkCheckedAtARemappedAddressIsNotRewrittenToWhereThatAddressMoved(Mode mode) throws Exception {
        String written = "https://docs.example.invalid/moved";
        byte[] readme = ("Link: [x](" + written + ")\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("README.md"), readme);
        Files.writeString(project.resolve("links.txt"), "");
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .retries("0")
                .remaps(List.of(
                        "^https://docs\\.example\\.invalid/moved -> " + site.url("/moved?to=/ok/remapped-" + mode)))
                .build();
        CheckReport report = check(settings, site.url("/ok/pom-remapped-" + mode));
        assertEquals(Verdict.MOVED, verdictOf(report, written));

        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = fixer(false, log).fix(report);

        assertArrayEquals(readme, Files.readAllBytes(project.resolve("README.md")));
        assertEquals(0, fixed.changes());
        assertEquals(Set.of(), fixed.rewritten());
        assertTrue(
                log.info.contains("linkcheck: README.md:1:7: " + written + " (checked as "
                        + site.url("/moved?to=/ok/remapped-" + mode)
                        + ") not rewritten: it was checked at its remapped address"),
                log.info.toString());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aDryRunTellsTheChangesAndLeavesEveryByte(Mode mode) throws Exception {
        String moved = site.url("/moved?to=/ok/dry-" + mode);
        byte[] readme = ("Link: [x](" + moved + ")\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("README.md"), readme);
        Files.writeString(project.resolve("links.txt"), moved + "\n");

        RecordingLog log = new RecordingLog();
        CheckReport report = check(mode, site.url("/ok/pom-" + mode));
        MovedLinkFixer.Fixed fixed = fixer(true, log).fix(report);

        assertArrayEquals(readme, Files.readAllBytes(project.resolve("README.md")));
        assertEquals(moved + "\n", Files.readString(project.resolve("links.txt")));
        assertTrue(
                log.info.contains("linkcheck: README.md:1:11: " + moved + " -> " + site.url("/ok/dry-" + mode)),
                log.info.toString());
        assertTrue(log.info.contains("linkcheck: 2 moved links would be rewritten (dry run, no file written)"));
        assertEquals(Set.of(), fixed.rewritten(), "nothing written: the moved links still count");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aFileChangedSinceTheCheckIsLeftAloneWithAWarning(Mode mode) throws Exception {
        String moved = site.url("/moved?to=/ok/changed-" + mode);
        Files.writeString(project.resolve("README.md"), "Link: [x](" + moved + ")\n");
        Files.writeString(project.resolve("links.txt"), "");
        CheckReport report = check(mode, site.url("/ok/pom-" + mode));
        String edited = "A line the user added\nLink: [x](" + moved + ")\n";
        Files.writeString(project.resolve("README.md"), edited);

        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = fixer(false, log).fix(report);

        assertEquals(edited, Files.readString(project.resolve("README.md")));
        assertEquals(1, log.warnings.size(), log.warnings.toString());
        assertTrue(log.warnings.get(0).startsWith("linkcheck: README.md:1:7: " + moved + " -> "), log.warnings.get(0));
        assertTrue(log.warnings.get(0).contains("left alone: the URL is not written at this place"));
        assertEquals(Set.of(), fixed.rewritten());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void hostileFileNamesAndLocationsAreNeutralisedInEveryLine(Mode mode) throws Exception {
        String moved = site.url("/moved?to=/ok/a::b%0A%1B" + mode);
        Path hostile = project.resolve("x\u001b[31m::error ##[y.md");
        Files.writeString(hostile, "[x](" + moved + ")\n");
        Files.writeString(project.resolve("links.txt"), "");
        CheckReport report = check(mode, site.url("/ok/pom-" + mode));
        RecordingLog log = new RecordingLog();
        fixer(false, log).fix(report);

        assertTrue(Files.readString(hostile).startsWith("[x](" + site.url("/ok/a::b")));
        assertFalse(log.info.isEmpty());
        for (String line : log.info) {
            assertFalse(line.contains("\u001b") || line.contains("\n") || line.contains("##["), line);
            assertFalse(line.startsWith("::"), line);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aFileTwoModulesCheckIsRewrittenByTheFirstOnly(Mode mode) throws Exception {
        String moved = site.url("/moved?to=/ok/shared-" + mode);
        Files.writeString(project.resolve("README.md"), "[x](" + moved + ")\n");
        Files.writeString(project.resolve("links.txt"), "");
        CheckReport report = check(mode, site.url("/ok/pom-" + mode));
        ReactorState build = new ReactorState(null, project, name -> null, Clock.systemUTC(), new RecordingLog());
        RecordingLog first = new RecordingLog();
        RecordingLog second = new RecordingLog();

        new MovedLinkFixer(project, Set.of(), false, build::firstToFix, first).fix(report);
        MovedLinkFixer.Fixed again =
                new MovedLinkFixer(project, Set.of(), false, build::firstToFix, second).fix(report);

        assertEquals("[x](" + site.url("/ok/shared-" + mode) + ")\n", Files.readString(project.resolve("README.md")));
        assertTrue(
                second.info.contains("linkcheck: README.md: rewritten by another module of the build"),
                second.info.toString());
        assertEquals(0, again.changes());
        build.finish();
    }

    @Test
    void aFileChangedBetweenReadingAndWritingIsNotReplaced(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("README.md");
        Files.writeString(file, "first");
        FileWriting.Read read = FileWriting.read(file);
        Files.writeString(file, "someone else's");

        assertFalse(FileWriting.replace(read, "ours".getBytes(StandardCharsets.UTF_8)));
        assertEquals("someone else's", Files.readString(file));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("run.sh");
        Files.writeString(file, "old");
        var executable = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(file, executable);

        assertTrue(FileWriting.replace(FileWriting.read(file), "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals(executable, Files.getPosixFilePermissions(file));
    }

    private static Verdict verdictOf(CheckReport report, String url) {
        return report.results().stream()
                .filter(result -> result.target().url().equals(url))
                .findFirst()
                .orElseThrow()
                .verdict();
    }
}
