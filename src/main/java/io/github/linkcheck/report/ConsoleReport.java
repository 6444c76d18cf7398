package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a run prints: a line per problem, a summary line, and the message of a failed build. */
public final class ConsoleReport {

    /** How many URLs the failure message names before it only counts the rest. */
    public static final int NAMED_IN_FAILURE = 20;

    private static final String PREFIX = "linkcheck: ";

    private final CheckReport report;
    private final FailurePolicy policy;

    public ConsoleReport(CheckReport report, FailurePolicy policy) {
        this.report = report;
        this.policy = policy;
    }

    /** How serious a line is: errors fail the build, warnings do not, information only informs. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    /** One line of output and its severity. */
    public record Line(Severity severity, String text) {}

    /**
     * A line for every URL that is broken, slow, moved, excluded or not checked, in the order given.
     * Skipped links ({@code mailto:} and the like) are only counted.
     */
    public List<Line> problems() {
        List<Line> lines = new ArrayList<>();
        for (CheckResult result : report.results()) {
            if (result.verdict() != Verdict.OK && result.verdict() != Verdict.SKIPPED) {
                lines.add(new Line(severity(result), PREFIX + describe(result)));
            }
        }
        return lines;
    }

    private Severity severity(CheckResult result) {
        if (policy.fails(result)) {
            return Severity.ERROR;
        }
        return result.verdict() == Verdict.EXCLUDED ? Severity.INFO : Severity.WARNING;
    }

    /** For example {@code linkcheck: 120 URLs in 1.4 s (async, concurrency 32): 117 OK, 2 broken, 1 slow}. */
    public String summary() {
        StringBuilder summary = new StringBuilder(PREFIX)
                .append(report.results().size()).append(report.results().size() == 1 ? " URL" : " URLs")
                .append(" in ").append(Durations.format(report.wallTime()))
                .append(" (").append(report.settings().mode().userName())
                .append(", concurrency ").append(report.settings().concurrency()).append("): ")
                .append(report.count(Verdict.OK)).append(" OK, ")
                .append(report.count(Verdict.BROKEN)).append(" broken");
        if (report.settings().slowThreshold().isPresent()) {
            summary.append(", ").append(report.count(Verdict.SLOW)).append(" slow");
        }
        appendCountIfAny(summary, Verdict.MOVED, "moved");
        appendCountIfAny(summary, Verdict.EXCLUDED, "excluded");
        appendCountIfAny(summary, Verdict.SKIPPED, "skipped");
        appendCountIfAny(summary, Verdict.NOT_CHECKED, "not checked");
        return summary.toString();
    }

    private void appendCountIfAny(StringBuilder summary, Verdict verdict, String label) {
        long count = report.count(verdict);
        if (count > 0) {
            summary.append(", ").append(count).append(' ').append(label);
        }
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
                counts.add(count + " " + label(verdict) + (count == 1 ? " URL" : " URLs"));
            }
        }
        StringBuilder message = new StringBuilder(PREFIX).append(String.join(" and ", counts)).append(':');
        failing.stream().limit(NAMED_IN_FAILURE).forEach(result -> message.append("\n  ").append(describe(result)));
        if (failing.size() > NAMED_IN_FAILURE) {
            message.append("\n  ... and ").append(failing.size() - NAMED_IN_FAILURE).append(" more");
        }
        return message.toString();
    }

    /** For example {@code broken: README.md:42:7: https://example.org/x -> 404 Not Found (120 ms)}. */
    private String describe(CheckResult result) {
        List<Origin> origins = result.target().origins();
        StringBuilder line = new StringBuilder(label(result.verdict())).append(": ")
                .append(origins.get(0).describe()).append(": ").append(result.describe());
        if (result.verdict() == Verdict.SLOW) {
            line.append(", slower than ").append(Durations.format(report.settings().slowThreshold().orElseThrow()));
        }
        if (origins.size() > 1) {
            line.append(" (also at ").append(origins.subList(1, origins.size()).stream().map(Origin::describe).collect(Collectors.joining(", "))).append(')');
        }
        return line.toString();
    }

    private static String label(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
