package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every report reaches the disk in large blocks: a writer that hands the file one byte at a time makes one
 * system call per byte, which for 100,000 links took 48 s instead of well under a second. Counted as the
 * kernel counts them, so that nothing between the writer and the file can hide an unbuffered stream.
 */
class ReportWriteCallsTest {

    /** Linux's count of the write system calls this thread made. */
    private static final Path THREAD_IO = Path.of("/proc/thread-self/io");

    /** Generous: a buffered file takes one call per buffer, a few kilobytes or more. */
    private static final int MIN_BYTES_PER_CALL = 4096;

    private static final FailurePolicy POLICY = new FailurePolicy(true, false, false);

    @Test
    void eachReportOfTenThousandLinksIsWrittenInLargeBlocks(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isReadable(THREAD_IO), "the kernel's count of write calls is read on Linux only");
        CheckReport report = linksWithEveryTenthBroken(10_000);

        assertFewWriteCalls(
                folder.resolve(ReportDirectory.JSON),
                file -> new JsonReport(report, POLICY, Instant.now()).write(file));
        assertFewWriteCalls(folder.resolve(ReportDirectory.JUNIT), file -> new JunitReport(report, POLICY).write(file));
        assertFewWriteCalls(
                folder.resolve(ReportDirectory.MARKDOWN), file -> new MarkdownSummary(report, POLICY).write(file));
        assertFewWriteCalls(
                folder.resolve(ReportDirectory.SARIF),
                file -> new SarifReport(report, POLICY, RepositoryRoot.of(folder)).write(file));
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static void assertFewWriteCalls(Path file, Writer writer) throws IOException {
        long before = writeCalls();
        writer.write(file);
        long calls = writeCalls() - before;
        long size = Files.size(file);
        assertTrue(
                calls <= size / MIN_BYTES_PER_CALL + 1,
                file.getFileName() + ": " + calls + " write calls for " + size + " bytes");
    }

    private static long writeCalls() throws IOException {
        return Files.readAllLines(THREAD_IO).stream()
                .filter(line -> line.startsWith("syscw:"))
                .mapToLong(
                        line -> Long.parseLong(line.substring("syscw:".length()).trim()))
                .findFirst()
                .orElseThrow(() -> new IOException(THREAD_IO + " has no syscw line"));
    }

    static CheckReport linksWithEveryTenthBroken(int links) {
        List<CheckResult> results = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            LinkTarget target = LinkTarget.of(
                    "https://host" + i % 100 + ".test/docs/page-" + i + ".html",
                    Origin.at("docs/section" + i % 50 + "/page" + i % 500 + ".md", i % 300 + 1, 5));
            boolean broken = i % 10 == 0;
            results.add(new CheckResult(
                    target,
                    broken ? Verdict.BROKEN : Verdict.OK,
                    new Outcome.Status(broken ? 404 : 200, broken ? "Not Found" : "OK"),
                    Duration.ofMillis(i % 700),
                    null,
                    null,
                    1,
                    null));
        }
        return new CheckReport(CheckSettings.of("async", "32", "10s", "1s"), results, Duration.ofSeconds(12));
    }
}
