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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark behind docs/performance.md: each mode checks N distinct URLs of a local server that answers
 * after a fixed latency, at several concurrencies, each run in a fresh JVM; in the same run, against the same
 * server, the baselines (the JDK's {@code HttpClient} alone, HttpClient 5 alone, and curl when it is on the PATH) request the same
 * URLs, and {@code mvn linkcheck:check} checks them through Maven, each timed whole (see
 * {@link WholeProcessRuns}). Writes docs/benchmark.csv and docs/benchmark.png. Run by
 * {@code ./mvnw -Pbench verify} (see docs/performance.md); the system properties {@code bench.sizes},
 * {@code bench.concurrency}, {@code bench.latencyMs}, {@code bench.modes} and {@code bench.output} change what
 * is measured and where it goes, {@code bench.jvmArgs} is passed to every worker JVM (for example
 * {@code -Xmx256m}), {@code bench.targets} adds runs of single configurations ({@code 2000@200}: 2,000 URLs
 * at concurrency 200) to the CSV, not the plot, and {@code bench.wholeProcess} lists the configurations also
 * run through {@code mvn} (empty: none).
 */
public final class ModeBenchmark {

    private ModeBenchmark() {}

    /** One measured run: the configuration, the mode or baseline, and its figures. */
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
        List<Configuration> grid = new ArrayList<>();
        for (int count : sizes) {
            for (int concurrency : concurrencies) {
                grid.add(new Configuration(count, concurrency));
            }
        }
        grid.addAll(configurations(System.getProperty("bench.targets", "2000@200,10000@1000")));
        List<Configuration> throughMaven = configurations(System.getProperty("bench.wholeProcess", "10000@1000"));
        Set<Configuration> withBaselines = new LinkedHashSet<>(grid);
        withBaselines.addAll(throughMaven);
        List<Measurement> measurements = new ArrayList<>();
        try (LatencyServer server = new LatencyServer(Duration.ofMillis(latencyMs))) {
            WholeProcessRuns wholeProcess =
                    new WholeProcessRuns(server, Path.of(System.getProperty("bench.scratch", "target/bench-scratch")));
            // A server a link checker meets has long been running: its code compiled, its threads started. The
            // first timed runs would otherwise also measure the latency server's own JIT, on the same 2 cores.
            Configuration largest = withBaselines.stream()
                    .max(java.util.Comparator.comparingInt(Configuration::count))
                    .orElseThrow();
            wholeProcess.httpClient5(largest.count(), largest.concurrency());
            for (Configuration configuration : withBaselines) {
                List<Measurement> runs = new ArrayList<>();
                if (grid.contains(configuration)) {
                    for (String mode : modes) {
                        runs.add(measure(server, mode, configuration.count(), configuration.concurrency()));
                    }
                }
                runs.add(wholeProcess.jdk(configuration.count(), configuration.concurrency()));
                runs.add(wholeProcess.httpClient5(configuration.count(), configuration.concurrency()));
                wholeProcess
                        .curl(configuration.count(), configuration.concurrency())
                        .ifPresent(runs::add);
                if (throughMaven.contains(configuration)) {
                    WholeProcessRuns.MavenSetup maven = mavenSetup();
                    for (String mode : modes) {
                        runs.add(wholeProcess.mvn(maven, mode, configuration.count(), configuration.concurrency()));
                    }
                }
                for (Measurement run : runs) {
                    System.out.printf(
                            Locale.ROOT,
                            "N=%,d concurrency=%d %-16s %s%n",
                            run.count(),
                            run.concurrency(),
                            run.mode(),
                            run.figures());
                }
                measurements.addAll(runs);
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

    /** N URLs at a concurrency. */
    record Configuration(int count, int concurrency) {}

    /** {@code 2000@200,10000@1000}: 2,000 URLs at concurrency 200 and 10,000 at 1,000. */
    private static List<Configuration> configurations(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .map(item -> item.split("@"))
                .map(pair -> new Configuration(Integer.parseInt(pair[0]), Integer.parseInt(pair[1])))
                .toList();
    }

    /** The Maven running the benchmark, with the plugin this build installed into the ITs' local repository. */
    private static WholeProcessRuns.MavenSetup mavenSetup() {
        Path executable = Path.of(System.getProperty("bench.mavenHome", ""), "bin", "mvn");
        Path repository = Path.of(System.getProperty("bench.localRepository", "target/local-repo"));
        String version = System.getProperty("bench.pluginVersion", "");
        Path installed =
                repository.resolve("io/github/linkcheck/linkcheck-maven-plugin").resolve(version);
        if (!Files.isExecutable(executable) || version.isBlank() || !Files.isDirectory(installed)) {
            throw new IllegalStateException("the runs through mvn need bench.mavenHome (" + executable
                    + "), bench.pluginVersion and the plugin installed in " + installed
                    + ": run them by ./mvnw -Pbench verify, or leave them out with -Dbench.wholeProcess=");
        }
        return new WholeProcessRuns.MavenSetup(executable, repository, version);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Measurement measure(LatencyServer server, String mode, int count, int concurrency)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
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
        TimedProcess.Outcome outcome =
                TimedProcess.run(mode + " N=" + count + " concurrency=" + concurrency, command, null, Map.of());
        Measurement measurement = measurement(
                outcome.output(), mode, count, concurrency, server.latency().toMillis());
        // The whole process as timed from outside, like the baselines: the JVM's exit included.
        measurement.figures().put("processMs", outcome.wallMs());
        return measurement;
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

    /**
     * One line per run; a figure a run does not have is left empty (the baselines and the runs through mvn are
     * timed from outside only). The last columns are the run's times over the baselines' whole processes for
     * the same N and concurrency.
     */
    private static String csv(List<Measurement> measurements) {
        StringBuilder csv = new StringBuilder("urls,concurrency,latency_ms,mode,wall_ms,cpu_ms,cpu_ms_per_1000_urls,"
                + "process_ms,process_cpu_ms,peak_rss_mb,peak_heap_mb,peak_threads,"
                + "wall_per_jdk,process_per_jdk,wall_per_curl,process_per_curl,process_per_httpclient5\n");
        for (Measurement m : measurements) {
            Map<String, Long> f = m.figures();
            Optional<Long> jdk = baselineMs(measurements, m, WholeProcessRuns.JDK);
            Optional<Long> curl = baselineMs(measurements, m, WholeProcessRuns.CURL);
            Optional<Long> httpClient5 = baselineMs(measurements, m, WholeProcessRuns.HTTPCLIENT5);
            csv.append(String.join(
                            ",",
                            Integer.toString(m.count()),
                            Integer.toString(m.concurrency()),
                            Long.toString(m.latencyMs()),
                            m.mode(),
                            figure(f.get("wallMs")),
                            figure(f.get("cpuMs")),
                            f.containsKey("cpuMs")
                                    ? String.format(Locale.ROOT, "%.0f", f.get("cpuMs") * 1000.0 / m.count())
                                    : "",
                            figure(f.get("processMs")),
                            figure(f.get("processCpuMs")),
                            megabytes(f.get("peakRssKb")),
                            megabytes(f.get("peakHeapKb")),
                            figure(f.get("peakThreads")),
                            ratio(f.get("wallMs"), jdk),
                            ratio(f.get("processMs"), jdk),
                            ratio(f.get("wallMs"), curl),
                            ratio(f.get("processMs"), curl),
                            ratio(f.get("processMs"), httpClient5)))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The whole-process time of a baseline run for the same N and concurrency as {@code run}. */
    static Optional<Long> baselineMs(List<Measurement> measurements, Measurement run, String baseline) {
        return measurements.stream()
                .filter(m ->
                        m.mode().equals(baseline) && m.count() == run.count() && m.concurrency() == run.concurrency())
                .map(m -> m.figures().get("processMs"))
                .findFirst();
    }

    private static String figure(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String megabytes(Long kilobytes) {
        return kilobytes == null || kilobytes < 0 ? "" : String.format(Locale.ROOT, "%.0f", kilobytes / 1024.0);
    }

    private static String ratio(Long millis, Optional<Long> baselineMillis) {
        return millis == null || baselineMillis.isEmpty()
                ? ""
                : String.format(Locale.ROOT, "%.2f", millis / (double) baselineMillis.get());
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
