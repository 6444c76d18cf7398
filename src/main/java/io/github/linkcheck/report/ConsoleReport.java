package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run prints: its problems grouped by the file they stand in, a summary line, and the message of a
 * failed build. Lines come in parts, so that the caller can style them. What documents and servers chose
 * (file names, URLs, reason phrases, redirect locations) is {@linkplain UntrustedText#neutralise neutralised}
 * in every part, and always follows the plugin's own words, so that no line of the log starts with it.
 */
public final class ConsoleReport {

    /** How many URLs the failure message names before it only counts the rest. */
    public static final int NAMED_IN_FAILURE = 20;

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
        /** For example {@code linkcheck: README.md: 2 problems, 1 excluded}; problems are what fails or warns. */
        public String heading() {
            long problems = lines.stream().filter(line -> line.severity().isProblem()).count();
            long excluded = lines.size() - problems;
            StringBuilder heading = new StringBuilder(PREFIX).append(UntrustedText.neutralise(source)).append(": ")
                    .append(problems).append(problems == 1 ? " problem" : " problems");
            if (excluded > 0) {
                heading.append(", ").append(excluded).append(" excluded");
            }
            return heading.toString();
        }
    }

    /**
     * A line for every URL that is broken, slow, moved, excluded or not checked, grouped by the file of its
     * first place, files in the order first met. Skipped links ({@code mailto:} and the like) are only counted.
     */
    public List<Group> problemsByFile() {
        Map<String, List<Line>> bySource = new LinkedHashMap<>();
        for (CheckResult result : report.results()) {
            Severity severity = Severity.of(result, policy);
            if (severity != Severity.NONE) {
                bySource.computeIfAbsent(source(result), source -> new ArrayList<>()).add(line(result, severity));
            }
        }
        List<Group> groups = new ArrayList<>();
        bySource.forEach((source, lines) -> groups.add(new Group(source, lines)));
        return groups;
    }

    /** The lines of the links that work, for debug output. */
    public List<Line> working() {
        return report.results().stream()
                .filter(result -> result.verdict() == Verdict.OK)
                .map(result -> line(result, Severity.NONE))
                .toList();
    }

    /** For example {@code linkcheck: 120 URLs in 1.4 s (async, concurrency 32): 117 OK, 2 broken, 1 slow}. */
    public String summary() {
        return PREFIX + summaryText();
    }

    /** {@link #summary()} without its prefix. */
    String summaryText() {
        long cached = report.results().stream().filter(CheckResult::isCached).count();
        StringBuilder summary = new StringBuilder()
                .append(report.results().size()).append(report.results().size() == 1 ? " URL" : " URLs")
                .append(" in ").append(Durations.format(report.wallTime()))
                .append(" (").append(report.settings().mode().userName())
                .append(", concurrency ").append(report.settings().concurrency()).append("): ")
                .append(report.count(Verdict.OK)).append(" OK");
        if (cached > 0) {
            summary.append(" (").append(cached).append(" cached)");
        }
        summary.append(", ").append(report.count(Verdict.BROKEN)).append(" broken");
        if (report.settings().slowThreshold().isPresent()) {
            summary.append(", ").append(report.count(Verdict.SLOW)).append(" slow");
        }
        for (Verdict verdict : List.of(Verdict.MOVED, Verdict.EXCLUDED, Verdict.SKIPPED, Verdict.NOT_CHECKED)) {
            long count = report.count(verdict);
            if (count > 0) {
                summary.append(", ").append(count).append(' ').append(verdict.label());
            }
        }
        return summary.toString();
    }

    /** The URLs that fail the build. */
    public List<CheckResult> failing() {
        return report.results().stream().filter(policy::fails).toList();
    }

    /** The message of a failed build: the failing URLs, the first {@value #NAMED_IN_FAILURE} of them by name. */
    public String failureMessage() {
        List<CheckResult> failing = failing();
        List<String> counts = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.BROKEN, Verdict.SLOW, Verdict.MOVED)) {
            long count = failing.stream().filter(result -> result.verdict() == verdict).count();
            if (count > 0) {
                counts.add(count + " " + verdict.label() + (count == 1 ? " URL" : " URLs"));
            }
        }
        StringBuilder message = new StringBuilder(PREFIX).append(String.join(" and ", counts)).append(':');
        failing.stream().limit(NAMED_IN_FAILURE).forEach(result -> {
            Line line = line(result, Severity.ERROR);
            message.append("\n  ").append(line.label()).append(": ").append(line.place()).append(": ").append(line.details());
        });
        if (failing.size() > NAMED_IN_FAILURE) {
            message.append("\n  ... and ").append(failing.size() - NAMED_IN_FAILURE).append(" more");
        }
        return message.toString();
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
                    .append(others.stream().limit(OTHER_PLACES_NAMED).map(Origin::describe).collect(Collectors.joining(", ")));
            if (others.size() > OTHER_PLACES_NAMED) {
                details.append(" and ").append(others.size() - OTHER_PLACES_NAMED).append(" more places");
            }
            details.append(')');
        }
        return new Line(severity, result.verdict().label(), UntrustedText.neutralise(origins.get(0).describe()),
                UntrustedText.neutralise(details.toString()));
    }
}
