package io.github.linkcheck.core;

import java.net.URI;
import java.util.Optional;

/**
 * What a link that {@link Screening} let through needs, decided from the link alone, before any request and before
 * any file is read: a web URL is requested, a relative link is looked for on disk, and the rest is answered at once
 * (skipped, or broken as written). The check, an offline run and the list of links all decide through this one
 * class, so that they cannot disagree.
 */
public final class Triage {

    private Triage() {}

    /** What a link needs. */
    public sealed interface Decision permits Answered, OnDisk, Request {}

    /** Known without a request or a look at the disk: a skipped link, or one that is broken as written. */
    public record Answered(CheckResult result) implements Decision {}

    /** A relative link of a document, to be looked for on disk. */
    public record OnDisk(LocalFile file) implements Decision {}

    /** A web URL, to be requested at this address. */
    public record Request(URI uri) implements Decision {}

    public static Decision of(LinkTarget target, UnsupportedSchemes unsupportedSchemes) {
        LocalFile file = target.localFile();
        if (file != null) {
            if (file.notAPath() != null) {
                return new Answered(CheckResult.notRequested(
                        target,
                        Verdict.BROKEN,
                        new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, "not a file path: " + file.notAPath())));
            }
            if (file.outsideRoot()) {
                return new Answered(CheckResult.notRequested(
                        target, Verdict.SKIPPED, new Outcome.NotRequested("outside rootDirectory, not looked at")));
            }
            return new OnDisk(file);
        }
        String requested = target.checkedUrl();
        Optional<String> skipReason = SkippedLinks.reason(requested, unsupportedSchemes);
        if (skipReason.isPresent()) {
            return new Answered(
                    CheckResult.notRequested(target, Verdict.SKIPPED, new Outcome.NotRequested(skipReason.get())));
        }
        try {
            return new Request(HttpUrls.parse(requested));
        } catch (InvalidUrlException e) {
            // A remap that makes an invalid URL is the remap's fault: say so, as the URL as written may be fine.
            String detail = target.checkedAs() == null
                    ? e.getMessage()
                    : "remapped to " + HttpUrls.redact(requested) + ", " + e.getMessage();
            return new Answered(CheckResult.notRequested(
                    target, Verdict.BROKEN, new Outcome.Failure(ErrorKind.INVALID_URL, detail)));
        }
    }
}
