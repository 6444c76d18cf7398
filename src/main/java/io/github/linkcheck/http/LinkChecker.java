package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.Classifier;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.HttpsUpgrade;
import io.github.linkcheck.core.InvalidUrlException;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Remaps;
import io.github.linkcheck.core.RetryPolicy;
import io.github.linkcheck.core.SentRequest;
import io.github.linkcheck.core.Triage;
import io.github.linkcheck.core.UnsupportedSchemes;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.sources.BrowserUrls;
import io.github.linkcheck.sources.LocalLinks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks one URL: HEAD first and GET where HEAD is refused, redirects followed by hand, transient
 * failures retried. The one implementation of a check that every mode runs; a mode only decides how its
 * steps wait.
 */
final class LinkChecker {

    private final Transport transport;
    private final RequestSender sender;
    private final Classifier classifier;
    private final ExchangeFailures failures;
    private final RetryPolicy retryPolicy;
    private final int maxRedirects;
    private final boolean checkFragments;
    private final UnsupportedSchemes unsupportedSchemes;
    private final LocalLinks localLinks = new LocalLinks();
    private final PageAnchors pageAnchors;
    private final boolean checkHttps;
    private final Remaps remaps;

    LinkChecker(Transport transport, HostPacing pacing, CheckSettings settings) {
        this.transport = transport;
        this.sender = new RequestSender(transport, pacing, settings.hostIntervals());
        this.classifier = new Classifier(settings);
        this.failures = new ExchangeFailures(settings.timeout());
        this.retryPolicy = settings.retryPolicy();
        this.maxRedirects = settings.maxRedirects();
        this.checkFragments = settings.checkFragments();
        this.unsupportedSchemes = settings.unsupportedSchemes();
        this.pageAnchors = new PageAnchors(sender, classifier, failures);
        this.checkHttps = settings.checkHttps();
        this.remaps = settings.remaps();
    }

    /**
     * Never completes exceptionally: every failure becomes a broken result. The target has passed the
     * {@linkplain io.github.linkcheck.core.Screening screening}: it is not too long, and not excluded.
     */
    CompletableFuture<CheckResult> check(LinkTarget target) {
        Triage.Decision decision = Triage.of(target, unsupportedSchemes);
        if (decision instanceof Triage.Answered answered) {
            return CompletableFuture.completedFuture(answered.result());
        }
        if (decision instanceof Triage.OnDisk) {
            return CompletableFuture.completedFuture(localLinks.check(target, classifier));
        }
        URI uri = ((Triage.Request) decision).uri();
        String requested = target.checkedUrl();
        int fragmentStart = requested.indexOf('#');
        Chain chain = new Chain(uri, fragmentStart < 0 ? null : requested.substring(fragmentStart + 1));
        return visit(uri, RequestMethod.HEAD, chain)
                .exceptionally(bug -> chain.ending(failures.describe(bug, uri), uri))
                .thenCompose(ending -> lookForFragment(uri, ending, chain))
                .thenCompose(ending -> {
                    Duration elapsed = chain.elapsed();
                    URI movedTo = chain.movedTo;
                    Verdict verdict = classifier.classify(ending.outcome(), elapsed, movedTo != null);
                    CheckResult result = new CheckResult(
                            target,
                            verdict,
                            ending.outcome(),
                            elapsed,
                            readable(ending.redirectedTo()),
                            readable(movedTo),
                            chain.attempts(),
                            null,
                            chain.requests);
                    return verdict == Verdict.OK
                            ? withHttpsTried(result, new Endpoints(uri, ending.endedAt(uri)))
                            : CompletableFuture.completedFuture(result);
                });
    }

    /**
     * With {@code checkHttps} on, a working link written with http is tried again in its https form, as any link is
     * checked (HEAD then GET, redirects, retries), through the run's remaps: it is insecure when that form works too
     * and leads to the same place. The result keeps the http check's outcome and time, with the https requests added.
     */
    private CompletableFuture<CheckResult> withHttpsTried(CheckResult result, Endpoints http) {
        LinkTarget target = result.target();
        Optional<String> httpsForm = checkHttps ? HttpsUpgrade.httpsForm(target.url()) : Optional.empty();
        if (httpsForm.isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        URI httpOrigin;
        URI httpsOrigin;
        URI httpsRequested;
        try {
            httpOrigin = HttpsUpgrade.writtenOrigin(target.url());
            httpsOrigin = HttpsUpgrade.writtenOrigin(httpsForm.get());
            httpsRequested = HttpUrls.parse(remaps.apply(new LinkTarget(httpsForm.get(), target.origins(), null))
                    .checkedUrl());
        } catch (InvalidUrlException e) {
            // The http form worked, so a remap made the https form no URL that can be requested: nothing to suggest.
            return CompletableFuture.completedFuture(result);
        }
        if (!"https".equalsIgnoreCase(httpsRequested.getScheme()) || httpsRequested.equals(http.requested())) {
            // A remap sends both forms to one plain address (a local preview of the site): nothing tells whether the
            // site itself answers https, so nothing is suggested.
            return CompletableFuture.completedFuture(result);
        }
        Chain chain = new Chain(httpsRequested, null);
        return visit(httpsRequested, RequestMethod.HEAD, chain)
                .exceptionally(bug -> chain.ending(failures.describe(bug, httpsRequested), httpsRequested))
                .thenApply(ending -> {
                    boolean works = ending.outcome() instanceof Outcome.Status status
                            && classifier.isAccepted(status.code())
                            && HttpsUpgrade.leadsToSamePlace(
                                    new HttpsUpgrade.Route(httpOrigin, http.requested(), http.end()),
                                    new HttpsUpgrade.Route(
                                            httpsOrigin, httpsRequested, ending.endedAt(httpsRequested)));
                    List<SentRequest> sent = new ArrayList<>(result.requests());
                    sent.addAll(chain.requests);
                    return new CheckResult(
                            target,
                            works ? Verdict.INSECURE : result.verdict(),
                            result.outcome(),
                            result.elapsed(),
                            result.finalUri(),
                            result.movedTo(),
                            result.attempts(),
                            null,
                            sent);
                });
    }

    private CompletableFuture<Ending> visit(URI uri, RequestMethod method, Chain chain) {
        boolean afterHttps = chain.overHttps;
        chain.overHttps |= "https".equalsIgnoreCase(uri.getScheme());
        // A URI that HttpClient refuses fails this future: that is this URL's failure, not the run's.
        CompletableFuture<ResponseHead> response = sender.send(method, uri, afterHttps, 0, chain.takeRetry(), chain)
                .thenApply(Response::head);
        return response.handle((head, failure) -> failure == null
                        ? afterResponse(uri, method, head, chain)
                        : afterFailure(uri, method, failure, chain))
                .thenCompose(Function.identity());
    }

    private CompletableFuture<Ending> afterFailure(URI uri, RequestMethod method, Throwable failure, Chain chain) {
        Outcome.Failure described = failures.describe(failure, uri);
        if (method == RequestMethod.HEAD && ExchangeFailures.mayBeHeadSpecific(described)) {
            // A dropped or garbled answer to HEAD is most often the server's dislike of HEAD: try GET at once.
            return visit(uri, RequestMethod.GET, chain);
        }
        if (retryPolicy.isTransient(described) && chain.canRetry()) {
            return retry(uri, method, chain, Optional.empty());
        }
        return CompletableFuture.completedFuture(chain.ending(described, uri));
    }

    private CompletableFuture<Ending> afterResponse(URI uri, RequestMethod method, ResponseHead head, Chain chain) {
        int status = head.status();
        if (isRedirect(status) && head.location() != null) {
            return follow(uri, head.location(), status == 301 || status == 308, chain);
        }
        if (retryPolicy.isTransient(status)) {
            if (chain.canRetry()) {
                return retry(uri, method, chain, head.retryAfterDelay(Instant.now()));
            }
        } else if (method == RequestMethod.HEAD && !classifier.isAccepted(status)) {
            // Many servers answer HEAD with 405, 501, 404 or 403 where GET works: only GET is judged.
            return visit(uri, RequestMethod.GET, chain);
        }
        return CompletableFuture.completedFuture(chain.ending(new Outcome.Status(status, head.reason()), uri));
    }

    private CompletableFuture<Ending> retry(URI uri, RequestMethod method, Chain chain, Optional<Duration> retryAfter) {
        Duration delay = retryPolicy.delayBefore(chain.startRetry(), retryAfter);
        return chain.waitFor(() -> transport.pause(delay)).thenCompose(ignored -> visit(uri, method, chain));
    }

    private CompletableFuture<Ending> follow(URI from, String location, boolean permanent, Chain chain) {
        if (chain.redirects == maxRedirects) {
            return CompletableFuture.completedFuture(
                    chain.ending(new Outcome.Failure(ErrorKind.TOO_MANY_REDIRECTS, "more than " + maxRedirects), from));
        }
        URI next;
        try {
            // Resolved as browsers resolve it, the Location read as a link is: a .. above the root stops there.
            String resolved = BrowserUrls.resolve(from.toString(), location);
            int fragmentStart = resolved.indexOf('#');
            if (fragmentStart >= 0) {
                // A redirect's own fragment replaces the link's; without one the link's is kept (RFC 9110, 10.2.2).
                chain.fragment = resolved.substring(fragmentStart + 1);
            }
            next = HttpUrls.parse(resolved);
        } catch (InvalidUrlException e) {
            return CompletableFuture.completedFuture(chain.ending(
                    new Outcome.Failure(
                            ErrorKind.INVALID_REDIRECT, "to '" + HttpUrls.redact(location) + "': " + e.getMessage()),
                    from));
        }
        if (!chain.visited.add(next)) {
            return CompletableFuture.completedFuture(chain.ending(
                    new Outcome.Failure(ErrorKind.REDIRECT_LOOP, "back to " + HttpUrls.readable(next)), from));
        }
        chain.redirected(permanent, next);
        return visit(next, RequestMethod.HEAD, chain);
    }

    /**
     * With fragment checks on, a working link's {@code #fragment} must name an {@code id} or
     * {@code <a name>} of the HTML page its redirects end at. Pages that are not HTML have no anchors to look for.
     */
    private CompletableFuture<Ending> lookForFragment(URI uri, Ending ending, Chain chain) {
        String fragment = chain.fragment;
        if (!checkFragments
                || fragment == null
                || !(ending.outcome() instanceof Outcome.Status status)
                || !classifier.isAccepted(status.code())) {
            return CompletableFuture.completedFuture(ending);
        }
        URI page = ending.redirectedTo() == null ? uri : ending.redirectedTo();
        return pageAnchors.of(page, chain.overHttps, chain).thenApply(read -> {
            Optional<Outcome.Failure> missing = read.lookFor(fragment);
            return missing.isEmpty() ? ending : new Ending(missing.get(), ending.redirectedTo());
        });
    }

    /** Where a URL led, as reports show it: an international host in Unicode, as users write it. */
    private static URI readable(URI uri) {
        return uri == null ? null : HttpUrls.readable(uri);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * What one check has been through: the URLs visited, the requests sent, the retries used and the time spent
     * waiting. Its steps run one after another, never at once, each after the previous one's completion.
     */
    private final class Chain implements RequestSender.Record {
        private final URI start;
        /** The fragment to look for in the page the chain ends at; {@code null} for none. */
        private String fragment;

        private final long startNanos = System.nanoTime();
        private final Set<URI> visited = new HashSet<>();
        /** Whether a request went over https: from then on, headers bound without a scheme stay off http. */
        private boolean overHttps;

        private int redirects;
        private boolean onlyPermanentRedirectsSoFar = true;
        private URI movedTo;
        private int retries;
        /** Whether the next request repeats the last one after a transient failure. */
        private boolean retrying;

        private long pausedNanos;
        private final List<SentRequest> requests = new ArrayList<>();

        Chain(URI start, String fragment) {
            this.start = start;
            this.fragment = fragment;
            visited.add(start);
        }

        /** Counts a redirect, and keeps where the URL moved for good while every redirect so far is permanent. */
        void redirected(boolean permanent, URI to) {
            redirects++;
            onlyPermanentRedirectsSoFar &= permanent;
            if (onlyPermanentRedirectsSoFar) {
                movedTo = to;
            }
        }

        boolean canRetry() {
            return retries < retryPolicy.retries();
        }

        /** Counts a retry and returns its number, 1 for the first. */
        int startRetry() {
            retrying = true;
            return ++retries;
        }

        /** Whether the request about to be sent is a retry; the one after it is not, unless retried again. */
        boolean takeRetry() {
            boolean retry = retrying;
            retrying = false;
            return retry;
        }

        @Override
        public void waited(long nanos) {
            pausedNanos += nanos;
        }

        @Override
        public void sent(SentRequest request) {
            requests.add(request);
        }

        int attempts() {
            return 1 + retries;
        }

        /**
         * Starts a pause, keeping its length out of the elapsed time. Timed from before it starts: the classic
         * transport waits before it returns the future, the async one after.
         */
        CompletableFuture<Void> waitFor(Supplier<CompletableFuture<Void>> pause) {
            long pauseStart = System.nanoTime();
            return pause.get().thenRun(() -> pausedNanos += System.nanoTime() - pauseStart);
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos - pausedNanos);
        }

        Ending ending(Outcome outcome, URI at) {
            return new Ending(outcome, at.equals(start) ? null : at);
        }
    }

    /** How a check ended, and where when that is not the URL it started from. */
    private record Ending(Outcome outcome, URI redirectedTo) {

        URI endedAt(URI start) {
            return redirectedTo == null ? start : redirectedTo;
        }
    }

    /** Where a chain of requests started and where it ended. */
    private record Endpoints(URI requested, URI end) {}
}
