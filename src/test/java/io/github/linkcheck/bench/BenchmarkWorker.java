package io.github.linkcheck.bench;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.http.LinkCheckRun;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One measured run in a JVM of its own, so that its memory, threads and CPU are the check's alone: checks N
 * distinct URLs of the latency server in one mode and prints one line of {@code key=value} figures.
 * Arguments: base URL, mode, N, concurrency.
 */
public final class BenchmarkWorker {

    private BenchmarkWorker() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String mode = args[1];
        int count = Integer.parseInt(args[2]);
        String concurrency = args[3];
        List<LinkTarget> targets = LinkTargets.fromList(
                "urls",
                IntStream.range(0, count).mapToObj(i -> baseUrl + "/page/" + i).toList());
        // One host: the per-host bound is lifted to the concurrency, as the benchmark measures the modes.
        CheckSettings settings = CheckSettings.builder()
                .mode(mode)
                .concurrency(concurrency)
                .maxConcurrencyPerHost(concurrency)
                .retries("0")
                .build();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        CheckReport report = LinkCheckRun.run(settings, targets);
        long cpuAfter = os.getProcessCpuTime();
        // What did not work is the first thing to look at when a run falls short.
        report.results().stream()
                .filter(result -> result.verdict() != Verdict.OK)
                .limit(5)
                .forEach(result -> System.out.println("not OK: " + result.describe()));
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        long processMillis = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("wallMs=" + report.wallTime().toMillis()
                + " cpuMs=" + (cpuAfter - cpuBefore) / 1_000_000
                + " processCpuMs=" + cpuAfter / 1_000_000
                + " processMs=" + processMillis
                + " peakThreads=" + ManagementFactory.getThreadMXBean().getPeakThreadCount()
                + " peakRssKb=" + peakRssKb()
                + " peakHeapKb=" + peakHeap / 1024
                + " ok=" + report.count(Verdict.OK));
    }

    /** The most memory the process has held in RAM (Linux's VmHWM), or -1 where the system does not say. */
    private static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(-1);
    }
}
