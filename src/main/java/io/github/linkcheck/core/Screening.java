package io.github.linkcheck.core;

import java.util.List;
import java.util.Optional;

/**
 * The first step of a run, before the cache and any request: a URL longer than {@link HttpUrls#MAX_LENGTH}
 * is broken, one that {@code includes}/{@code excludes} leave out is excluded, and once the run's deadline
 * has passed the rest are not checked. Each URL is measured and filtered here once; later steps never filter.
 * {@code remaps} are applied here too, once for every mode: the filter and the length judge the URL as written,
 * the later steps request the remapped one.
 */
public final class Screening {

    private Screening() {}

    /** Screens every target, has {@code admitted} check those that pass, and returns every result in order. */
    public static CheckReport checkAll(
            CheckSettings settings, List<LinkTarget> targets, RunDeadline deadline, CheckReport.BatchCheck admitted)
            throws InterruptedException {
        LinkFilter filter = settings.linkFilter();
        Remaps remaps = settings.remaps();
        List<LinkTarget> remapped = targets.stream().map(remaps::apply).toList();
        return CheckReport.answeredOrChecked(settings, remapped, target -> screen(filter, target, deadline), admitted);
    }

    /**
     * The result of a target that is not to be requested (too long, left out by the filter, or past the deadline);
     * empty for one to check.
     */
    public static Optional<CheckResult> screen(LinkFilter filter, LinkTarget target, RunDeadline deadline) {
        String url = target.url();
        if (HttpUrls.isTooLong(url)) {
            // Reports show its start only: a 100,000-character line helps no one. Masked first, as a long
            // token in its user info would otherwise be cut before its @ and shown.
            LinkTarget shown =
                    new LinkTarget(HttpUrls.shortened(HttpUrls.redact(url)), target.origins(), target.localFile());
            return Optional.of(CheckResult.notRequested(
                    shown, Verdict.BROKEN, new Outcome.Failure(ErrorKind.INVALID_URL, HttpUrls.tooLongReason(url))));
        }
        try {
            if (deadline.passed()) {
                return Optional.of(deadline.notChecked(target));
            }
            return filter.whyLeftOut(url, deadline)
                    .map(why -> CheckResult.notRequested(target, Verdict.EXCLUDED, new Outcome.NotRequested(why)));
        } catch (RunDeadline.Passed cutShort) {
            return Optional.of(deadline.notChecked(target));
        }
    }
}
