package io.github.linkcheck.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.run.LinkChecks;
import io.github.linkcheck.run.LinkcheckRun;
import io.github.linkcheck.run.ResultStore;
import io.github.linkcheck.run.RunRequest;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TrustedHttpsSites;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Insecure links rewritten to their https form, byte for byte, in every mode, with an https site and an http one on
 * 127.0.0.1 reached through remaps: the https form is made from the URL as written, so a remapped link is rewritten
 * too, where a moved one is not.
 */
class HttpsLinkFixTest {

    private static final FailurePolicy FAIL_ON_INSECURE = new FailurePolicy(true, false, false, true);

    @RegisterExtension
    static final TrustedHttpsSites sites = new TrustedHttpsSites();

    @TempDir
    Path project;

    private CheckReport check(Mode mode, List<String> urls) throws Exception {
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .retries("0")
                .checkHttps(true)
                .remaps(List.of(
                        "^https://example\\.test/ok/elsewhere-(.*) -> "
                                + sites.https().baseUrl() + "/redirect-with/302?to=/ok/other-$1",
                        "^https://([^/@]*@)?example\\.test/ -> " + sites.https().baseUrl() + "/",
                        "^http://([^/@]*@)?example\\.test/ -> " + sites.http().baseUrl() + "/"))
                .build();
        RunRequest request = new RunRequest(
                settings,
                FAIL_ON_INSECURE,
                project,
                project,
                project,
                null,
                urls,
                List.of(),
                List.of(new RunRequest.DocumentFolder(null, List.of("*.md"), List.of())),
                List.of());
        LinkcheckRun run =
                new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog());
        return run.checkAndReport(run.plan());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void insecureLinksBecomeTheirHttpsFormChangingNothingElse(Mode mode) throws Exception {
        String insecure = "http://example.test/ok/docs-" + mode;
        String elsewhere = "http://example.test/ok/elsewhere-" + mode;
        String moved = "http://example.test/moved?to=/ok/new-" + mode;
        String readme = "# Prôject\r\n\r\nDocs: [docs](" + insecure + "#setup) and <" + insecure + ">.\r\n"
                + "Elsewhere: [x](" + elsewhere + ")\r\nMoved: [guide](" + moved + ")\r\n";
        Files.write(project.resolve("README.md"), readme.getBytes(StandardCharsets.UTF_8));
        String configured = "http://example.test/ok/configured-" + mode;
        CheckReport report = check(mode, List.of(configured));

        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = new MovedLinkFixer(
                        project,
                        Set.of(),
                        false,
                        file -> true,
                        log,
                        List.of(LinkReplacement.MOVED, LinkReplacement.HTTPS))
                .fix(report);

        String secure = "https://example.test/ok/docs-" + mode;
        String expected = readme.replace(insecure + "#setup", secure + "#setup")
                .replace("<" + insecure + ">", "<" + secure + ">");
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(project.resolve("README.md")));
        assertEquals(2, fixed.changes());
        assertTrue(log.info.contains("linkcheck: 2 links rewritten"), log.info.toString());
        assertTrue(
                log.info.contains("linkcheck: README.md:3:14: " + insecure + "#setup -> " + secure + "#setup"),
                log.info.toString());
        assertTrue(
                log.info.contains("linkcheck: urls entry 1: " + configured + " -> https://example.test/ok/configured-"
                        + mode + " (configured, not rewritten: edit the configuration)"),
                log.info.toString());
        assertTrue(
                log.info.stream().anyMatch(line -> line.contains(moved) && line.contains("not rewritten")),
                "a moved link checked at its remapped address is left as written, not made https: " + log.info);
        assertEquals(List.of(), log.warnings);
        assertEquals(
                List.of(configured),
                fixed.remaining(report).results().stream()
                        .filter(FAIL_ON_INSECURE::fails)
                        .map(result -> result.target().url())
                        .toList(),
                "only the insecure link not rewritten still fails the build");
        assertEquals(
                Verdict.OK,
                report.results().stream()
                        .filter(result -> result.target().url().equals(elsewhere))
                        .findFirst()
                        .orElseThrow()
                        .verdict(),
                "an https form that leads elsewhere is no upgrade");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aDryRunTellsTheUpgradeAndWritesNothing(Mode mode) throws Exception {
        String insecure = "http://user:s3cret@example.test/ok/dry-" + mode;
        byte[] readme = ("[x](" + insecure + ")\n").getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("README.md"), readme);
        CheckReport report = check(mode, List.of());

        RecordingLog log = new RecordingLog();
        MovedLinkFixer.Fixed fixed = new MovedLinkFixer(
                        project, Set.of(), true, file -> true, log, List.of(LinkReplacement.HTTPS))
                .fix(report);

        assertArrayEquals(readme, Files.readAllBytes(project.resolve("README.md")));
        assertEquals(1, fixed.changes());
        assertTrue(
                log.info.contains("linkcheck: README.md:1:5: http://****@example.test/ok/dry-" + mode
                        + " -> https://****@example.test/ok/dry-" + mode),
                log.info.toString());
        assertTrue(
                log.info.contains("linkcheck: 1 insecure link would be rewritten (dry run, no file written)"),
                log.info.toString());
        assertFalse(log.info.toString().contains("s3cret"), log.info.toString());
        assertEquals(
                1,
                fixed.remaining(report).results().stream()
                        .filter(FAIL_ON_INSECURE::fails)
                        .count());
    }
}
