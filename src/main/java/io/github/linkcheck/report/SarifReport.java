package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.ProductInfo;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.UntrustedText;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * {@code linkcheck.sarif}: the problems in SARIF 2.1.0, the format GitHub code scanning and other viewers read.
 * One result per place of each problem, {@code error} when it fails the build and {@code warning} otherwise (the
 * {@link Severity} that the console and the CI annotations go by), under a {@link SarifRule} per kind of problem.
 * Files are named from the {@link RepositoryRoot}, as {@code %SRCROOT%}, which viewers resolve against the
 * repository. Text that documents and servers chose is {@linkplain UntrustedText#neutralise neutralised} before
 * the JSON escaping, since a viewer shows the decoded string.
 */
public final class SarifReport {

    /** The standard's schema as the OASIS spec repository publishes it, which the tests validate the file against. */
    static final String SCHEMA =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    /** The base that every file's URI is relative to: the repository root, as SARIF's convention names it. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    /**
     * The key of the fingerprint code scanning tracks a result by across runs, of the rule, the URL, the file and
     * the URL's occurrence in that file: it survives lines added above the link, and a new version of it would
     * open every alert anew.
     */
    static final String FINGERPRINT = "linkcheckPlace/v1";

    /** Characters a path keeps as they are in a URI; every other one is percent-encoded. */
    private static final String PATH_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=@";

    private final CheckReport report;
    private final FailurePolicy policy;
    private final RepositoryRoot repository;

    public SarifReport(CheckReport report, FailurePolicy policy, RepositoryRoot repository) {
        this.report = report;
        this.policy = policy;
        this.repository = repository;
    }

    public void write(Path file) throws IOException {
        JsonFiles.write(file, true, this::write);
    }

    private void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        tool(json);
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SOURCE_ROOT);
        json.writeStringField("uri", folderUri(repository.folder()));
        json.writeEndObject();
        json.writeEndObject();
        // Columns count UTF-16 units, as the document readers do.
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        for (CheckResult result : report.results()) {
            Severity severity = Severity.of(result, policy);
            Optional<SarifRule> rule = SarifRule.of(result);
            if (severity.isProblem() && rule.isPresent()) {
                results(json, result, severity, rule.get());
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void tool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", ProductInfo.NAME);
        json.writeStringField("version", ProductInfo.version());
        json.writeStringField("informationUri", ProductInfo.HOME);
        json.writeArrayFieldStart("rules");
        for (SarifRule rule : SarifRule.values()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.ruleName());
            text(json, "shortDescription", rule.shortDescription());
            text(json, "fullDescription", rule.fullDescription());
            text(json, "help", rule.help());
            json.writeStringField("helpUri", rule.helpUri());
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", rule.defaultLevel());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** One result per place of the link, each with its own location and fingerprint. */
    private void results(JsonGenerator json, CheckResult result, Severity severity, SarifRule rule) throws IOException {
        String url = HttpUrls.redact(result.target().url());
        String problem = rule.shortDescription() + ": " + report.describe(result);
        Map<String, Integer> occurrences = new HashMap<>();
        for (Origin origin : result.target().origins()) {
            String file = origin.file() == null ? null : repository.path(origin.file());
            String place = file == null ? origin.describe() : file;
            int occurrence = occurrences.merge(place, 1, Integer::sum);
            json.writeStartObject();
            json.writeStringField("ruleId", rule.id());
            json.writeNumberField("ruleIndex", rule.ordinal());
            json.writeStringField("level", severity == Severity.ERROR ? "error" : "warning");
            String message = origin.detail() == null ? problem : problem + " (" + origin.label() + ")";
            text(json, "message", UntrustedText.neutralise(message));
            if (file != null) {
                location(json, file, origin);
            }
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT, fingerprint(rule.id(), url, place, occurrence));
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /**
     * Where the link stands. A link listed in the configuration ({@code urls entry 3}) has no file to point at,
     * and so no location: its message names the entry.
     */
    private static void location(JsonGenerator json, String file, Origin origin) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uriPath(file));
        json.writeStringField("uriBaseId", SOURCE_ROOT);
        json.writeEndObject();
        if (origin.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", origin.line());
            if (origin.column() > 0) {
                json.writeNumberField("startColumn", origin.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /**
     * A relative path as a URI reference: every byte of UTF-8 but the characters a path may hold as they are is
     * percent-encoded, so a file name with a space, a control character or a {@code :} (which would make its
     * first part read as a scheme) stays one path.
     */
    static String uriPath(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && PATH_CHARACTERS.indexOf(b) >= 0) {
                uri.append((char) b);
            } else {
                uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return uri.toString();
    }

    /** The folder as a {@code file:} URI ending in {@code /}, as SARIF requires of a base. */
    private static String folderUri(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String fingerprint(String rule, String url, String place, int occurrence) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(String.join("\n", rule, url, place, Integer.toString(occurrence))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
