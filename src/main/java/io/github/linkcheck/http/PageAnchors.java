package io.github.linkcheck.http;

import io.github.linkcheck.core.Classifier;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.sources.Anchors;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The anchors of the web pages that links with a {@code #fragment} point to, each page downloaded once
 * per run however many links point into it.
 */
final class PageAnchors {

    /** The most of a page read for its anchors: enough for all but the largest single-page specifications. */
    static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private final RequestSender sender;
    private final Classifier classifier;
    private final ExchangeFailures failures;
    private final Map<PageRequest, CompletableFuture<Page>> pages = new ConcurrentHashMap<>();

    PageAnchors(RequestSender sender, Classifier classifier, ExchangeFailures failures) {
        this.sender = sender;
        this.classifier = classifier;
        this.failures = failures;
    }

    /**
     * The page at a URI without fragment, read at its first request and shared by every later one.
     *
     * @param afterHttps whether the redirect chain that led to the page went over https: the page is read with
     *     the headers its chain would send, so it is read apart for each
     * @param record where the request is recorded when this call is the one that reads the page
     */
    CompletableFuture<Page> of(URI page, boolean afterHttps, RequestSender.Record record) {
        CompletableFuture<Page> fresh = new CompletableFuture<>();
        CompletableFuture<Page> known = pages.putIfAbsent(new PageRequest(page, afterHttps), fresh);
        if (known != null) {
            return known;
        }
        // Read outside the map's lock: a blocking transport answers within this call.
        read(page, afterHttps, record).whenComplete((read, bug) -> {
            if (bug == null) {
                fresh.complete(read);
            } else {
                fresh.complete(new Page(null, false, failures.describe(bug, page)));
            }
        });
        return fresh;
    }

    private CompletableFuture<Page> read(URI page, boolean afterHttps, RequestSender.Record record) {
        return sender.send(RequestMethod.GET, page, afterHttps, MAX_PAGE_BYTES, false, record)
                .handle((read, failure) -> {
                    if (failure != null) {
                        return new Page(null, false, failures.describe(failure, page));
                    }
                    ResponseHead head = read.head();
                    if (!classifier.isAccepted(head.status())) {
                        return new Page(null, false, new Outcome.Status(head.status(), head.reason()));
                    }
                    return head.isHtml()
                            ? new Page(Anchors.ofHtml(read.body()), !read.bodyComplete(), null)
                            : new Page(null, false, null);
                });
    }

    private record PageRequest(URI page, boolean afterHttps) {}

    /**
     * What a page offers to fragments.
     *
     * @param anchors its anchors; {@code null} when it is not HTML or could not be read
     * @param truncated whether only the first {@link #MAX_PAGE_BYTES} were read
     * @param unreadable why the page could not be read; {@code null} when it was
     */
    record Page(Anchors anchors, boolean truncated, Outcome unreadable) {

        /** Why a fragment is not found here; empty when it is, or when the page is not HTML. */
        Optional<Outcome.Failure> lookFor(String fragment) {
            if (unreadable != null) {
                return Optional.of(new Outcome.Failure(
                        ErrorKind.FRAGMENT_NOT_FOUND,
                        "#" + fragment + " cannot be looked for: a GET of the page ended in " + unreadable.describe()));
            }
            if (anchors == null || anchors.contains(fragment)) {
                return Optional.empty();
            }
            String searched = truncated ? " in the first " + (MAX_PAGE_BYTES / (1024 * 1024)) + " MB of the page" : "";
            return Optional.of(
                    new Outcome.Failure(ErrorKind.FRAGMENT_NOT_FOUND, "no id or name #" + fragment + searched));
        }
    }
}
