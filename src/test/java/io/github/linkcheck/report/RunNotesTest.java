package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lines a run ends with: the offline count, and hints only where the results show their cause. */
class RunNotesTest {

    private static final CheckSettings SETTINGS = CheckSettings.builder().build();

    @Test
    void anOfflineRunCountsItsUnrequestedWebLinksInOneLine() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            results.add(offline("https://example.org/" + i));
        }
        results.add(requested("https://example.org/broken", new Outcome.Status(404, "Not Found"), Verdict.BROKEN));

        RunNotes notes = new RunNotes(report(results));

        assertEquals(List.of("linkcheck: 1,234 web links not checked (offline)"), notes.lines());
        assertEquals(
                Optional.of("1 web link not checked (offline)"),
                new RunNotes(report(List.of(results.get(0)))).offline());
    }

    @Test
    void aRunThatWentAsExpectedHasNoNotes() {
        assertEquals(
                List.of(),
                new RunNotes(report(List.of(
                                requested("https://example.org/", new Outcome.Status(200, "OK"), Verdict.OK),
                                requested(
                                        "https://github.com/a", new Outcome.Status(404, "Not Found"), Verdict.BROKEN))))
                        .lines());
    }

    @Test
    void everyRequestedWebUrlAnUnknownHostPointsAtOfflineOnce() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < RunNotes.UNREACHABLE_AT_LEAST; i++) {
            results.add(unknownHost("https://host" + i + ".example.org/"));
        }
        // Neither requested nor a failure of the network: they do not hide it.
        results.add(cached("https://example.org/cached"));
        results.add(CheckResult.notRequested(
                LinkTarget.of("mailto:a@example.org", Origin.entry("urls entry 9")),
                Verdict.SKIPPED,
                new Outcome.NotRequested("mailto: links are not checked")));

        List<String> lines = new RunNotes(report(results)).lines();

        assertEquals(1, lines.size(), lines.toString());
        assertEquals(
                "linkcheck: hint: all 3 web URLs requested failed with unknown host: the network looks unreachable"
                        + " from here. Behind a proxy, declare it in Maven's settings.xml; to check only what needs no"
                        + " network (local links and their fragments), run Maven offline (mvn -o) or set"
                        + " -Dlinkcheck.offline=true",
                lines.get(0));
    }

    @Test
    void fewUnknownHostsOrOneThatAnsweredAreNoSignOfAMissingNetwork() {
        List<CheckResult> two = List.of(unknownHost("https://a.example.org/"), unknownHost("https://b.example.org/"));
        List<CheckResult> oneAnswered = new ArrayList<>(two);
        oneAnswered.add(unknownHost("https://c.example.org/"));
        oneAnswered.add(requested("https://example.org/", new Outcome.Status(200, "OK"), Verdict.OK));

        assertEquals(Optional.empty(), new RunNotes(report(two)).unreachableNetwork());
        assertEquals(Optional.empty(), new RunNotes(report(oneAnswered)).unreachableNetwork());
    }

    @Test
    void refusalsFromHostsKnownToRefuseRobotsPointAtTheTroubleshootingSectionNamingTheHosts() {
        List<CheckResult> results = List.of(
                requested("https://github.com/o/r", new Outcome.Status(429, "Too Many Requests"), Verdict.BROKEN),
                requested("https://www.linkedin.com/in/x", new Outcome.Status(999, "Request denied"), Verdict.BROKEN),
                requested("https://api.github.com/x", new Outcome.Status(403, "Forbidden"), Verdict.BROKEN),
                redirected("https://t.co/abc", "https://x.com/someone", 403),
                // Not a refusal of robots, or not from such a host, or accepted: no hint.
                requested("https://github.com/o/gone", new Outcome.Status(404, "Not Found"), Verdict.BROKEN),
                requested("https://example.org/private", new Outcome.Status(403, "Forbidden"), Verdict.BROKEN),
                requested("https://medium.com/p", new Outcome.Status(429, "Too Many Requests"), Verdict.OK),
                requested("https://notgithub.com/", new Outcome.Status(429, "Too Many Requests"), Verdict.BROKEN));

        assertEquals(
                List.of(
                        "linkcheck: hint: 4 links answered 403, 429 or 999 from hosts known to refuse or throttle robots"
                                + " (github.com, linkedin.com, x.com); what to do about it: "
                                + RunNotes.ROBOTS_SECTION),
                new RunNotes(report(results)).lines());
    }

    @Test
    void theRobotsSectionIsAHeadingOfTheTroubleshootingGuide() throws Exception {
        String guide = Files.readString(Path.of("docs/troubleshooting.md"));
        String anchor = RunNotes.ROBOTS_SECTION.substring(RunNotes.ROBOTS_SECTION.indexOf('#') + 1);

        assertTrue(
                guide.lines()
                        .filter(line -> line.startsWith("## "))
                        .map(RunNotesTest::githubAnchor)
                        .anyMatch(anchor::equals),
                anchor);
        for (String host : RunNotes.ROBOT_SHY_HOSTS) {
            assertTrue(guide.contains("`" + host + "`"), "the guide names " + host);
        }
    }

    /** The anchor GitHub gives a heading: lower case, spaces to dashes, punctuation but dashes dropped. */
    private static String githubAnchor(String heading) {
        return heading.substring(3)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static CheckReport report(List<CheckResult> results) {
        return new CheckReport(SETTINGS, results, Duration.ofMillis(10));
    }

    private static CheckResult offline(String url) {
        return CheckResult.notRequested(
                LinkTarget.of(url, Origin.entry("urls entry 1")), Verdict.NOT_CHECKED, new Outcome.Offline());
    }

    private static CheckResult unknownHost(String url) {
        return requested(url, new Outcome.Failure(ErrorKind.UNKNOWN_HOST, "no such host"), Verdict.BROKEN);
    }

    private static CheckResult requested(String url, Outcome outcome, Verdict verdict) {
        return new CheckResult(
                LinkTarget.of(url, Origin.at("README.md", 1, 1)),
                verdict,
                outcome,
                Duration.ofMillis(5),
                null,
                null,
                1,
                null);
    }

    private static CheckResult redirected(String url, String to, int status) {
        return new CheckResult(
                LinkTarget.of(url, Origin.at("README.md", 2, 1)),
                Verdict.BROKEN,
                new Outcome.Status(status, "Forbidden"),
                Duration.ofMillis(5),
                URI.create(to),
                null,
                2,
                null);
    }

    private static CheckResult cached(String url) {
        return new CheckResult(
                LinkTarget.of(url, Origin.at("README.md", 3, 1)),
                Verdict.OK,
                new Outcome.Status(200, "OK"),
                Duration.ZERO,
                null,
                null,
                1,
                Instant.now());
    }
}
