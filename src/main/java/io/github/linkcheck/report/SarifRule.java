package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.ProductInfo;

import java.util.Optional;

/**
 * The kinds of problem {@code linkcheck.sarif} reports, one SARIF rule each, so that a viewer can group, filter
 * and explain them. A rule's {@link #id} is what code scanning tracks alerts by: never rename one. A new kind of
 * problem is a constant here and a case of {@link #of}; rules are written in this order, so add new ones at the
 * end to keep the indexes of the others.
 */
public enum SarifRule {
    BROKEN(
            "broken",
            "BrokenLink",
            "Broken link",
            "The link leads nowhere: the server answered with a status that is not accepted, the request failed"
                    + " (unknown host, connection refused, timeout, TLS failure, too many redirects), or the local"
                    + " file or #fragment does not exist.",
            "Fix the link or remove it. When the page works in a browser, the server may turn away automated"
                    + " requests or limit their rate: see the troubleshooting guide. A link that is known to be"
                    + " broken for a while can be given an ignores entry with a reason and an until date.",
            "docs/troubleshooting.md",
            "error"),
    SLOW(
            "slow",
            "SlowLink",
            "Slow link",
            "The link works, but its server answered more slowly than slowThreshold.",
            "Check whether the server is often this slow; link to a faster copy, or raise slowThreshold.",
            "docs/configuration.md#slowthreshold-no-default-off",
            "warning"),
    MOVED(
            "moved",
            "MovedLink",
            "Moved link",
            "The link works through a permanent redirect (301 or 308): its target has moved for good.",
            "Replace the link with the address the message names, where the target now is.",
            "docs/configuration.md#failonpermanentredirect-default-false",
            "warning"),
    NOT_CHECKED(
            "not-checked",
            "LinkNotChecked",
            "Link not checked",
            "The link was not checked to the end before maxTotalTime ran out: whether it works is not known.",
            "Raise maxTotalTime, or give slow servers a shorter timeout, so that every link is checked.",
            "docs/configuration.md#maxtotaltime-no-default-off",
            "warning"),
    IGNORED_EXPIRED(
            "ignored-expired",
            "ExpiredIgnoresEntry",
            "Known-broken link whose ignores entry expired",
            "The link fails, and the ignores entry that excused it has passed its until date: it counts again.",
            "Fix the link, or, when it is still known to be broken for a reason that will pass, give its ignores"
                    + " entry a later until date.",
            "docs/configuration.md#ignores-and-ignorefile-default-linkcheckignore-when-there-is-one",
            "error"),
    INSECURE(
            "insecure",
            "InsecureLink",
            "Link that should use https",
            "The link is written with http and works, and its https form works too and leads to the same address:"
                    + " readers are sent over an unencrypted connection for nothing.",
            "Write the https form the message names; linkcheck:fix with checkHttps does it.",
            "docs/configuration.md#checkhttps-and-failoninsecure-default-false",
            "warning");

    private final String id;
    private final String ruleName;
    private final String shortDescription;
    private final String fullDescription;
    private final String help;
    private final String helpPage;
    private final String defaultLevel;

    SarifRule(
            String id,
            String ruleName,
            String shortDescription,
            String fullDescription,
            String help,
            String helpPage,
            String defaultLevel) {
        this.id = id;
        this.ruleName = ruleName;
        this.shortDescription = shortDescription;
        this.fullDescription = fullDescription;
        this.help = help;
        this.helpPage = helpPage;
        this.defaultLevel = defaultLevel;
    }

    /**
     * The rule a result is reported under: a failure whose ignores entry expired has its own, so that teams see
     * the entries they forgot; none for verdicts that are never a problem.
     */
    public static Optional<SarifRule> of(CheckResult result) {
        if (result.expiredIgnore().isPresent()) {
            return Optional.of(IGNORED_EXPIRED);
        }
        return switch (result.verdict()) {
            case BROKEN -> Optional.of(BROKEN);
            case SLOW -> Optional.of(SLOW);
            case MOVED -> Optional.of(MOVED);
            case NOT_CHECKED -> Optional.of(NOT_CHECKED);
            case INSECURE -> Optional.of(INSECURE);
            case OK, EXCLUDED, SKIPPED -> Optional.empty();
        };
    }

    /** For example {@code broken}: stable, what viewers key alerts by. */
    public String id() {
        return id;
    }

    /** For example {@code BrokenLink}, SARIF's readable name of a rule. */
    public String ruleName() {
        return ruleName;
    }

    public String shortDescription() {
        return shortDescription;
    }

    public String fullDescription() {
        return fullDescription;
    }

    public String help() {
        return help;
    }

    /** The page of the project's documentation that helps with the problem. */
    public String helpUri() {
        return ProductInfo.HOME + "/blob/main/" + helpPage;
    }

    /** The level of a result when the build's policy does not make it another: {@code error} or {@code warning}. */
    public String defaultLevel() {
        return defaultLevel;
    }
}
