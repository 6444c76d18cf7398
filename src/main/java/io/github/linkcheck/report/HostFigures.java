package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.SentRequest;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each host was sent and how it answered, from the requests the results carry: every attempt, retry,
 * redirect hop and page read for its anchors, each counted once however many results share it (a link found in
 * several modules, checked once for all), and none for a result taken from the cache.
 */
public final class HostFigures {

    /** How many hosts each table of {@code summary.md} and the console's block name. */
    static final int TOP = 5;

    /** A run is long, and worth the console's block of hosts, from this many requests... */
    static final int LONG_RUN_REQUESTS = 100;

    /** ...or from this long a check. */
    static final Duration LONG_RUN_TIME = Duration.ofSeconds(10);

    /**
     * The figures of one host.
     *
     * @param host the host as requests were sent to it, in lower case
     * @param requests every request sent to it
     * @param failures the links whose check ended there broken
     * @param status429 the requests it answered with 429 Too Many Requests, those a retry got past included
     * @param status503 the requests it answered with 503 Service Unavailable, those a retry got past included
     * @param retries the requests that repeated an earlier one after a transient failure
     * @param median the median time of its requests, by the nearest-rank method
     * @param p95 the 95th percentile of the time of its requests, by the nearest-rank method
     */
    public record Host(
            String host,
            int requests,
            int failures,
            int status429,
            int status503,
            int retries,
            Duration median,
            Duration p95) {}

    private final List<Host> hosts;

    private HostFigures(List<Host> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    public static HostFigures of(Collection<CheckResult> results) {
        Set<SentRequest> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, List<SentRequest>> requestsByHost = new TreeMap<>();
        Map<String, Integer> failuresByHost = new TreeMap<>();
        for (CheckResult result : results) {
            for (SentRequest request : result.requests()) {
                if (counted.add(request)) {
                    requestsByHost
                            .computeIfAbsent(request.host(), host -> new ArrayList<>())
                            .add(request);
                }
            }
            if (result.verdict() == Verdict.BROKEN && !result.requests().isEmpty()) {
                String endedAt =
                        result.requests().get(result.requests().size() - 1).host();
                failuresByHost.merge(endedAt, 1, Integer::sum);
            }
        }
        List<Host> hosts = new ArrayList<>();
        requestsByHost.forEach((host, requests) -> {
            List<Duration> latencies =
                    requests.stream().map(SentRequest::latency).sorted().toList();
            hosts.add(new Host(
                    host,
                    requests.size(),
                    failuresByHost.getOrDefault(host, 0),
                    (int) requests.stream().filter(r -> r.status() == 429).count(),
                    (int) requests.stream().filter(r -> r.status() == 503).count(),
                    (int) requests.stream().filter(SentRequest::retry).count(),
                    percentile(latencies, 50),
                    percentile(latencies, 95)));
        });
        hosts.sort(Comparator.comparingInt(Host::requests).reversed().thenComparing(Host::host));
        return new HostFigures(hosts);
    }

    /**
     * The nearest-rank percentile: the smallest value that at least {@code percent} % of the values are at most.
     *
     * @param sorted at least one value, in ascending order
     */
    static Duration percentile(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** Every host that was sent a request, the most requested first. */
    public List<Host> hosts() {
        return hosts;
    }

    /** The hosts slowest to answer, by the 95th percentile, then by the median. */
    public List<Host> slowest(int count) {
        return hosts.stream()
                .sorted(Comparator.comparing(Host::p95)
                        .thenComparing(Host::median)
                        .reversed()
                        .thenComparing(Host::host))
                .limit(count)
                .toList();
    }

    /** The hosts where the most links ended broken; none where none did. */
    public List<Host> mostFailing(int count) {
        return hosts.stream()
                .filter(host -> host.failures() > 0)
                .sorted(Comparator.comparingInt(Host::failures).reversed().thenComparing(Host::host))
                .limit(count)
                .toList();
    }

    /** {@code hosts}, a field of {@code linkcheck.json}: an array, the most requested host first. */
    void writeJson(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("hosts");
        for (Host host : hosts) {
            json.writeStartObject();
            json.writeStringField("host", host.host());
            json.writeNumberField("requests", host.requests());
            json.writeNumberField("failures", host.failures());
            json.writeNumberField("status429", host.status429());
            json.writeNumberField("status503", host.status503());
            json.writeNumberField("retries", host.retries());
            json.writeNumberField("medianMs", host.median().toMillis());
            json.writeNumberField("p95Ms", host.p95().toMillis());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The tables of {@code summary.md}: the slowest hosts, and the most failing ones when any failed; or nothing. */
    String toMarkdown() {
        StringBuilder markdown = new StringBuilder();
        List<Host> slowest = slowest(TOP);
        if (!slowest.isEmpty()) {
            markdown.append("\n#### Slowest hosts\n\n| Host | Median | p95 | Requests |\n|---|---:|---:|---:|\n");
            for (Host host : slowest) {
                markdown.append("| ")
                        .append(MarkdownText.code(host.host()))
                        .append(" | ")
                        .append(Durations.format(host.median()))
                        .append(" | ")
                        .append(Durations.format(host.p95()))
                        .append(" | ")
                        .append(host.requests())
                        .append(" |\n");
            }
        }
        List<Host> failing = mostFailing(TOP);
        if (!failing.isEmpty()) {
            markdown.append("\n#### Most failing hosts\n\n"
                    + "| Host | Failed links | Requests | 429 answers | 503 answers | Retries |\n"
                    + "|---|---:|---:|---:|---:|---:|\n");
            for (Host host : failing) {
                markdown.append("| ")
                        .append(MarkdownText.code(host.host()))
                        .append(" | ")
                        .append(host.failures())
                        .append(" | ")
                        .append(host.requests())
                        .append(" | ")
                        .append(host.status429())
                        .append(" | ")
                        .append(host.status503())
                        .append(" | ")
                        .append(host.retries())
                        .append(" |\n");
            }
        }
        return markdown.toString();
    }

    /**
     * The console's block at the end of a long run (from {@value #LONG_RUN_REQUESTS} requests, or a check of
     * {@link #LONG_RUN_TIME}): the slowest hosts, one line each; none for a shorter run.
     *
     * @param checkingTime how long the check took
     */
    public List<String> consoleLines(Duration checkingTime) {
        int requests = hosts.stream().mapToInt(Host::requests).sum();
        if (requests == 0 || (requests < LONG_RUN_REQUESTS && checkingTime.compareTo(LONG_RUN_TIME) < 0)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        List<Host> slowest = slowest(TOP);
        lines.add(ConsoleReport.PREFIX + "slowest hosts (" + slowest.size() + " of " + hosts.size()
                + "; every host in linkcheck.json):");
        for (Host host : slowest) {
            lines.add(ConsoleReport.PREFIX + "  " + UntrustedText.neutralise(host.host())
                    + ": median " + Durations.format(host.median())
                    + ", p95 " + Durations.format(host.p95())
                    + ", " + Counts.of(host.requests(), "request", "requests")
                    + ", " + Counts.of(host.failures(), "failed link", "failed links")
                    + ", " + Counts.of(host.status429() + host.status503(), "answer", "answers") + " 429/503"
                    + ", " + Counts.of(host.retries(), "retry", "retries"));
        }
        return lines;
    }
}
