package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A run with one link of every kind of result, for the report tests. */
final class SampleReport {

    static final Instant CACHED_AT = Instant.parse("2026-11-24T09:30:00Z");

    private SampleReport() {}

    /** Threshold 1 s; results in this order: ok, cached, broken, slow, moved, excluded, skipped, missing file, timeout. */
    static CheckReport create() {
        CheckSettings settings = CheckSettings.of("async", "32", "10s", "1s");
        return new CheckReport(
                settings,
                List.of(
                        result(
                                LinkTarget.of("https://a.test/ok", Origin.at("README.md", 1, 1)),
                                Verdict.OK,
                                new Outcome.Status(200, "OK"),
                                12,
                                null,
                                null,
                                1,
                                null),
                        result(
                                LinkTarget.of("https://a.test/cached", Origin.at("README.md", 2, 1)),
                                Verdict.OK,
                                new Outcome.Status(200, "OK"),
                                0,
                                null,
                                null,
                                0,
                                CACHED_AT),
                        result(
                                new LinkTarget(
                                        "https://b.test/gone?a=1&b=<2>",
                                        List.of(Origin.at("README.md", 4, 3), Origin.at("docs/guide.md", 5, 58)),
                                        null),
                                Verdict.BROKEN,
                                new Outcome.Status(404, "Not Found"),
                                120,
                                null,
                                null,
                                1,
                                null),
                        result(
                                LinkTarget.of("https://c.test/slow", Origin.entry("urls entry 2")),
                                Verdict.SLOW,
                                new Outcome.Status(200, "OK"),
                                1500,
                                URI.create("https://c.test/slow/"),
                                null,
                                1,
                                null),
                        result(
                                LinkTarget.of(
                                        "http://d.test/old", Origin.at("pom.xml", 17, 12, "licenses/license[1]/url")),
                                Verdict.MOVED,
                                new Outcome.Status(200, "OK"),
                                7,
                                URI.create("https://d.test/new"),
                                URI.create("https://d.test/new"),
                                1,
                                null),
                        CheckResult.notRequested(
                                LinkTarget.of("https://e.test/", Origin.entry("urls entry 5")),
                                Verdict.EXCLUDED,
                                new Outcome.NotRequested("left out by exclude 'e\\.test'")),
                        CheckResult.notRequested(
                                LinkTarget.of("mailto:team@example.org", Origin.at("README.md", 9, 1)),
                                Verdict.SKIPPED,
                                new Outcome.NotRequested("mailto: links are not checked")),
                        result(
                                LinkTarget.localFile(
                                        "docs/missing.md",
                                        new LocalFile(Path.of("/p/docs/missing.md"), null),
                                        Origin.at("docs/guide.md", 6, 1)),
                                Verdict.BROKEN,
                                new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null),
                                0,
                                null,
                                null,
                                1,
                                null),
                        result(
                                LinkTarget.of("https://user:s3cret@f.test/\u0001x", Origin.at("links.txt", 3, 0)),
                                Verdict.BROKEN,
                                new Outcome.Failure(ErrorKind.TIMEOUT, "no response in 10 s"),
                                10_000,
                                null,
                                null,
                                3,
                                null)),
                Duration.ofMillis(10_250));
    }

    private static CheckResult result(
            LinkTarget target,
            Verdict verdict,
            Outcome outcome,
            long millis,
            URI finalUri,
            URI movedTo,
            int attempts,
            Instant cachedAt) {
        return new CheckResult(
                target, verdict, outcome, Duration.ofMillis(millis), finalUri, movedTo, attempts, cachedAt);
    }
}
