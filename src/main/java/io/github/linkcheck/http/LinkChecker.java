package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.Classifier;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.InvalidUrlException;
import io.github.linkcheck.core.LinkFilter;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import org.apache.hc.client5.http.utils.URIUtils;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Checks one URL: HEAD first and GET where HEAD is refused, redirects followed by hand. The one
 * implementation of a check that every mode runs; a mode only decides on which thread the steps run.
 */
final class LinkChecker {

    private final Transport transport;
    private final Classifier classifier;
    private final ExchangeFailures failures;
    private final int maxRedirects;
    private final LinkFilter linkFilter;

    LinkChecker(Transport transport, CheckSettings settings) {
        this.transport = transport;
        this.classifier = new Classifier(settings);
        this.failures = new ExchangeFailures(settings.timeout());
        this.maxRedirects = settings.maxRedirects();
        this.linkFilter = settings.linkFilter();
    }

    /** Never completes exceptionally: every failure becomes a broken result. */
    CompletableFuture<CheckResult> check(LinkTarget target) {
        if (!linkFilter.isChecked(target.url())) {
            return CompletableFuture.completedFuture(new CheckResult(target, Verdict.EXCLUDED,
                    new Outcome.NotRequested("excluded by includes/excludes"), Duration.ZERO, null));
        }
        long start = System.nanoTime();
        URI uri;
        try {
            uri = HttpUrls.parse(target.url());
        } catch (InvalidUrlException e) {
            Outcome invalid = new Outcome.Failure(ErrorKind.INVALID_URL, e.getMessage());
            return CompletableFuture.completedFuture(result(target, new Ending(invalid, null), start));
        }
        return visit(uri, RequestMethod.HEAD, new Chain(uri))
                .exceptionally(bug -> new Ending(failures.describe(bug, uri), null))
                .thenApply(ending -> result(target, ending, start));
    }

    private CheckResult result(LinkTarget target, Ending ending, long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new CheckResult(target, classifier.classify(ending.outcome(), elapsed), ending.outcome(), elapsed,
                ending.redirectedTo());
    }

    private CompletableFuture<Ending> visit(URI uri, RequestMethod method, Chain chain) {
        CompletableFuture<ResponseHead> response;
        try {
            response = transport.exchange(method, uri);
        } catch (RuntimeException rejected) {
            // HttpClient refuses some URIs that java.net.URI accepts; that is this URL's failure, not the run's.
            response = CompletableFuture.failedFuture(rejected);
        }
        return response
                .handle((head, failure) -> failure == null
                        ? afterResponse(uri, method, head, chain)
                        : afterFailure(uri, method, failure, chain))
                .thenCompose(Function.identity());
    }

    private CompletableFuture<Ending> afterFailure(URI uri, RequestMethod method, Throwable failure, Chain chain) {
        Outcome.Failure described = failures.describe(failure, uri);
        if (method == RequestMethod.HEAD && ExchangeFailures.mayBeHeadSpecific(described)) {
            return visit(uri, RequestMethod.GET, chain);
        }
        return chain.end(described, uri);
    }

    private CompletableFuture<Ending> afterResponse(URI uri, RequestMethod method, ResponseHead head, Chain chain) {
        if (isRedirect(head.status()) && head.location() != null) {
            return follow(uri, head.location(), chain);
        }
        if (method == RequestMethod.HEAD && !classifier.isAccepted(head.status())) {
            // Many servers answer HEAD with 405, 501, 404 or 403 where GET works: only GET is judged.
            return visit(uri, RequestMethod.GET, chain);
        }
        return chain.end(new Outcome.Status(head.status(), head.reason()), uri);
    }

    private CompletableFuture<Ending> follow(URI from, String location, Chain chain) {
        if (chain.redirects == maxRedirects) {
            return chain.end(new Outcome.Failure(ErrorKind.TOO_MANY_REDIRECTS, "more than " + maxRedirects), from);
        }
        URI next;
        try {
            next = HttpUrls.parse(URIUtils.resolve(from, new URI(location)).toString());
        } catch (URISyntaxException | IllegalArgumentException | InvalidUrlException e) {
            String reason = e instanceof InvalidUrlException ? e.getMessage() : "not a valid URL";
            return chain.end(new Outcome.Failure(ErrorKind.INVALID_REDIRECT, "to '" + location + "': " + reason), from);
        }
        if (!chain.visited.add(next)) {
            return chain.end(new Outcome.Failure(ErrorKind.REDIRECT_LOOP, "back to " + next), from);
        }
        chain.redirects++;
        return visit(next, RequestMethod.HEAD, chain);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The URLs one check has passed through. Its steps run one after another, never at once. */
    private static final class Chain {
        private final URI start;
        private final Set<URI> visited = new HashSet<>();
        private int redirects;

        Chain(URI start) {
            this.start = start;
            visited.add(start);
        }

        CompletableFuture<Ending> end(Outcome outcome, URI at) {
            return CompletableFuture.completedFuture(new Ending(outcome, at.equals(start) ? null : at));
        }
    }

    /** How a check ended, and where when that is not the URL it started from. */
    private record Ending(Outcome outcome, URI redirectedTo) {}
}
