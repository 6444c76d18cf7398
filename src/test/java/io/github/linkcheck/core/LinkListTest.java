package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What a check would do with each link, decided by the check's own screening and triage. */
class LinkListTest {

    @Test
    void aRemappedLinkIsListedWithTheUrlItWouldBeRequestedAtAndAnInvalidOneAsInvalid() {
        CheckSettings settings = CheckSettings.builder()
                .remaps(List.of(
                        "^https://docs\\.example\\.org/ -> http://localhost:8000/", "^https://bad/ -> http://a b/"))
                .build();
        List<LinkList.Entry> entries = LinkList.of(
                settings,
                IgnoreEntries.none(),
                List.of(
                        LinkTarget.of("https://docs.example.org/guide", Origin.at("README.md", 1, 1)),
                        LinkTarget.of("https://bad/x", Origin.at("README.md", 2, 1))));
        assertEquals(LinkList.Action.REQUEST, entries.get(0).action());
        assertEquals("https://docs.example.org/guide", entries.get(0).target().url());
        assertEquals("http://localhost:8000/guide", entries.get(0).target().checkedAs());
        assertEquals(LinkList.Action.INVALID, entries.get(1).action());
        assertTrue(
                entries.get(1).reason().contains("remapped to http://a b/x"),
                entries.get(1).reason());
    }

    @Test
    void eachLinkGetsTheActionTheCheckWouldTakeInOrderWithWhyForThoseNotRequested() {
        CheckSettings settings = CheckSettings.builder()
                .excludes(List.of("linkedin\\.com", "example\\.net"))
                .build();
        LocalFile guide = new LocalFile(Path.of("docs/guide.md").toAbsolutePath(), "usage");
        List<LinkTarget> targets = List.of(
                LinkTarget.of("https://example.org/", Origin.at("README.md", 1, 1)),
                LinkTarget.localFile("docs/guide.md#usage", guide, Origin.at("README.md", 2, 1)),
                LinkTarget.of("mailto:someone@example.org", Origin.at("README.md", 3, 1)),
                LinkTarget.of("https://www.linkedin.com/in/someone", Origin.at("README.md", 4, 1)),
                LinkTarget.of("https://exa mple.org/", Origin.entry("urls entry 1")),
                LinkTarget.of("https://example.org/" + "x".repeat(HttpUrls.MAX_LENGTH), Origin.entry("urls entry 2")));

        List<LinkList.Entry> entries = LinkList.of(settings, IgnoreEntries.none(), targets);

        assertEquals(
                List.of(
                        LinkList.Action.REQUEST,
                        LinkList.Action.CHECK_ON_DISK,
                        LinkList.Action.SKIPPED,
                        LinkList.Action.EXCLUDED,
                        LinkList.Action.INVALID,
                        LinkList.Action.INVALID),
                entries.stream().map(LinkList.Entry::action).toList());
        List<String> reasons = new ArrayList<>();
        entries.forEach(entry -> reasons.add(entry.reason()));
        assertNull(reasons.get(0));
        assertNull(reasons.get(1));
        assertEquals("mailto: links are not checked", reasons.get(2));
        assertEquals("left out by exclude 'linkedin\\.com'", reasons.get(3));
        assertEquals(targets.get(3), entries.get(3).target());
        assertEquals("invalid URL: " + HttpUrls.tooLongReason(targets.get(5).url()), reasons.get(5));
        assertTrue(
                entries.get(5).target().url().length() < HttpUrls.MAX_LENGTH,
                "a too long URL is shown by its start only, as the check's reports show it");
        assertTrue(reasons.get(4).startsWith("invalid URL: "), reasons.get(4));
    }

    @Test
    void includesLeaveOutWhatTheyDoNotMatchAndSayNoneMatched() {
        CheckSettings settings =
                CheckSettings.builder().includes(List.of("^https://docs\\.")).build();

        List<LinkList.Entry> entries = LinkList.of(
                settings,
                IgnoreEntries.none(),
                List.of(
                        LinkTarget.of("https://docs.example.org/", Origin.entry("urls entry 1")),
                        LinkTarget.of("https://example.org/", Origin.entry("urls entry 2"))));

        assertEquals(LinkList.Action.REQUEST, entries.get(0).action());
        assertEquals(LinkList.Action.EXCLUDED, entries.get(1).action());
        assertEquals("left out by includes (none matched)", entries.get(1).reason());
    }

    @Test
    void aListIsNotCutShortByMaxTotalTime() {
        CheckSettings settings = CheckSettings.builder().maxTotalTime("1ms").build();
        List<LinkTarget> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(LinkTarget.of("https://example.org/" + i, Origin.entry("urls entry " + (i + 1))));
        }

        assertEquals(
                List.of(LinkList.Action.REQUEST),
                LinkList.of(settings, IgnoreEntries.none(), many).stream()
                        .map(LinkList.Entry::action)
                        .distinct()
                        .toList());
    }

    @Test
    void aCheckedLinkAnEntryNamesIsIgnoredWhileTheEntryHoldsAndNamesTheExpiryAfter() {
        Clock january = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
        IgnoreEntries ignores = IgnoreEntries.of(
                IgnoreFile.parse(
                        List.of("known-down # until 2027-01-31: vendor outage", "long-gone # until 2027-01-01: moved"),
                        ".linkcheckignore"),
                january);
        LocalFile draft = new LocalFile(Path.of("docs/known-down.md").toAbsolutePath(), null);

        List<LinkList.Entry> entries = LinkList.of(
                CheckSettings.builder().excludes(List.of("excluded")).build(),
                ignores,
                List.of(
                        LinkTarget.of("https://example.org/known-down", Origin.at("README.md", 1, 1)),
                        LinkTarget.localFile("docs/known-down.md", draft, Origin.at("README.md", 2, 1)),
                        LinkTarget.of("https://example.org/long-gone", Origin.at("README.md", 3, 1)),
                        LinkTarget.of("https://example.org/known-down/excluded", Origin.at("README.md", 4, 1)),
                        LinkTarget.of("https://example.org/fine", Origin.at("README.md", 5, 1))));

        assertEquals(
                List.of(
                        LinkList.Action.IGNORED,
                        LinkList.Action.IGNORED,
                        LinkList.Action.REQUEST,
                        LinkList.Action.EXCLUDED,
                        LinkList.Action.REQUEST),
                entries.stream().map(LinkList.Entry::action).toList());
        assertEquals(
                "still checked; a failure is ignored: vendor outage (until 2027-01-31), 'known-down'"
                        + " (.linkcheckignore:1)",
                entries.get(0).reason());
        assertEquals(
                "ignores entry 'long-gone' (.linkcheckignore:2) expired after 2027-01-01",
                entries.get(2).reason());
        assertNull(entries.get(4).reason());
    }
}
