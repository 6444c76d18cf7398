package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long the three report files take to write cold, as a Maven goal writes them once: each run is a fresh JVM
 * that writes {@code linkcheck.json}, {@code TEST-linkcheck.xml} and {@code summary.md} for N links read from a
 * URL file (one in ten broken), then once more warm. Not a test; docs/performance.md tells how to run it.
 * Arguments: the folder to write in, the number of links, the number of runs.
 */
public final class ReportWritingBenchmark {

    private static final FailurePolicy POLICY = new FailurePolicy(true, false, false);

    private ReportWritingBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/report-benchmark");
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (int run = 0; run < runs; run++) {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            ColdRun.class.getName(),
                            folder.toString(),
                            Integer.toString(links))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("run " + run + " failed: " + output);
            }
            System.out.println(output);
        }
    }

    /** The reports of N links written once cold and once warm, each report timed in wall and thread CPU. */
    static final class ColdRun {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public static void main(String[] args) throws IOException {
            Path folder = Files.createDirectories(Path.of(args[0]));
            int links = Integer.parseInt(args[1]);
            CheckReport report = fromUrlFile(links);
            StringBuilder line = new StringBuilder();
            for (String pass : List.of("cold", "warm")) {
                line.append(pass).append(':');
                long wall = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                time(
                        line,
                        "json",
                        () -> new JsonReport(report, POLICY, Instant.now())
                                .write(folder.resolve(ReportDirectory.JSON)));
                time(line, "junit", () -> new JunitReport(report, POLICY).write(folder.resolve(ReportDirectory.JUNIT)));
                time(
                        line,
                        "markdown",
                        () -> new MarkdownSummary(report, POLICY, List.of())
                                .write(folder.resolve(ReportDirectory.MARKDOWN)));
                line.append(String.format(
                        " all %d ms (cpu %d ms); ",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - wall),
                        TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - cpu)));
            }
            OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
            long processCpu = system instanceof com.sun.management.OperatingSystemMXBean os
                    ? TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime())
                    : -1;
            System.out.println(links + " links: " + line + "process cpu " + processCpu + " ms");
        }

        private interface Step {
            void run() throws IOException;
        }

        private static void time(StringBuilder line, String name, Step step) throws IOException {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            step.run();
            line.append(String.format(
                    " %s %d ms (cpu %d)",
                    name,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - wall),
                    TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - cpu)));
        }

        /** Links as a URL file gives them, one per line, every tenth broken. */
        private static CheckReport fromUrlFile(int links) {
            List<CheckResult> results = new ArrayList<>(links);
            for (int i = 0; i < links; i++) {
                LinkTarget target = LinkTarget.of("http://127.0.0.1:18900/page/" + i, Origin.at("urls.txt", i + 1, 0));
                boolean broken = i % 10 == 0;
                results.add(new CheckResult(
                        target,
                        broken ? Verdict.BROKEN : Verdict.OK,
                        new Outcome.Status(broken ? 404 : 200, broken ? "Not Found" : "OK"),
                        Duration.ofMillis(100 + i % 700),
                        null,
                        null,
                        1,
                        null));
            }
            return new CheckReport(CheckSettings.of("async", "1000", "10s", "1s"), results, Duration.ofSeconds(3));
        }
    }
}
