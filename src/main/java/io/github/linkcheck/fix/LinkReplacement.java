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
            false,
            result -> result.verdict() == Verdict.MOVED && result.movedTo() != null
                    ? Optional.of(result.movedTo().toString())
                    : Optional.empty()),

    /** A broken link with a web archive's copy, to the copy. */
    ARCHIVED(
            "broken link",
            false,
            result -> result.verdict() == Verdict.BROKEN && result.archived() != null
                    ? Optional.of(result.archived().url())
                    : Optional.empty()),

    /**
     * An insecure link, to its https form. A link is insecure only when it worked and was not moved, so a moved
     * link is always rewritten to where it moved, never merely to https.
     */
    HTTPS("insecure link", true, CheckResult::httpsUrl);

    private final String noun;
    private final boolean fromUrlAsWritten;
    private final Function<CheckResult, Optional<String>> target;

    LinkReplacement(String noun, boolean fromUrlAsWritten, Function<CheckResult, Optional<String>> target) {
        this.noun = noun;
        this.fromUrlAsWritten = fromUrlAsWritten;
        this.target = target;
    }

    /**
     * Whether the new URL is made from the URL as written, so that it is as right for a remapped link as for any:
     * the https form of the link is requested through the remaps. A new URL from where the remapped address led is
     * no place for the URL as written.
     */
    boolean fromUrlAsWritten() {
        return fromUrlAsWritten;
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
