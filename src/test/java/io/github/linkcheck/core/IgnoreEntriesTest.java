package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Which results an {@code ignores} entry excuses, on which day, and what is told about the entries. */
class IgnoreEntriesTest {

    private static final FailurePolicy FAIL_ON_ALL = new FailurePolicy(true, true, true, true);
    private static final CheckSettings SETTINGS =
            CheckSettings.builder().slowThreshold("1s").build();

    /** The last second of 31 January 2027 in UTC: still the 31st, though it is 1 February east of Greenwich. */
    private static final Clock LAST_SECOND_OF_THE_31ST =
            Clock.fixed(Instant.parse("2027-01-31T23:59:59Z"), ZoneOffset.ofHours(5));

    private static final Clock FIRST_OF_FEBRUARY = Clock.fixed(Instant.parse("2027-02-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aFailureIsExcusedWhileTheEntryHoldsUpToAndIncludingItsUntilDayInUtc() {
        CheckResult broken = result("https://example.org/old", Verdict.BROKEN);
        IgnoreEntries entries = IgnoreEntries.of(
                List.of(entry("example\\.org/old", "the archive moves", "2027-01-31")), LAST_SECOND_OF_THE_31ST);

        IgnoreEntries.Applied applied = entries.apply(report(broken));
        CheckResult judged = applied.report().results().get(0);

        assertTrue(judged.isIgnored());
        assertEquals(Verdict.BROKEN, judged.verdict(), "the verdict stays as checked");
        assertFalse(FAIL_ON_ALL.fails(judged));
        assertEquals(Severity.IGNORED, Severity.of(judged, FAIL_ON_ALL));
        assertEquals(
                "404 Not Found (5 ms); ignored: the archive moves (until 2027-01-31)",
                applied.report().describeOutcome(judged));
        assertEquals(List.of(), applied.notices());
        assertEquals(List.of(), applied.warnings());
        assertEquals(Optional.empty(), judged.expiredIgnore());
    }

    @Test
    void theDayAfterUntilTheEntryHasExpiredTheFailureCountsAndNamesItAndAWarningNamesIt() {
        CheckResult broken = result("https://example.org/old", Verdict.BROKEN);
        IgnoreEntry entry = entry("example\\.org/old", "the archive moves", "2027-01-31");
        IgnoreEntry unused = entry("example\\.org/unused", "nothing links here", "2027-01-30");

        IgnoreEntries.Applied applied =
                IgnoreEntries.of(List.of(entry, unused), FIRST_OF_FEBRUARY).apply(report(broken));
        CheckResult judged = applied.report().results().get(0);

        assertFalse(judged.isIgnored());
        assertTrue(FAIL_ON_ALL.fails(judged));
        assertEquals(Severity.ERROR, Severity.of(judged, FAIL_ON_ALL));
        assertEquals(Optional.of(entry), judged.expiredIgnore());
        assertEquals(
                "404 Not Found (5 ms); ignores entry 'example\\.org/old' (.linkcheckignore:1) expired after 2027-01-31",
                applied.report().describeOutcome(judged));
        assertEquals(
                List.of(
                        "ignores entry 'example\\.org/old' (.linkcheckignore:1) expired after 2027-01-31: the links it"
                                + " matches count again; remove it, or give it a later until",
                        "ignores entry 'example\\.org/unused' (.linkcheckignore:1) expired after 2027-01-30: the links"
                                + " it matches count again; remove it, or give it a later until"),
                applied.warnings(),
                "every expired entry, whether its links failed or not");
    }

    @Test
    void anEntryWhoseLinksAllWorkAgainIsNoLongerNeededAndOneWithAFailingLinkStillIs() {
        IgnoreEntry fixed = entry("example\\.org/fixed", "was down", null);
        IgnoreEntry half = entry("example\\.org/half", "partly down", null);
        CheckReport checked = report(
                result("https://example.org/fixed/1", Verdict.OK),
                result("https://example.org/fixed/2", Verdict.OK),
                result("https://example.org/half/ok", Verdict.OK),
                result("https://example.org/half/down", Verdict.BROKEN));

        IgnoreEntries.Applied applied =
                IgnoreEntries.of(List.of(fixed, half), FIRST_OF_FEBRUARY).apply(checked);

        assertEquals(
                List.of("ignores entry 'example\\.org/fixed' (.linkcheckignore:1) is no longer needed: its links work"
                        + " again: https://example.org/fixed/1, https://example.org/fixed/2"),
                applied.notices());
        assertNull(applied.report().results().get(0).ignore(), "a link that works carries no entry");
        assertTrue(applied.report().results().get(3).isIgnored());
    }

    @Test
    void slowMovedAndInsecureLinksAreExcusedWhateverThePolicyButNotCheckedExcludedAndSkippedOnesAreLeftAlone() {
        IgnoreEntries entries = IgnoreEntries.of(List.of(entry("example\\.org", "known", null)), FIRST_OF_FEBRUARY);
        CheckReport checked = report(
                result("https://example.org/slow", Verdict.SLOW),
                result("https://example.org/moved", Verdict.MOVED),
                result("http://example.org/plain", Verdict.INSECURE),
                result("https://example.org/late", Verdict.NOT_CHECKED),
                result("https://example.org/left-out", Verdict.EXCLUDED),
                result("mailto:x@example.org", Verdict.SKIPPED));

        IgnoreEntries.Applied applied = entries.apply(checked);

        List<CheckResult> results = applied.report().results();
        results.subList(0, 3).forEach(result -> {
            assertTrue(result.isIgnored(), result::toString);
            assertFalse(FAIL_ON_ALL.fails(result), result::toString);
        });
        results.subList(3, 6).forEach(result -> assertNull(result.ignore(), result::toString));
        assertEquals(List.of(), applied.notices(), "nothing checked worked: no entry is shown to be unneeded");
    }

    @Test
    void aMatchingEntryThatHoldsWinsOverAnEarlierExpiredOne() {
        IgnoreEntry expired = entry("example\\.org", "old reason", "2026-12-31");
        IgnoreEntry renewed = entry("example\\.org/old", "new reason", "2027-06-30");
        IgnoreEntries entries = IgnoreEntries.of(List.of(expired, renewed), FIRST_OF_FEBRUARY);

        assertEquals(Optional.of(new IgnoreMatch(renewed, false)), entries.matching("https://example.org/old"));
        assertEquals(Optional.of(new IgnoreMatch(expired, true)), entries.matching("https://example.org/other"));
        assertEquals(Optional.empty(), entries.matching("https://example.com/"));
    }

    @Test
    void aPatternIsFoundAnywhereInTheUrlWithItsUserInfoMasked() {
        IgnoreEntries bySecret = IgnoreEntries.of(List.of(entry("hunter2", "secret", null)), FIRST_OF_FEBRUARY);
        IgnoreEntries byMask = IgnoreEntries.of(List.of(entry("//\\*{4}@host/", "masked", null)), FIRST_OF_FEBRUARY);

        assertEquals(Optional.empty(), bySecret.matching("https://user:hunter2@host/x"));
        assertTrue(byMask.matching("https://user:hunter2@host/x").isPresent());
        assertTrue(bySecret.matching("https://host/hunter2").isPresent(), "found anywhere, not only at the start");
    }

    @Test
    void whatIsToldAboutAnEntryIsNeutralised() {
        IgnoreEntry hostile =
                entry("example\\.org/\u001b", "line\r\n::error::forged ##[warning]x\u001b[2J", "2026-01-01");
        CheckReport checked = report(result("https://example.org/\u001b", Verdict.OK));

        IgnoreEntries.Applied applied =
                IgnoreEntries.of(List.of(hostile), FIRST_OF_FEBRUARY).apply(checked);

        for (String line : concat(applied.notices(), applied.warnings())) {
            assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u001b"), line);
            assertFalse(line.contains("##["), line);
        }
        assertEquals(1, applied.notices().size());
        assertEquals(1, applied.warnings().size());
    }

    @Test
    void noEntriesLeaveTheReportAsItIs() {
        CheckReport checked = report(result("https://example.org/x", Verdict.BROKEN));

        IgnoreEntries.Applied applied = IgnoreEntries.none().apply(checked);

        assertEquals(checked, applied.report());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static IgnoreEntry entry(String pattern, String reason, String until) {
        return new IgnoreEntry(
                IgnoreEntry.compile("p", pattern), reason, IgnoreEntry.date("u", until), ".linkcheckignore:1");
    }

    private static CheckResult result(String url, Verdict verdict) {
        Outcome outcome = switch (verdict) {
            case BROKEN -> new Outcome.Status(404, "Not Found");
            case EXCLUDED, SKIPPED, NOT_CHECKED -> new Outcome.NotRequested("not requested");
            default -> new Outcome.Status(200, "OK");
        };
        int attempts = outcome instanceof Outcome.NotRequested ? 0 : 1;
        return new CheckResult(
                LinkTarget.of(url, Origin.entry("urls")),
                verdict,
                outcome,
                Duration.ofMillis(attempts * 5L),
                null,
                null,
                attempts,
                null);
    }

    private static CheckReport report(CheckResult... results) {
        return new CheckReport(SETTINGS, List.of(results), Duration.ofMillis(10));
    }
}
