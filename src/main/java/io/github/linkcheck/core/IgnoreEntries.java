package io.github.linkcheck.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The known-broken links of a run ({@code ignores} and the {@code ignoreFile}), judged on the day its clock
 * gives, in UTC. They are applied to results already checked, never to what is cached or shared between the
 * modules of a build, so that an entry added or expiring takes effect at once.
 */
public final class IgnoreEntries {

    /**
     * The verdicts an entry applies to: the failures of a link. A link not checked in time, left out or skipped
     * says nothing about the link, so it neither uses an entry nor shows it to be no longer needed.
     */
    private static final List<Verdict> FAILURES =
            List.of(Verdict.BROKEN, Verdict.SLOW, Verdict.MOVED, Verdict.INSECURE);

    /** How many URLs the line about an entry no longer needed names. */
    static final int URLS_NAMED = 3;

    private static final IgnoreEntries NONE = new IgnoreEntries(List.of(), Clock.systemUTC());

    private final List<IgnoreEntry> entries;
    private final Clock clock;

    private IgnoreEntries(List<IgnoreEntry> entries, Clock clock) {
        this.entries = List.copyOf(entries);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static IgnoreEntries none() {
        return NONE;
    }

    /** @param clock what today is, in UTC; tests set their own */
    public static IgnoreEntries of(List<IgnoreEntry> entries, Clock clock) {
        return entries.isEmpty() ? NONE : new IgnoreEntries(entries, clock);
    }

    public List<IgnoreEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Today in UTC, by the clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The entry that applies to a URL: the first one that matches and holds today, or else the first expired one
     * that matches; empty when none matches.
     */
    public Optional<IgnoreMatch> matching(String url) {
        LocalDate today = today();
        IgnoreMatch expired = null;
        for (IgnoreEntry entry : entries) {
            if (!entry.matches(url)) {
                continue;
            }
            if (!entry.isExpiredOn(today)) {
                return Optional.of(new IgnoreMatch(entry, false));
            }
            if (expired == null) {
                expired = new IgnoreMatch(entry, true);
            }
        }
        return Optional.ofNullable(expired);
    }

    /**
     * A report with the entries applied, and what to tell about them.
     *
     * @param report every failure an entry matches carries it ({@link CheckResult#ignore()})
     * @param notices the entries whose every matched link works again, each no longer needed; neutralised
     * @param warnings the entries expired today, each once, whether or not a link used it; neutralised
     */
    public record Applied(CheckReport report, List<String> notices, List<String> warnings) {}

    /** Marks the failures an entry matches, and finds the entries expired or no longer needed. */
    public Applied apply(CheckReport report) {
        if (entries.isEmpty()) {
            return new Applied(report, List.of(), List.of());
        }
        List<CheckResult> results = new ArrayList<>();
        Map<IgnoreEntry, List<String>> working = new LinkedHashMap<>();
        List<IgnoreEntry> stillNeeded = new ArrayList<>();
        for (CheckResult result : report.results()) {
            Optional<IgnoreMatch> match = matching(result.target().url());
            if (match.isPresent() && FAILURES.contains(result.verdict())) {
                results.add(result.withIgnore(match.get()));
                stillNeeded.add(match.get().entry());
            } else {
                results.add(result);
                if (match.isPresent() && result.verdict() == Verdict.OK) {
                    working.computeIfAbsent(match.get().entry(), entry -> new ArrayList<>())
                            .add(HttpUrls.redact(result.target().url()));
                }
            }
        }
        List<String> notices = new ArrayList<>();
        working.forEach((entry, urls) -> {
            if (!stillNeeded.contains(entry)) {
                notices.add(UntrustedText.neutralise(noLongerNeeded(entry, urls)));
            }
        });
        LocalDate today = today();
        List<String> warnings = entries.stream()
                .filter(entry -> entry.isExpiredOn(today))
                .map(entry -> UntrustedText.neutralise("ignores entry " + entry.describe() + " expired after "
                        + entry.until().orElseThrow()
                        + ": the links it matches count again; remove it, or give it a later until"))
                .toList();
        return new Applied(new CheckReport(report.settings(), results, report.wallTime()), notices, warnings);
    }

    private static String noLongerNeeded(IgnoreEntry entry, List<String> urls) {
        String named = urls.stream().limit(URLS_NAMED).collect(Collectors.joining(", "));
        if (urls.size() > URLS_NAMED) {
            named += " and " + (urls.size() - URLS_NAMED) + " more";
        }
        return "ignores entry " + entry.describe() + " is no longer needed: "
                + (urls.size() == 1 ? "its link works again: " : "its links work again: ") + named;
    }
}
