package io.github.linkcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command of the benchmark in a process of its own and measures it as a user waits for it: the
 * wall clock from start to exit, and the peak resident memory when GNU time is there to report it.
 */
final class TimedProcess {

    /** A run that takes longer than this has hung: it is stopped and the benchmark fails. */
    private static final Duration RUN_BOUND = Duration.ofMinutes(5);

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** What the process printed, how long it ran from start to exit, and its peak RSS (-1: not known). */
    record Outcome(String output, long wallMs, long peakRssKb) {}

    private TimedProcess() {}

    static Outcome run(String label, List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(GNU_TIME);
        Path rusage = Files.createTempFile("linkcheck-bench-", ".time");
        // Output goes to a file, so that the wait below is bounded even when a process hangs without a word.
        Path log = Files.createTempFile("linkcheck-bench-", ".log");
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", rusage.toString()));
        }
        full.addAll(command);
        try {
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(directory == null ? null : directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            boolean ended = process.waitFor(RUN_BOUND.toSeconds(), TimeUnit.SECONDS);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(RUN_BOUND.toSeconds(), TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(
                        label + (ended ? " failed:\n" : " did not end within " + RUN_BOUND + ":\n") + output);
            }
            return new Outcome(output, wallMs, timed ? peakRssKb(rusage) : -1);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(rusage);
        }
    }

    private static long peakRssKb(Path rusage) throws IOException {
        return Files.readAllLines(rusage, StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(line -> line.startsWith("Maximum resident set size"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(-1);
    }
}
