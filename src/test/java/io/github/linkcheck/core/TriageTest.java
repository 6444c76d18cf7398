package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

/** What a link needs before any request: the one decision the check, an offline run and the list share. */
class TriageTest {

    private static final Origin PLACE = Origin.at("README.md", 3, 5);

    @Test
    void aWebUrlIsRequestedAtItsParsedAddress() {
        Triage.Decision decision =
                Triage.of(LinkTarget.of("https://example.org/path?q=1#part", PLACE), UnsupportedSchemes.SKIP);

        assertEquals(
                URI.create("https://example.org/path?q=1"),
                assertInstanceOf(Triage.Request.class, decision).uri());
    }

    @Test
    void aRelativeLinkIsLookedForOnDisk() {
        LocalFile file = new LocalFile(Path.of("/project/docs/guide.md").toAbsolutePath(), "usage");

        Triage.Decision decision =
                Triage.of(LinkTarget.localFile("docs/guide.md#usage", file, PLACE), UnsupportedSchemes.SKIP);

        assertEquals(file, assertInstanceOf(Triage.OnDisk.class, decision).file());
    }

    @Test
    void aRelativeLinkOutsideTheRootIsSkippedAndOneThatIsNoPathIsBroken() {
        LocalFile outside = new LocalFile(Path.of("/elsewhere/x.md").toAbsolutePath(), null, true);
        CheckResult skipped = answered(LinkTarget.localFile("../x.md", outside, PLACE), UnsupportedSchemes.SKIP);
        CheckResult broken = answered(
                LinkTarget.localFile("a\u0000b", LocalFile.notAPath("a NUL character"), PLACE),
                UnsupportedSchemes.SKIP);

        assertEquals(Verdict.SKIPPED, skipped.verdict());
        assertEquals("outside rootDirectory, not looked at", skipped.outcome().describe());
        assertEquals(Verdict.BROKEN, broken.verdict());
        assertEquals(
                "file not found: not a file path: a NUL character",
                broken.outcome().describe());
    }

    @Test
    void mailIsSkippedAlwaysAndOtherSchemesAsUnsupportedSchemesSays() {
        LinkTarget mail = LinkTarget.of("mailto:someone@example.org", PLACE);
        LinkTarget ftp = LinkTarget.of("ftp://ftp.example.org/pub/", PLACE);

        assertEquals(Verdict.SKIPPED, answered(mail, UnsupportedSchemes.FAIL).verdict());
        assertEquals(Verdict.SKIPPED, answered(ftp, UnsupportedSchemes.SKIP).verdict());
        CheckResult failed = answered(ftp, UnsupportedSchemes.FAIL);
        assertEquals(Verdict.BROKEN, failed.verdict());
        assertEquals(
                "invalid URL: unsupported scheme 'ftp'; expected http or https",
                failed.outcome().describe());
    }

    @Test
    void aMalformedUrlIsBrokenAsWrittenWithNoRequest() {
        CheckResult result = answered(LinkTarget.of("https://exa mple.org/", PLACE), UnsupportedSchemes.SKIP);

        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(0, result.attempts());
        assertInstanceOf(Outcome.Failure.class, result.outcome());
        assertEquals(ErrorKind.INVALID_URL, ((Outcome.Failure) result.outcome()).kind());
    }

    private static CheckResult answered(LinkTarget target, UnsupportedSchemes unsupportedSchemes) {
        return assertInstanceOf(Triage.Answered.class, Triage.of(target, unsupportedSchemes))
                .result();
    }
}
