package io.github.linkcheck.compare;

import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.JsonFiles;
import io.github.linkcheck.report.JsonReport;
import io.github.linkcheck.report.MarkdownText;
import io.github.linkcheck.report.ReportFiles;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The comparison of the modes as a console table, {@code compare.md} and {@code compare.json}. */
public final class CompareReport {

    public static final String JSON = "compare.json";
    public static final String MARKDOWN = "compare.md";

    private static final List<String> HEADERS = List.of(
            "mode",
            "round",
            "wall time",
            "URLs/s",
            "p50",
            "p95",
            "max",
            "peak threads",
            "allocated",
            "peak heap",
            "OK",
            "broken",
            "other");

    private final ModeComparison.Result result;
    private final int links;
    private final int concurrency;

    /**
     * @param links how many links each run checked
     * @param concurrency the concurrency every run had
     */
    public CompareReport(ModeComparison.Result result, int links, int concurrency) {
        this.result = result;
        this.links = links;
        this.concurrency = concurrency;
    }

    /** The table with aligned columns, then the fastest mode and the flaky links, a line each. */
    public List<String> consoleLines() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        result.runs().forEach(run -> rows.add(cells(run)));
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("linkcheck: " + links + " links in each mode, concurrency " + concurrency + ":");
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // Names to the left, figures to the right, as tables of numbers are read.
                line.append("  ").append(i == 0 ? pad(cell, widths[i], true) : pad(cell, widths[i], false));
            }
            lines.add(line.toString().stripTrailing());
        }
        lines.add("linkcheck: fastest: " + result.fastest().userName() + " (lowest median wall time)");
        lines.addAll(flakyLines());
        return lines;
    }

    public String toMarkdown() {
        StringBuilder markdown = new StringBuilder("### linkcheck: modes compared\n\n")
                .append(links)
                .append(" links in each mode, concurrency ")
                .append(concurrency)
                .append(". Fastest: **")
                .append(result.fastest().userName())
                .append("** (lowest median wall time).\n\n| ")
                .append(String.join(" | ", HEADERS))
                .append(" |\n|")
                .append(HEADERS.stream()
                        .map(header -> header.equals("mode") ? "---" : "---:")
                        .collect(Collectors.joining("|")))
                .append("|\n");
        result.runs()
                .forEach(run -> markdown.append("| ")
                        .append(String.join(" | ", cells(run)))
                        .append(" |\n"));
        List<String> flaky = flakyLines();
        if (!flaky.isEmpty()) {
            markdown.append('\n');
            flaky.forEach(line -> markdown.append("- ")
                    .append(MarkdownText.text(line.substring("linkcheck: ".length())))
                    .append('\n'));
        }
        return markdown.toString();
    }

    public void writeJson(Path file) throws IOException {
        JsonFiles.write(file, true, this::writeJson);
    }

    private void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        JsonFiles.writeTool(json);
        json.writeNumberField("links", links);
        json.writeNumberField("concurrency", concurrency);
        json.writeStringField("fastest", result.fastest().userName());
        json.writeArrayFieldStart("runs");
        for (ModeComparison.Run run : result.runs()) {
            json.writeStartObject();
            json.writeStringField("mode", run.mode().userName());
            json.writeNumberField("round", run.round());
            json.writeNumberField("wallTimeMs", run.wallTime().toMillis());
            json.writeNumberField("urlsPerSecond", Math.round(run.urlsPerSecond() * 10) / 10.0);
            json.writeNumberField("latencyP50Ms", run.latencyP50().toMillis());
            json.writeNumberField("latencyP95Ms", run.latencyP95().toMillis());
            json.writeNumberField("latencyMaxMs", run.latencyMax().toMillis());
            json.writeNumberField("peakThreads", run.peakThreads());
            if (run.allocatedBytes().isPresent()) {
                json.writeNumberField("allocatedBytes", run.allocatedBytes().getAsLong());
            }
            json.writeNumberField("peakHeapBytes", run.peakHeapBytes());
            json.writeObjectFieldStart("verdicts");
            for (Map.Entry<Verdict, Long> count : run.verdicts().entrySet()) {
                json.writeNumberField(JsonReport.fieldName(count.getKey()), count.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("flaky");
        for (ModeComparison.Flaky link : result.flaky()) {
            json.writeStartObject();
            json.writeStringField("url", HttpUrls.redact(link.url()));
            json.writeObjectFieldStart("verdicts");
            for (Map.Entry<String, Verdict> byRun : link.verdictByRun().entrySet()) {
                json.writeStringField(byRun.getKey(), JsonReport.fieldName(byRun.getValue()));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    public void writeMarkdown(Path file) throws IOException {
        ReportFiles.write(file, toMarkdown());
    }

    private List<String> flakyLines() {
        return result.flaky().stream()
                .map(link -> "linkcheck: flaky: " + UntrustedText.neutralise(HttpUrls.redact(link.url())) + ": "
                        + link.verdictByRun().entrySet().stream()
                                .map(entry -> entry.getValue().label() + " in " + entry.getKey())
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private static List<String> cells(ModeComparison.Run run) {
        long ok = run.verdicts().get(Verdict.OK);
        long broken = run.verdicts().get(Verdict.BROKEN);
        long total = run.verdicts().values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                run.mode().userName(),
                Integer.toString(run.round()),
                Durations.format(run.wallTime()),
                String.format(Locale.ROOT, "%,.0f", run.urlsPerSecond()),
                Durations.format(run.latencyP50()),
                Durations.format(run.latencyP95()),
                Durations.format(run.latencyMax()),
                Integer.toString(run.peakThreads()),
                run.allocatedBytes().isPresent()
                        ? megabytes(run.allocatedBytes().getAsLong())
                        : "n/a",
                megabytes(run.peakHeapBytes()),
                Long.toString(ok),
                Long.toString(broken),
                Long.toString(total - ok - broken));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String pad(String text, int width, boolean left) {
        String padding = " ".repeat(width - text.length());
        return left ? text + padding : padding + text;
    }
}
