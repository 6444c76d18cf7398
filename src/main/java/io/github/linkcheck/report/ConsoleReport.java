package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a run prints: its problems grouped by the file they stand in, a summary line, and the message of a
 * failed build. Lines come in parts, so that the caller can style them. What documents and servers chose
 * (file names, URLs, reason phrases, redirect locations) is {@linkplain UntrustedText#neutralise neutralised}
 * in every part, and always follows the plugin's own words, so that no line of the log starts with it.
 */
public final class ConsoleReport {

    /**
     * How many failing links the failure message names before it only counts the rest: every one already has its
     * line above the summary and in the reports, so the message is a reminder, not a second list.
     */
    static final int NAMED_IN_FAILURE = 5;

    /**
     * How many other places of a link its line names: a link used on hundreds of lines would make a line of
     * tens of kilobytes; the reports list every place.
     */
    static final int OTHER_PLACES_NAMED = 10;

    /** Starts every line, so that the plugin's lines can be found in a long build log. */
    public static final String PREFIX = "linkcheck: ";

    /** The group of links that stand in no file: those listed in the plugin's configuration. */
    static final String CONFIGURATION = "configuration";

    private final CheckReport report;
    private final FailurePolicy policy;

    public ConsoleReport(CheckReport report, FailurePolicy policy) {
        this.report = report;
        this.policy = policy;
    }

    /**
     * One line about one link, for example {@code linkcheck: broken: README.md:42:7: https://example.org/x ->
     * 404 Not Found (120 ms)}.
     *
     * @param severity how the line is logged
     * @param label the verdict, for example {@code broken}
     * @param place where the link stands first, neutralised
     * @param details the URL and what became of it, and any other places it stands, neutralised
     */
    public record Line(Severity severity, String label, String place, String details) {
        public String text() {
            return PREFIX + label + ": " + place + ": " + details;
        }
    }

    /**
     * The problems of one file, in the order their links stand there.
     *
     * @param source the file, or {@value #CONFIGURATION} for links listed in the configuration
     */
    public record Group(String source, List<Line> lines) {
        /**
         * For example {@code linkcheck: README.md: 2 problems}; problems are what fails or warns. Failures that
         * {@code ignores} entries excuse are counted apart: {@code README.md: 1 problem, 2 ignored}.
         */
        public String heading() {
            long ignored = lines.stream()
                    .filter(line -> line.severity() == Severity.IGNORED)
                    .count();
            long problems = lines.size() - ignored;
            StringBuilder heading = new StringBuilder(PREFIX)
                    .append(UntrustedText.neutralise(source))
                    .append(": ");
            if (problems > 0 || ignored == 0) {
                heading.append(Counts.of(problems, "problem", "problems"));
            }
            if (ignored > 0) {
                heading.append(problems > 0 ? ", " : "")
                        .append(Counts.of(ignored))
                        .append(" ignored");
            }
            return heading.toString();
        }
    }

    /**
     * A line for every URL that is broken, slow, moved, insecure or not checked, and for every one an {@code ignores} entry
     * excuses (logged as information), grouped by the file of its first place,
     * files in the order first met. Excluded links are {@linkplain #excludedSummary summed up}; skipped links
     * ({@code mailto:} and the like) are only counted.
     */
    public List<Group> problemsByFile() {
        Map<String, List<Line>> bySource = new LinkedHashMap<>();
        for (CheckResult result : report.results()) {
            Severity severity = Severity.of(result, policy);
            if (severity.isListed()) {
                bySource.computeIfAbsent(source(result), source -> new ArrayList<>())
                        .add(line(result, severity));
            }
        }
        List<Group> groups = new ArrayList<>();
        bySource.forEach((source, lines) -> groups.add(new Group(source, lines)));
        return groups;
    }

    /** The lines of the links that work, for debug output. */
    public List<Line> working() {
        return linesOf(Verdict.OK, Severity.NONE);
    }

    /** The lines of the excluded links, for debug output. */
    public List<Line> excluded() {
        return linesOf(Verdict.EXCLUDED, Severity.INFO);
    }

    private List<Line> linesOf(Verdict verdict, Severity severity) {
        return report.withVerdict(verdict).stream()
                .map(result -> line(result, severity))
                .toList();
    }

    /**
     * The excluded links in one line, counted by the pattern that left them out, for example
     * {@code linkcheck: 12 links excluded (each listed with -X): 9 left out by exclude 'linkedin\.com', 3 left out
     * by includes (none matched)}; empty when none is.
     */
    public Optional<String> excludedSummary() {
        List<CheckResult> excluded = report.withVerdict(Verdict.EXCLUDED);
        if (excluded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> byReason = excluded.stream()
                .collect(Collectors.groupingBy(
                        result -> result.outcome().describe(), LinkedHashMap::new, Collectors.counting()));
        return Optional.of(PREFIX + Counts.of(excluded.size(), "link", "links") + " excluded (each listed with -X): "
                + UntrustedText.neutralise(byReason.entrySet().stream()
                        .map(reason -> Counts.of(reason.getValue()) + " " + reason.getKey())
                        .collect(Collectors.joining(", "))));
    }

    /**
     * For example {@code linkcheck: 120 links (100 web URLs, 16 files, 4 skipped) in 1.4 s (async, concurrency 32):
     * 114 OK, 1 broken, 1 slow, 4 skipped}, or {@code linkcheck: 3 web URLs in ...} when all are of one kind.
     */
    public String summary() {
        return PREFIX + summaryText();
    }

    /** {@link #summary()} without its prefix. */
    String summaryText() {
        long cached = report.results().stream().filter(CheckResult::isCached).count();
        StringBuilder summary = new StringBuilder(linkCount())
                .append(" in ")
                .append(Durations.format(report.wallTime()))
                .append(" (")
                .append(howChecked())
                .append("): ")
                .append(Counts.of(report.count(Verdict.OK)))
                .append(" OK");
        if (cached > 0) {
            summary.append(" (").append(Counts.of(cached)).append(" cached)");
        }
        summary.append(", ").append(Counts.of(report.count(Verdict.BROKEN))).append(" broken");
        if (report.settings().slowThreshold().isPresent()) {
            summary.append(", ").append(Counts.of(report.count(Verdict.SLOW))).append(" slow");
        }
        for (Verdict verdict :
                List.of(Verdict.MOVED, Verdict.INSECURE, Verdict.EXCLUDED, Verdict.SKIPPED, Verdict.NOT_CHECKED)) {
            long count = report.count(verdict);
            if (count > 0) {
                summary.append(", ").append(Counts.of(count)).append(' ').append(verdict.label());
            }
        }
        long ignored = report.results().stream().filter(CheckResult::isIgnored).count();
        if (ignored > 0) {
            // Counted above by verdict too: an ignored link is still broken, slow or moved.
            summary.append("; ").append(Counts.of(ignored)).append(" of them ignored");
        }
        return summary.toString();
    }

    /** The mode and concurrency the web URLs were requested with, or {@code offline} when none was requested. */
    private String howChecked() {
        boolean offline = report.results().stream().anyMatch(result -> result.outcome() instanceof Outcome.Offline);
        return offline
                ? "offline"
                : report.settings().mode().userName() + ", concurrency "
                        + Counts.of(report.settings().concurrency());
    }

    /**
     * What the run's links are, in words that are true of them: {@code 3 web URLs} when all are of one kind,
     * otherwise {@code 120 links (100 web URLs, 16 files, 4 skipped)}; a link neither requested over the web nor
     * looked for on disk nor skipped (an invalid URL, a scheme that {@code unsupportedSchemes} fails) is
     * {@code other}.
     */
    private String linkCount() {
        Map<LinkKind, Long> byKind = report.results().stream()
                .collect(Collectors.groupingBy(
                        LinkKind::of, () -> new EnumMap<>(LinkKind.class), Collectors.counting()));
        List<String> kinds = byKind.entrySet().stream()
                .map(kind -> Counts.of(kind.getValue(), kind.getKey().one, kind.getKey().many))
                .toList();
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        return Counts.of(report.results().size(), "link", "links") + " (" + String.join(", ", kinds) + ")";
    }

    /** What a link is, for the summary's count. */
    private enum LinkKind {
        WEB("web URL", "web URLs"),
        FILE("file", "files"),
        SKIPPED("skipped", "skipped"),
        OTHER("other", "other");

        final String one;
        final String many;

        LinkKind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        static LinkKind of(CheckResult result) {
            if (result.verdict() == Verdict.SKIPPED) {
                return SKIPPED;
            }
            if (result.target().localFile() != null) {
                return FILE;
            }
            return HttpUrls.isHttp(result.target().url()) ? WEB : OTHER;
        }
    }

    /** The URLs that fail the build. */
    public List<CheckResult> failing() {
        return report.results().stream().filter(policy::fails).toList();
    }

    /**
     * The message of a failed build: how many links fail it and why, the first {@value #NAMED_IN_FAILURE} of
     * them, and where the reports are. Each failing link has its line above the summary already.
     *
     * @param reports the folder of the report files
     */
    public String failureMessage(Path reports) {
        List<CheckResult> failing = failing();
        List<String> counts = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.BROKEN, Verdict.SLOW, Verdict.MOVED, Verdict.INSECURE)) {
            long count = failing.stream()
                    .filter(result -> result.verdict() == verdict)
                    .count();
            if (count > 0) {
                counts.add(Counts.of(count) + " " + verdict.label());
            }
        }
        StringBuilder message = new StringBuilder(PREFIX)
                .append(Counts.of(failing.size(), "link fails", "links fail"))
                .append(" the build (")
                .append(String.join(", ", counts))
                .append("):");
        failing.stream().limit(NAMED_IN_FAILURE).forEach(result -> {
            Line line = line(result, Severity.ERROR);
            message.append("\n  ")
                    .append(line.label())
                    .append(": ")
                    .append(line.place())
                    .append(": ")
                    .append(line.details());
        });
        if (failing.size() > NAMED_IN_FAILURE) {
            message.append("\n  ... and ")
                    .append(Counts.of(failing.size() - NAMED_IN_FAILURE))
                    .append(" more, each on its line above");
        }
        return message.append("\n  reports in ")
                .append(UntrustedText.neutralise(reports.toString()))
                .toString();
    }

    /** The file of a link's first place, or {@value #CONFIGURATION}. */
    static String source(CheckResult result) {
        return result.target().origins().get(0).inFile().orElse(CONFIGURATION);
    }

    Line line(CheckResult result, Severity severity) {
        List<Origin> origins = result.target().origins();
        StringBuilder details = new StringBuilder(report.describe(result));
        if (origins.size() > 1) {
            List<Origin> others = origins.subList(1, origins.size());
            details.append(" (also at ")
                    .append(others.stream()
                            .limit(OTHER_PLACES_NAMED)
                            .map(Origin::describe)
                            .collect(Collectors.joining(", ")));
            if (others.size() > OTHER_PLACES_NAMED) {
                details.append(" and ")
                        .append(Counts.of(others.size() - OTHER_PLACES_NAMED))
                        .append(" more places");
            }
            details.append(')');
        }
        return new Line(
                severity,
                result.verdict().label(),
                UntrustedText.neutralise(origins.get(0).describe()),
                UntrustedText.neutralise(details.toString()));
    }
}
