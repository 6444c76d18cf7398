package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

class RemapsTest {

    private static final Origin ORIGIN = Origin.at("README.md", 3, 7);

    @Test
    void theFirstMatchingEntryRewritesTheUrlAndTheRestAreNotTried() {
        Remaps remaps = Remaps.parse(
                "remaps",
                List.of(
                        "^https://docs\\.example\\.org/(.*) -> http://127.0.0.1:8080/$1",
                        "127\\.0\\.0\\.1 -> never.example"));
        LinkTarget target = remaps.apply(LinkTarget.of("https://docs.example.org/guide/x?q=1#top", ORIGIN));
        assertEquals("https://docs.example.org/guide/x?q=1#top", target.url());
        assertEquals("http://127.0.0.1:8080/guide/x?q=1#top", target.checkedUrl());
        assertEquals(List.of(ORIGIN), target.origins());
    }

    @Test
    void everyMatchOfTheEntryIsReplaced() {
        Remaps remaps = Remaps.parse("remaps", List.of("/v1/ -> /v2/"));
        assertEquals(
                "https://example.org/v2/a/v2/b",
                remaps.apply(LinkTarget.of("https://example.org/v1/a/v1/b", ORIGIN))
                        .checkedUrl());
    }

    @Test
    void aUrlNoEntryMatchesIsRequestedAsWritten() {
        Remaps remaps = Remaps.parse("remaps", List.of("^https://docs\\.example\\.org/ -> http://localhost/"));
        LinkTarget target = LinkTarget.of("https://other.example.org/", ORIGIN);
        assertSame(target, remaps.apply(target));
        assertNull(target.checkedAs());
        assertEquals(target.url(), target.checkedUrl());
    }

    @Test
    void aRelativeLinkToAFileIsLookedForOnDiskAsWritten() {
        Remaps remaps = Remaps.parse("remaps", List.of(".* -> http://localhost/"));
        LinkTarget file =
                LinkTarget.localFile("docs/a.md", new LocalFile(Path.of("docs/a.md"), null, false, null), ORIGIN);
        assertSame(file, remaps.apply(file));
    }

    @Test
    void aCommaEscapedOnTheCommandLineStaysInItsEntry() {
        // What Maven hands over for -Dlinkcheck.remaps='a{1\,2} -> b,c -> d': split at every comma.
        Remaps remaps = Remaps.parse("remaps", List.of("x{1\\", "2} -> y", "c -> d"));
        assertEquals(
                "https://y.org/",
                remaps.apply(LinkTarget.of("https://xx.org/", ORIGIN)).checkedUrl());
        assertEquals(
                "https://d.org/",
                remaps.apply(LinkTarget.of("https://c.org/", ORIGIN)).checkedUrl());
    }

    @Test
    void noEntriesRemapNothing() {
        assertSame(Remaps.NONE, Remaps.parse("remaps", null));
        assertSame(Remaps.NONE, Remaps.parse("remaps", List.of(" ")));
        assertTrue(Remaps.NONE.isEmpty());
    }

    @Test
    void anEntryWithoutAnArrowNamesTheSettingTheEntryAndTheSyntax() {
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class, () -> Remaps.parse("remaps", List.of("^https://a/ http://b/")));
        assertTrue(e.getMessage().startsWith("remaps = '^https://a/ http://b/' is not valid: no '->'"), e.getMessage());
        assertTrue(
                e.getMessage().contains("regex -> replacement")
                        || e.getMessage().contains(" -> "),
                e.getMessage());
    }

    @Test
    void aRegularExpressionThatDoesNotCompileIsRefused() {
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class, () -> Remaps.parse("remaps", List.of("^https://(a -> http://b/")));
        assertTrue(e.getMessage().startsWith("remaps = '^https://(a -> http://b/' is not valid: "), e.getMessage());
        assertTrue(e.getMessage().contains("in the regular expression"), e.getMessage());
    }

    @Test
    void aReplacementNamingAGroupTheExpressionLacksIsRefused() {
        InvalidSettingException byNumber = assertThrows(
                InvalidSettingException.class, () -> Remaps.parse("remaps", List.of("^https://(a)/ -> http://b/$2")));
        assertTrue(byNumber.getMessage().contains("in the replacement"), byNumber.getMessage());
        InvalidSettingException byName = assertThrows(
                InvalidSettingException.class,
                () -> Remaps.parse("remaps", List.of("^https://(?<host>a)/ -> http://${other}/")));
        assertTrue(byName.getMessage().contains("in the replacement"), byName.getMessage());
        InvalidSettingException trailing =
                assertThrows(InvalidSettingException.class, () -> Remaps.parse("remaps", List.of("a -> b\\")));
        assertTrue(trailing.getMessage().contains("in the replacement"), trailing.getMessage());
    }

    @Test
    void anEntryWithoutARegularExpressionIsRefused() {
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> Remaps.parse("remaps", List.of(" -> http://b/")));
        assertTrue(e.getMessage().contains("no regular expression"), e.getMessage());
    }

    @Test
    void aGroupThatTakesNoPartIsReplacedByNothing() {
        Remaps remaps = Remaps.parse("remaps", List.of("^https://(www\\.)?example\\.org/ -> http://localhost/$1"));
        assertEquals(
                "http://localhost/",
                remaps.apply(LinkTarget.of("https://example.org/", ORIGIN)).checkedUrl());
    }

    @Test
    void bothFormsAreShownWithTheirUserInfoMasked() {
        Remaps remaps = Remaps.parse(
                "remaps", List.of("^https://user:token@docs\\.example\\.org/ -> http://me:secret@mirror/"));
        LinkTarget target = remaps.apply(LinkTarget.of("https://user:token@docs.example.org/a", ORIGIN));
        String shown = target.describeUrl();
        assertTrue(shown.contains(" (checked as http://") && shown.endsWith("mirror/a)"), shown);
        assertTrue(!shown.contains("secret") && !shown.contains("token"), shown);
    }

    @Test
    void theSettingsHoldTheRemaps() {
        CheckSettings settings =
                CheckSettings.builder().remaps(List.of("a -> b")).build();
        assertEquals(Remaps.parse("remaps", List.of("a -> b")), settings.remaps());
        assertEquals(Remaps.NONE, settings.requestShape().remaps());
    }
}
