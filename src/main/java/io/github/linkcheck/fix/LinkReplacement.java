package io.github.linkcheck.fix;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Verdict;

import java.util.Optional;
import java.util.function.Function;

/** A kind of fix: which links it rewrites, and to what, from what their check found. */
public enum LinkReplacement {

    /** A moved link, to where it moved. */
    MOVED(
            "moved link",
            result -> result.verdict() == Verdict.MOVED && result.movedTo() != null
                    ? Optional.of(result.movedTo().toString())
                    : Optional.empty()),

    /** A broken link with a web archive's copy, to the copy. */
    ARCHIVED(
            "broken link",
            result -> result.verdict() == Verdict.BROKEN && result.archived() != null
                    ? Optional.of(result.archived().url())
                    : Optional.empty());

    private final String noun;
    private final Function<CheckResult, Optional<String>> target;

    LinkReplacement(String noun, Function<CheckResult, Optional<String>> target) {
        this.noun = noun;
        this.target = target;
    }

    /** What the links this kind rewrites are called in a count: {@code moved link}. */
    String noun() {
        return noun;
    }

    /**
     * The URL to write instead of the result's, with the link's {@code #fragment}, which a redirect keeps (RFC
     * 9110, 10.2.2) and an archived page still has; empty when this kind does not rewrite the link.
     */
    Optional<String> newUrl(CheckResult result) {
        return target.apply(result)
                .map(url -> HttpUrls.keepingFragment(url, result.target().url()));
    }
}
