package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.Classifier;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Triage;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.sources.LocalLinks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of an offline run: what needs no network is checked as a check online does it (links to local files
 * and their fragments on disk, skipped and invalid links as the {@link Triage} answers them), and every web URL is
 * {@linkplain Outcome.Offline not requested}. Builds no HTTP client and sends nothing, in every mode; the links are
 * looked at on the calling thread, one after another, as the disk is no network to wait for.
 */
final class OfflineChecks implements LinkChecks {

    @Override
    public CheckReport checkScreened(
            CheckSettings settings, List<LinkTarget> targets, RunListener listener, RunDeadline deadline)
            throws InterruptedException {
        long start = System.nanoTime();
        Classifier classifier = new Classifier(settings);
        LocalLinks localLinks = new LocalLinks();
        List<CheckResult> results = new ArrayList<>(targets.size());
        for (LinkTarget target : targets) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (deadline.passed()) {
                results.add(deadline.notChecked(target));
                continue;
            }
            listener.started(target);
            CheckResult result = check(target, settings, classifier, localLinks);
            listener.finished(result);
            results.add(result);
        }
        return new CheckReport(settings, results, Duration.ofNanos(System.nanoTime() - start));
    }

    private static CheckResult check(
            LinkTarget target, CheckSettings settings, Classifier classifier, LocalLinks localLinks) {
        Triage.Decision decision = Triage.of(target, settings.unsupportedSchemes());
        if (decision instanceof Triage.Answered answered) {
            return answered.result();
        }
        if (decision instanceof Triage.OnDisk) {
            return localLinks.check(target, classifier);
        }
        return CheckResult.notRequested(target, Verdict.NOT_CHECKED, new Outcome.Offline());
    }
}
