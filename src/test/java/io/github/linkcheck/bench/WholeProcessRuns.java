package io.github.linkcheck.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The runs the benchmark times as a user waits for them, whole process from start to exit: the baselines (the
 * JDK's own {@code HttpClient} in {@link JdkClientBaseline}, HttpClient 5 alone in {@link HttpClient5Baseline},
 * and {@code curl --parallel} when curl is on the PATH) and {@code mvn linkcheck:check} of a generated project with the plugin being built. All request the
 * same N URLs of the same latency server at the same concurrency as the modes' runs.
 */
final class WholeProcessRuns {

    /** The baselines' names in the results, and the prefix of the runs through Maven. */
    static final String JDK = "jdk-httpclient";

    static final String HTTPCLIENT5 = "httpclient5";

    static final String CURL = "curl";
    static final String MVN_PREFIX = "mvn-";

    /** curl keeps at most this many transfers in flight, whatever {@code --parallel-max} asks for. */
    private static final int CURL_PARALLEL_CAP = 300;

    private static final Pattern SUMMARY_OK = Pattern.compile("linkcheck: .*\\): ([0-9,]+) OK");

    private final LatencyServer server;
    private final Path scratch;

    WholeProcessRuns(LatencyServer server, Path scratch) {
        this.server = server;
        this.scratch = scratch;
    }

    ModeBenchmark.Measurement jdk(int count, int concurrency) throws IOException, InterruptedException {
        return javaBaseline(JDK, JdkClientBaseline.class, List.of(JdkClientBaseline.class), count, concurrency);
    }

    /** HttpClient 5 alone: the plugin's async stack without the plugin. */
    ModeBenchmark.Measurement httpClient5(int count, int concurrency) throws IOException, InterruptedException {
        return javaBaseline(
                HTTPCLIENT5,
                HttpClient5Baseline.class,
                // Its own class, HttpClient, HttpCore, HttpCore's HTTP/2 and the logging API they call.
                List.of(
                        HttpClient5Baseline.class,
                        org.apache.hc.client5.http.impl.async.HttpAsyncClients.class,
                        org.apache.hc.core5.http.HttpHost.class,
                        org.apache.hc.core5.http2.config.H2Config.class,
                        org.slf4j.Logger.class),
                count,
                concurrency);
    }

    private ModeBenchmark.Measurement javaBaseline(
            String name, Class<?> program, List<Class<?>> classPath, int count, int concurrency)
            throws IOException, InterruptedException {
        List<String> command = List.of(
                ModeBenchmark.javaExecutable(),
                "-cp",
                classPath.stream()
                        .map(WholeProcessRuns::classLocation)
                        .distinct()
                        .collect(java.util.stream.Collectors.joining(File.pathSeparator)),
                program.getName(),
                server.baseUrl(),
                Integer.toString(count),
                Integer.toString(concurrency));
        TimedProcess.Outcome outcome = TimedProcess.run(name + " N=" + count, command, null, Map.of());
        long ok = outcome.output()
                .lines()
                .filter(line -> line.startsWith("ok="))
                .mapToLong(line -> Long.parseLong(line.substring(3)))
                .findFirst()
                .orElse(0);
        return measurement(name, count, concurrency, outcome, ok);
    }

    /** Empty when curl is not on the PATH. */
    Optional<ModeBenchmark.Measurement> curl(int count, int concurrency) throws IOException, InterruptedException {
        if (!onPath("curl")) {
            return Optional.empty();
        }
        Path config = scratch.resolve("curl-" + count + ".config");
        Files.createDirectories(scratch);
        Files.write(
                config,
                urls(count)
                        .map(url -> "url = \"" + url + "\"\noutput = \"/dev/null\"")
                        .toList(),
                StandardCharsets.UTF_8);
        List<String> command = List.of(
                "curl",
                "--head",
                // --silent alone leaves the parallel progress meter on, in the output counted below.
                "--no-progress-meter",
                "--parallel",
                "--parallel-max",
                Integer.toString(Math.min(concurrency, CURL_PARALLEL_CAP)),
                "--write-out",
                "%{http_code}\\n",
                "--config",
                config.toString());
        TimedProcess.Outcome outcome = TimedProcess.run(CURL + " N=" + count, command, null, Map.of());
        long ok = outcome.output().lines().filter("200"::equals).count();
        return Optional.of(measurement(CURL, count, concurrency, outcome, ok));
    }

    /**
     * {@code mvn linkcheck:check} of a generated project that lists the N URLs in a URL file, the cache off,
     * with the plugin as installed into {@code localRepository} by this build.
     */
    ModeBenchmark.Measurement mvn(MavenSetup maven, String mode, int count, int concurrency)
            throws IOException, InterruptedException {
        Path project = scratch.resolve("mvn-project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), pom(maven.pluginVersion()), StandardCharsets.UTF_8);
        Files.write(project.resolve("urls.txt"), urls(count).toList(), StandardCharsets.UTF_8);
        List<String> command = List.of(
                maven.executable().toString(),
                "-B",
                "-Dmaven.repo.local=" + maven.localRepository(),
                "linkcheck:check",
                "-Dlinkcheck.urlFiles=urls.txt",
                "-Dlinkcheck.cache=false",
                "-Dlinkcheck.mode=" + mode,
                "-Dlinkcheck.concurrency=" + concurrency,
                "-Dlinkcheck.maxConcurrencyPerHost=" + concurrency,
                "-Dlinkcheck.retries=0");
        String label = MVN_PREFIX + mode;
        TimedProcess.Outcome outcome = TimedProcess.run(
                label + " N=" + count, command, project, Map.of("JAVA_HOME", System.getProperty("java.home")));
        Matcher summary = SUMMARY_OK.matcher(outcome.output());
        long ok = summary.find() ? Long.parseLong(summary.group(1).replace(",", "")) : 0;
        return measurement(label, count, concurrency, outcome, ok);
    }

    /** Where Maven is, where this build installed the plugin, and its version. */
    record MavenSetup(Path executable, Path localRepository, String pluginVersion) {}

    private ModeBenchmark.Measurement measurement(
            String name, int count, int concurrency, TimedProcess.Outcome outcome, long ok) {
        if (ok != count) {
            throw new IllegalStateException(name + " N=" + count + ": only " + ok + " OK:\n" + outcome.output());
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("processMs", outcome.wallMs());
        figures.put("peakRssKb", outcome.peakRssKb());
        figures.put("ok", ok);
        return new ModeBenchmark.Measurement(
                count, concurrency, server.latency().toMillis(), name, figures);
    }

    private java.util.stream.Stream<String> urls(int count) {
        return IntStream.range(0, count).mapToObj(i -> server.baseUrl() + "/page/" + i);
    }

    private static String pom(String pluginVersion) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId><artifactId>whole-process</artifactId><version>1</version>
                  <packaging>pom</packaging>
                  <build><plugins><plugin>
                    <groupId>io.github.linkcheck</groupId><artifactId>linkcheck-maven-plugin</artifactId>
                    <version>%s</version>
                  </plugin></plugins></build>
                </project>
                """.formatted(pluginVersion);
    }

    /** The folder or jar a class is loaded from: a baseline's class path is these and nothing else. */
    private static String classLocation(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String program) {
        List<String> folders =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        return folders.stream().anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
