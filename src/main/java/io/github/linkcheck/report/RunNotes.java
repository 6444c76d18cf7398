package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.InvalidUrlException;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.ProductInfo;
import io.github.linkcheck.core.Verdict;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lines a run ends with, after its summary, each one line and at most once: how many web links an offline run
 * did not request, and hints where users get stuck (a machine with no network, hosts that refuse robots). Each is
 * said only when the results show it, so that a run that went as expected ends with its summary.
 */
public final class RunNotes {

    /**
     * The fewest requested web URLs that must all have failed with {@code unknown host} before the network, rather
     * than the links, is suspected: one or two unknown hosts are most often typos or domains that lapsed.
     */
    static final int UNREACHABLE_AT_LEAST = 3;

    /**
     * Hosts known to refuse requests that do not come from a browser, or to throttle them, and their subdomains:
     * their answers say more about robots than about the link. Kept short, to the ones users meet most;
     * docs/troubleshooting.md names them.
     */
    static final List<String> ROBOT_SHY_HOSTS = List.of(
            "github.com", "linkedin.com", "twitter.com", "x.com", "medium.com", "stackoverflow.com", "npmjs.com");

    /** Forbidden, too many requests, and LinkedIn's own 999 for clients it takes for robots. */
    static final Set<Integer> ROBOT_REFUSALS = Set.of(403, 429, 999);

    /** Where the hints send users: the troubleshooting guide's section on robots and throttling. */
    static final String ROBOTS_SECTION = ProductInfo.HOME + "/blob/main/docs/troubleshooting.md"
            + "#a-site-answers-403-429-or-999-to-the-plugin-but-works-in-a-browser";

    private final CheckReport report;

    public RunNotes(CheckReport report) {
        this.report = report;
    }

    /** Every note, each a line of its own starting with {@link ConsoleReport#PREFIX}; the methods below without it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        offline().ifPresent(lines::add);
        unreachableNetwork().ifPresent(lines::add);
        refusedRobots().ifPresent(lines::add);
        return lines.stream().map(line -> ConsoleReport.PREFIX + line).toList();
    }

    /** For example {@code 1,234 web links not checked (offline)}; empty when none went unrequested. */
    public Optional<String> offline() {
        long offline = report.results().stream()
                .filter(result -> result.outcome() instanceof Outcome.Offline)
                .count();
        return offline == 0
                ? Optional.empty()
                : Optional.of(Counts.of(offline, "web link", "web links") + " not checked (offline)");
    }

    /**
     * When every web URL this run requested, at least {@value #UNREACHABLE_AT_LEAST}, failed with
     * {@code unknown host}: the machine most likely has no network or no name resolution, not that many broken
     * links.
     */
    Optional<String> unreachableNetwork() {
        List<CheckResult> requested =
                report.results().stream().filter(CheckResult::wasRequested).toList();
        boolean allUnknown = requested.size() >= UNREACHABLE_AT_LEAST
                && requested.stream()
                        .allMatch(result -> result.outcome() instanceof Outcome.Failure failure
                                && failure.kind() == ErrorKind.UNKNOWN_HOST);
        if (!allUnknown) {
            return Optional.empty();
        }
        return Optional.of("hint: all " + Counts.of(requested.size())
                + " web URLs requested failed with unknown host: the network looks unreachable from here."
                + " Behind a proxy, declare it in Maven's settings.xml; to check only what needs no network (local"
                + " links and their fragments), run Maven offline (mvn -o) or set -Dlinkcheck.offline=true");
    }

    /**
     * When hosts known for bot protection or rate limits answered 403, 429 or 999 and the link is broken for it:
     * points at the troubleshooting section on such hosts, naming them.
     */
    Optional<String> refusedRobots() {
        Set<String> hosts = new LinkedHashSet<>();
        long refused = 0;
        for (CheckResult result : report.withVerdict(Verdict.BROKEN)) {
            if (!(result.outcome() instanceof Outcome.Status status) || !ROBOT_REFUSALS.contains(status.code())) {
                continue;
            }
            Optional<String> known = robotShyHost(answeringHost(result));
            if (known.isPresent()) {
                hosts.add(known.get());
                refused++;
            }
        }
        if (refused == 0) {
            return Optional.empty();
        }
        return Optional.of("hint: " + Counts.of(refused, "link", "links")
                + " answered 403, 429 or 999 from hosts known to refuse or throttle robots (" + String.join(", ", hosts)
                + "); what to do about it: " + ROBOTS_SECTION);
    }

    /** The host the final status came from: where the redirects ended, or the link's own. */
    private static String answeringHost(CheckResult result) {
        URI answered = result.redirectedTo().orElse(null);
        if (answered == null) {
            try {
                answered = HttpUrls.parse(result.target().checkedUrl());
            } catch (InvalidUrlException e) {
                return "";
            }
        }
        return answered.getHost() == null ? "" : answered.getHost().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> robotShyHost(String host) {
        return ROBOT_SHY_HOSTS.stream()
                .filter(known -> host.equals(known) || host.endsWith("." + known))
                .findFirst();
    }
}
