package io.github.linkcheck.bench;

import io.github.linkcheck.compare.ModeComparison;
import io.github.linkcheck.core.Mode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark behind docs/performance.md: each mode checks N distinct URLs of a local server that answers
 * after a fixed latency, at several concurrencies, each run in a fresh JVM. Writes docs/benchmark.csv and
 * docs/benchmark.png. Run by {@code ./mvnw -Pbench verify} (see docs/performance.md); the system properties
 * {@code bench.sizes}, {@code bench.concurrency}, {@code bench.latencyMs}, {@code bench.modes} and
 * {@code bench.output} change what is measured and where it goes, {@code bench.jvmArgs} is passed to every
 * worker JVM (for example {@code -Xmx256m}), and {@code bench.targets} adds runs of
 * single configurations ({@code 2000@200}: 2,000 URLs at concurrency 200) to the CSV, not the plot.
 */
public final class ModeBenchmark {

    /** A run that takes longer than this has hung: it is stopped and the benchmark fails. */
    private static final Duration RUN_BOUND = Duration.ofMinutes(5);

    private ModeBenchmark() {}

    /** One measured run: the configuration and the worker's figures. */
    record Measurement(int count, int concurrency, long latencyMs, String mode, Map<String, Long> figures) {}

    public static void main(String[] args) throws Exception {
        // The JDK server closes idle keep-alive connections beyond 200; a client at concurrency 1,000 would then
        // open a new connection for most requests, and the benchmark would measure connection set-up, not modes.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "100000");
        List<Integer> sizes = numbers(System.getProperty("bench.sizes", "1000,10000"));
        List<Integer> concurrencies = numbers(System.getProperty("bench.concurrency", "16,64,256,1024"));
        long latencyMs = Long.parseLong(System.getProperty("bench.latencyMs", "100"));
        String modeList = System.getProperty("bench.modes", "");
        List<String> modes = Arrays.stream((modeList.isBlank() ? availableModes() : modeList).split(","))
                .map(String::trim)
                .toList();
        Path output = Path.of(System.getProperty("bench.output", "docs"));
        List<Measurement> measurements = new ArrayList<>();
        try (LatencyServer server = new LatencyServer(Duration.ofMillis(latencyMs))) {
            for (int count : sizes) {
                for (int concurrency : concurrencies) {
                    for (String mode : modes) {
                        Measurement measurement = measure(server, mode, count, concurrency);
                        measurements.add(measurement);
                        System.out.printf(
                                Locale.ROOT,
                                "N=%,d concurrency=%d %-8s %s%n",
                                count,
                                concurrency,
                                mode,
                                measurement.figures());
                    }
                }
            }
            for (String target :
                    System.getProperty("bench.targets", "2000@200,10000@1000").split(",")) {
                if (target.isBlank()) {
                    continue;
                }
                String[] sizeAtConcurrency = target.trim().split("@");
                for (String mode : modes) {
                    Measurement measurement = measure(
                            server,
                            mode,
                            Integer.parseInt(sizeAtConcurrency[0]),
                            Integer.parseInt(sizeAtConcurrency[1]));
                    measurements.add(measurement);
                    System.out.printf(Locale.ROOT, "target %s %-8s %s%n", target.trim(), mode, measurement.figures());
                }
            }
            if (server.failedAnswers() > 0) {
                throw new IllegalStateException(server.failedAnswers() + " answers could not be sent");
            }
        }
        Files.createDirectories(output);
        Files.writeString(output.resolve("benchmark.csv"), csv(measurements), StandardCharsets.UTF_8);
        BenchmarkPlot.write(measurements, sizes, concurrencies, modes, latencyMs, output.resolve("benchmark.png"));
        System.out.println("wrote " + output.resolve("benchmark.csv") + " and " + output.resolve("benchmark.png"));
    }

    private static Measurement measure(LatencyServer server, String mode, int count, int concurrency)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmArgs = System.getProperty("bench.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkWorker.class.getName(),
                server.baseUrl(),
                mode,
                Integer.toString(count),
                Integer.toString(concurrency)));
        // Output goes to a file, so that the wait below is bounded even when a worker hangs without a word.
        Path log = Files.createTempFile("linkcheck-bench-", ".log");
        try {
            Process worker = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean ended = worker.waitFor(RUN_BOUND.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                worker.destroyForcibly().waitFor(RUN_BOUND.toSeconds(), TimeUnit.SECONDS);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (!ended || worker.exitValue() != 0) {
                throw new IllegalStateException(mode + " N=" + count + " concurrency=" + concurrency
                        + (ended ? " failed:\n" : " did not end within " + RUN_BOUND + ":\n") + out);
            }
            return measurement(out, mode, count, concurrency, server.latency().toMillis());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Measurement measurement(String out, String mode, int count, int concurrency, long latencyMs) {
        String line = out.lines()
                .filter(text -> text.startsWith("wallMs="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures from the worker:\n" + out));
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            String[] keyValue = pair.split("=");
            figures.put(keyValue[0], Long.parseLong(keyValue[1]));
        }
        if (figures.get("ok") != count) {
            throw new IllegalStateException(mode + " N=" + count + ": only " + figures.get("ok") + " OK:\n" + out);
        }
        return new Measurement(count, concurrency, latencyMs, mode, figures);
    }

    private static String csv(List<Measurement> measurements) {
        StringBuilder csv = new StringBuilder("urls,concurrency,latency_ms,mode,wall_ms,cpu_ms,cpu_ms_per_1000_urls,"
                + "process_ms,process_cpu_ms,peak_rss_mb,peak_heap_mb,peak_threads\n");
        for (Measurement m : measurements) {
            Map<String, Long> f = m.figures();
            csv.append(String.format(
                    Locale.ROOT,
                    "%d,%d,%d,%s,%d,%d,%.0f,%d,%d,%.0f,%.0f,%d%n",
                    m.count(),
                    m.concurrency(),
                    m.latencyMs(),
                    m.mode(),
                    f.get("wallMs"),
                    f.get("cpuMs"),
                    f.get("cpuMs") * 1000.0 / m.count(),
                    f.get("processMs"),
                    f.get("processCpuMs"),
                    f.get("peakRssKb") / 1024.0,
                    f.get("peakHeapKb") / 1024.0,
                    f.get("peakThreads")));
        }
        return csv.toString();
    }

    private static String availableModes() {
        return String.join(
                ",", ModeComparison.modes().stream().map(Mode::userName).toList());
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
    }
}
