package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.ProductInfo;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code linkcheck.json}: every link with its verdict, outcome and places, and the run's settings and totals,
 * for tools. The format is documented in {@code docs/reports.md}; fields are added, never renamed, within a
 * {@value #SCHEMA_VERSION}.
 */
public final class JsonReport {

    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CheckReport report;
    private final FailurePolicy policy;
    private final Instant generatedAt;

    public JsonReport(CheckReport report, FailurePolicy policy, Instant generatedAt) {
        this.report = report;
        this.policy = policy;
        this.generatedAt = generatedAt;
    }

    public void write(Path file) throws IOException {
        ReportFiles.write(file, out -> MAPPER.writeValue(out, toJson()));
    }

    ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", ProductInfo.NAME).put("version", ProductInfo.version());
        ObjectNode run = root.putObject("run");
        run.put("generatedAt", generatedAt.toString());
        run.put("mode", report.settings().mode().userName());
        run.put("concurrency", report.settings().concurrency());
        run.put("maxConcurrencyPerHost", report.settings().maxConcurrencyPerHost());
        run.put("timeoutMs", report.settings().timeout().toMillis());
        report.settings().slowThreshold().ifPresent(threshold -> run.put("slowThresholdMs", threshold.toMillis()));
        run.put("wallTimeMs", report.wallTime().toMillis());
        run.put("passed", report.results().stream().noneMatch(policy::fails));
        ObjectNode totals = root.putObject("totals");
        totals.put("links", report.results().size());
        for (Verdict verdict : Verdict.values()) {
            totals.put(camelCase(verdict), report.count(verdict));
        }
        totals.put("cached", report.results().stream().filter(CheckResult::isCached).count());
        totals.put("failing", report.results().stream().filter(policy::fails).count());
        ArrayNode links = root.putArray("links");
        report.results().forEach(result -> links.add(link(result)));
        return root;
    }

    private ObjectNode link(CheckResult result) {
        ObjectNode link = MAPPER.createObjectNode();
        link.put("url", HttpUrls.redact(result.target().url()));
        link.put("kind", result.target().localFile() == null ? "url" : "file");
        link.put("verdict", result.verdict().name().toLowerCase(Locale.ROOT));
        link.put("severity", Severity.of(result, policy).name().toLowerCase(Locale.ROOT));
        if (result.outcome() instanceof Outcome.Status status) {
            link.put("status", status.code());
            if (status.reason() != null && !status.reason().isBlank()) {
                link.put("reason", status.reason());
            }
        } else if (result.outcome() instanceof Outcome.Failure failure) {
            link.put("error", failure.kind().name().toLowerCase(Locale.ROOT));
        }
        link.put("detail", result.outcome().describe());
        link.put("attempts", result.attempts());
        link.put("elapsedMs", result.elapsed().toMillis());
        result.redirectedTo().ifPresent(uri -> link.put("finalUrl", HttpUrls.redact(uri.toString())));
        if (result.movedTo() != null) {
            link.put("movedTo", HttpUrls.redact(result.movedTo().toString()));
        }
        link.put("cached", result.isCached());
        if (result.isCached()) {
            link.put("cachedAt", result.cachedAt().toString());
        }
        ArrayNode places = link.putArray("places");
        for (Origin origin : result.target().origins()) {
            ObjectNode place = places.addObject();
            origin.inFile().ifPresent(file -> place.put("file", file));
            if (origin.line() > 0) {
                place.put("line", origin.line());
            }
            if (origin.column() > 0) {
                place.put("column", origin.column());
            }
            if (origin.file() != null && origin.detail() != null) {
                place.put("element", origin.detail());
            }
            place.put("text", origin.describe());
        }
        return link;
    }

    private static String camelCase(Verdict verdict) {
        String[] words = verdict.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
