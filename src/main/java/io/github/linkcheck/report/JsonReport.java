package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.IgnoreEntry;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code linkcheck.json}: every link with its verdict, outcome and places, and the run's settings and totals,
 * for tools. The format is documented in {@code docs/reports.md}; fields are added, never renamed, within a
 * {@value #SCHEMA_VERSION}.
 */
public final class JsonReport {

    public static final int SCHEMA_VERSION = 1;

    private final CheckReport report;
    private final FailurePolicy policy;
    private final List<String> modules;
    private final Instant generatedAt;

    public JsonReport(CheckReport report, FailurePolicy policy, Instant generatedAt) {
        this(report, policy, List.of(), generatedAt);
    }

    /** @param modules the modules whose links the report holds, for a build of several; empty for one project */
    public JsonReport(CheckReport report, FailurePolicy policy, List<String> modules, Instant generatedAt) {
        this.report = report;
        this.policy = policy;
        this.modules = List.copyOf(modules);
        this.generatedAt = generatedAt;
    }

    public void write(Path file) throws IOException {
        JsonFiles.write(file, true, this::write);
    }

    private void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        JsonFiles.writeTool(json);
        json.writeObjectFieldStart("run");
        json.writeStringField("generatedAt", generatedAt.toString());
        json.writeStringField("mode", report.settings().mode().userName());
        json.writeNumberField("concurrency", report.settings().concurrency());
        json.writeNumberField("maxConcurrencyPerHost", report.settings().maxConcurrencyPerHost());
        json.writeNumberField("timeoutMs", report.settings().timeout().toMillis());
        if (report.settings().slowThreshold().isPresent()) {
            json.writeNumberField(
                    "slowThresholdMs", report.settings().slowThreshold().get().toMillis());
        }
        json.writeNumberField("wallTimeMs", report.wallTime().toMillis());
        json.writeBooleanField("passed", report.results().stream().noneMatch(policy::fails));
        if (!modules.isEmpty()) {
            json.writeArrayFieldStart("modules");
            for (String module : modules) {
                json.writeString(module);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("totals");
        json.writeNumberField("links", report.results().size());
        for (Verdict verdict : Verdict.values()) {
            json.writeNumberField(fieldName(verdict), report.count(verdict));
        }
        json.writeNumberField(
                "cached",
                report.results().stream().filter(CheckResult::isCached).count());
        json.writeNumberField(
                "failing", report.results().stream().filter(policy::fails).count());
        json.writeNumberField(
                "ignored",
                report.results().stream().filter(CheckResult::isIgnored).count());
        json.writeEndObject();
        HostFigures.of(report.results()).writeJson(json);
        json.writeArrayFieldStart("links");
        for (CheckResult result : report.results()) {
            link(json, result);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void link(JsonGenerator json, CheckResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", HttpUrls.redact(result.target().url()));
        if (result.target().checkedAs() != null) {
            json.writeStringField("checkedAs", HttpUrls.redact(result.target().checkedAs()));
        }
        json.writeStringField("kind", result.target().localFile() == null ? "url" : "file");
        json.writeStringField("verdict", result.verdict().name().toLowerCase(Locale.ROOT));
        json.writeStringField("severity", Severity.of(result, policy).name().toLowerCase(Locale.ROOT));
        if (result.outcome() instanceof Outcome.Status status) {
            json.writeNumberField("status", status.code());
            if (status.reason() != null && !status.reason().isBlank()) {
                json.writeStringField("reason", status.reason());
            }
        } else if (result.outcome() instanceof Outcome.Failure failure) {
            json.writeStringField("error", failure.kind().name().toLowerCase(Locale.ROOT));
        }
        json.writeStringField("detail", result.outcome().describe());
        json.writeNumberField("attempts", result.attempts());
        json.writeNumberField("elapsedMs", result.elapsed().toMillis());
        if (result.finalUri() != null) {
            json.writeStringField("finalUrl", HttpUrls.redact(result.finalUri().toString()));
        }
        if (result.movedTo() != null) {
            json.writeStringField("movedTo", HttpUrls.redact(result.movedLink()));
        }
        if (result.httpsUrl().isPresent()) {
            json.writeStringField("httpsUrl", HttpUrls.redact(result.httpsUrl().get()));
        }
        if (result.archived() != null) {
            json.writeObjectFieldStart("archived");
            json.writeStringField("url", HttpUrls.redact(result.archived().url()));
            json.writeStringField("timestamp", result.archived().timestamp());
            json.writeEndObject();
        }
        if (result.ignore() != null) {
            IgnoreEntry entry = result.ignore().entry();
            json.writeObjectFieldStart("ignore");
            json.writeStringField("pattern", entry.pattern().pattern());
            json.writeStringField("reason", entry.reason());
            if (entry.until().isPresent()) {
                json.writeStringField("until", entry.until().get().toString());
            }
            json.writeStringField("definedAt", entry.definedAt());
            json.writeBooleanField("expired", result.ignore().expired());
            json.writeEndObject();
        }
        json.writeBooleanField("cached", result.isCached());
        if (result.isCached()) {
            json.writeStringField("cachedAt", result.cachedAt().toString());
        }
        JsonFiles.writePlaces(json, result.target().origins());
        json.writeEndObject();
    }

    /** A verdict as the JSON files name it: {@code ok}, {@code notChecked}. */
    public static String fieldName(Verdict verdict) {
        return JsonFiles.fieldName(verdict);
    }
}
