package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.ArchivedCopy;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.FaultServer;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Archived copies looked up at a fake archive on 127.0.0.1, and archives of no use, which never stop a run. */
class ArchiveLookupTest {

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    private static final CheckSettings SETTINGS =
            CheckSettings.builder().timeout("1s").retries("0").build();

    private static CheckResult result(String url, Verdict verdict) {
        return CheckResult.notRequested(
                LinkTarget.of(url, Origin.at("README.md", 3, 7)), verdict, new Outcome.Status(404, "Not Found"));
    }

    private static CheckReport report(CheckResult... results) {
        return new CheckReport(SETTINGS, List.of(results), Duration.ZERO);
    }

    private static String asked(String url) {
        return "/wayback/available?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    @Test
    void eachBrokenWebUrlGetsItsClosestCopyAskedOnceForTheBuild() {
        String broken = "http://gone.example/page?id=1";
        String withSecrets = "https://user:secret@gone.example/private#part";
        RecordingLog log = new RecordingLog();
        try (ArchiveLookup lookup = new ArchiveLookup(URI.create(site.url("/wayback/available")), SETTINGS)) {
            CheckReport first = lookup.annotate(
                    report(
                            result(broken, Verdict.BROKEN),
                            result("http://fine.example/", Verdict.OK),
                            result(withSecrets, Verdict.BROKEN)),
                    log);
            // A second module linking the same URL: answered from what the build asked already.
            CheckReport second = lookup.annotate(report(result(broken, Verdict.BROKEN)), log);

            assertEquals(
                    new ArchivedCopy(TestSite.ARCHIVED_AT + broken, "20130919044612"),
                    first.results().get(0).archived());
            assertEquals(
                    first.results().get(0).archived(), second.results().get(0).archived());
            assertNull(first.results().get(1).archived(), "a working link is not looked up");
            assertEquals(
                    TestSite.ARCHIVED_AT + "https://gone.example/private",
                    first.results().get(2).archived().url(),
                    "the archive is sent neither user info nor fragment");
            assertEquals(1, site.requests(asked(broken)));
            assertEquals(2, site.requests("/wayback/available"));
            assertEquals(List.of(), log.warnings);
            assertEquals(
                    broken + " -> 404 Not Found; archived copy: " + TestSite.ARCHIVED_AT + broken + " (2013-09-19)",
                    first.describe(first.results().get(0)));
        }
    }

    @Test
    void anArchiveWithNoCopySaysSoWithoutAWarning() {
        RecordingLog log = new RecordingLog();
        try (ArchiveLookup lookup = new ArchiveLookup(URI.create(site.url("/wayback/none")), SETTINGS)) {
            CheckReport annotated = lookup.annotate(report(result("http://gone.example/none", Verdict.BROKEN)), log);
            assertNull(annotated.results().get(0).archived());
            assertEquals(List.of(), log.warnings);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/text/garbage, its answer is not JSON",
        "/status/500, it answered 500",
        "/huge, its answer is longer than 65536 bytes",
        "/hang, it took too long",
    })
    void anArchiveOfNoUseCostsOneWarningForTheBuildAndNoCopy(String endpoint, String why) {
        RecordingLog log = new RecordingLog();
        try (ArchiveLookup lookup = new ArchiveLookup(URI.create(site.url(endpoint)), SETTINGS)) {
            CheckReport annotated = assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> lookup.annotate(
                            report(
                                    result("http://gone.example/a", Verdict.BROKEN),
                                    result("http://gone.example/b", Verdict.BROKEN)),
                            log));
            lookup.annotate(report(result("http://gone.example/c", Verdict.BROKEN)), log);

            assertTrue(annotated.results().stream().allMatch(result -> result.archived() == null));
            assertEquals(1, log.warnings.size(), log.warnings::toString);
            assertTrue(log.warnings.get(0).startsWith("linkcheck: no archived copies: the web archive at "));
            assertTrue(log.warnings.get(0).contains(why), log.warnings.get(0));
        }
    }

    @Test
    void anArchiveThatCannotBeReachedCostsOneWarning() throws Exception {
        String closedPort;
        try (TestSite gone = TestSite.start()) {
            closedPort = gone.url("/wayback/available");
        }
        RecordingLog log = new RecordingLog();
        try (ArchiveLookup lookup = new ArchiveLookup(URI.create(closedPort), SETTINGS)) {
            lookup.annotate(report(result("http://gone.example/d", Verdict.BROKEN)), log);
            assertEquals(1, log.warnings.size(), log.warnings::toString);
            assertTrue(log.warnings.get(0).contains("it cannot be reached"), log.warnings.get(0));
        }
    }

    @Test
    void whatAHostileArchiveNamesIsTakenOnlyAsAnHttpUrlAndNeutralisedWhenShown() throws Exception {
        String lineBreaking = "http://gone.example/breaks";
        String commandLike = "http://gone.example/commands";
        try (FaultServer archive = FaultServer.start()) {
            archive.answer(
                    "/available?url=" + URLEncoder.encode(lineBreaking, StandardCharsets.UTF_8),
                    json("http://web.archive.org/web/1/x\\r\\n::error::forged\\u001b[2J", "20130919044612"));
            archive.answer(
                    "/available?url=" + URLEncoder.encode(commandLike, StandardCharsets.UTF_8),
                    json("http://web.archive.org/web/2/::error::%0A", "2013"));
            RecordingLog log = new RecordingLog();
            try (ArchiveLookup lookup = new ArchiveLookup(URI.create(archive.url("/available")), SETTINGS)) {
                CheckReport annotated = lookup.annotate(
                        report(result(lineBreaking, Verdict.BROKEN), result(commandLike, Verdict.BROKEN)), log);

                assertNull(annotated.results().get(0).archived(), "a URL with line breaks is no URL");
                assertEquals(1, log.warnings.size(), log.warnings::toString);
                assertTrue(log.warnings.get(0).contains("not an http or https URL"), log.warnings.get(0));
                CheckResult kept = annotated.results().get(1);
                assertEquals("2013", kept.archived().day());
                String shown = UntrustedText.neutralise(annotated.describe(kept));
                assertFalse(shown.contains("\n") || shown.contains("\r") || shown.contains("\u001b"), shown);
                assertTrue(shown.endsWith("archived copy: http://web.archive.org/web/2/::error::%0A (2013)"), shown);
            }
        }
    }

    private static String json(String escapedUrl, String timestamp) {
        String body = "{\"archived_snapshots\":{\"closest\":{\"available\":true,\"url\":\"" + escapedUrl
                + "\",\"timestamp\":\"" + timestamp + "\",\"status\":\"200\"}}}";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    @Test
    void anArchiveUrlThatIsNotAWebAddressStopsTheBuildNamingIt() {
        assertEquals(ArchiveLookup.WAYBACK, ArchiveLookup.endpoint("https://archive.org/wayback/available"));
        for (String bad : List.of("ftp://archive.example/", "archive.org/wayback", "https://a.example/x#y", " ")) {
            InvalidSettingException refused =
                    assertThrows(InvalidSettingException.class, () -> ArchiveLookup.endpoint(bad));
            assertTrue(refused.getMessage().contains("archiveUrl"), refused.getMessage());
        }
    }
}
