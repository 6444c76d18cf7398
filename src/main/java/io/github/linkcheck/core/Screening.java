package io.github.linkcheck.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first step of a run, before the cache and any request: a URL longer than {@link HttpUrls#MAX_LENGTH}
 * is broken, one that {@code includes}/{@code excludes} leave out is excluded, and once the run's deadline
 * has passed the rest are not checked. Each URL is measured and filtered here once; later steps never filter.
 */
public final class Screening {

    /** Checks the targets that passed the screening. */
    @FunctionalInterface
    public interface Admitted {
        CheckReport check(List<LinkTarget> targets) throws InterruptedException;
    }

    private Screening() {}

    /** Screens every target, has {@code admitted} check those that pass, and returns every result in order. */
    public static CheckReport checkAll(CheckSettings settings, List<LinkTarget> targets, RunDeadline deadline,
            Admitted admitted) throws InterruptedException {
        CheckResult[] results = new CheckResult[targets.size()];
        List<LinkTarget> passed = new ArrayList<>();
        List<Integer> passedIndex = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Optional<CheckResult> answer = screen(settings.linkFilter(), targets.get(i), deadline);
            if (answer.isPresent()) {
                results[i] = answer.get();
            } else {
                passed.add(targets.get(i));
                passedIndex.add(i);
            }
        }
        CheckReport checked = passed.isEmpty()
                ? new CheckReport(settings, List.of(), Duration.ZERO)
                : admitted.check(passed);
        for (int j = 0; j < passed.size(); j++) {
            results[passedIndex.get(j)] = checked.results().get(j);
        }
        return new CheckReport(settings, List.of(results), checked.wallTime());
    }

    /** The result of a target that is not to be requested; empty for one to check. */
    private static Optional<CheckResult> screen(LinkFilter filter, LinkTarget target, RunDeadline deadline) {
        String url = target.url();
        if (HttpUrls.isTooLong(url)) {
            // Reports show its start only: a 100,000-character line helps no one. Masked first, as a long
            // token in its user info would otherwise be cut before its @ and shown.
            LinkTarget shown = new LinkTarget(HttpUrls.shortened(HttpUrls.redact(url)), target.origins(),
                    target.localFile());
            return Optional.of(CheckResult.notRequested(shown, Verdict.BROKEN,
                    new Outcome.Failure(ErrorKind.INVALID_URL, HttpUrls.tooLongReason(url))));
        }
        try {
            if (deadline.passed()) {
                return Optional.of(deadline.notChecked(target));
            }
            return filter.isChecked(url, deadline)
                    ? Optional.empty()
                    : Optional.of(CheckResult.notRequested(target, Verdict.EXCLUDED,
                            new Outcome.NotRequested("left out by includes/excludes")));
        } catch (RunDeadline.Passed cutShort) {
            return Optional.of(deadline.notChecked(target));
        }
    }
}
