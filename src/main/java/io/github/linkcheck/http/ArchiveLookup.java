package io.github.linkcheck.http;

import io.github.linkcheck.core.ArchivedCopy;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.InvalidUrlException;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.run.RunLog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.io.CloseMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a web archive's availability API for the closest copy of each broken web URL: the Wayback Machine's by
 * default. The endpoint is sent {@code GET <endpoint>?url=<the URL, percent-encoded>} (or {@code &url=} when it
 * has a query already) and is to answer 200 with JSON in the Wayback Machine's shape,
 * {@code {"archived_snapshots":{"closest":{"available":true,"url":"...","timestamp":"20130919044612"}}}}; no
 * {@code closest} means no copy.
 *
 * <p>One lookup serves a whole build: each URL is asked once, at most {@link #AT_ONCE} at a time, with the
 * run's proxies and user agent. An archive that cannot be reached, is slow, or answers anything else costs one
 * warning for the build and no copies; it never fails the run.
 */
public final class ArchiveLookup implements AutoCloseable {

    /** The Wayback Machine's availability API. */
    public static final URI WAYBACK = URI.create("https://archive.org/wayback/available");

    /** How many questions the archive gets at once: it is a shared public service. */
    static final int AT_ONCE = 2;

    /** An availability answer is a few hundred bytes; more is not one. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private final URI endpoint;
    private final Duration timeout;
    private final CloseableHttpClient client;
    private final ExecutorService askers;
    private final Map<String, CompletableFuture<Optional<ArchivedCopy>>> asked = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * The endpoint an {@code archiveUrl} names: an absolute http or https URL, with no fragment.
     *
     * @throws InvalidSettingException naming {@code archiveUrl} for anything else
     */
    public static URI endpoint(String archiveUrl) {
        String accepted = "expected an http or https URL with no #fragment, such as " + WAYBACK;
        if (archiveUrl == null || archiveUrl.isBlank()) {
            throw new InvalidSettingException("archiveUrl", String.valueOf(archiveUrl), accepted);
        }
        try {
            URI uri = new URI(archiveUrl.strip());
            HttpUrls.requireHttpScheme(uri);
            if (uri.getHost() == null || uri.getRawFragment() != null) {
                throw new InvalidSettingException("archiveUrl", archiveUrl, accepted);
            }
            return uri;
        } catch (URISyntaxException | InvalidUrlException e) {
            throw new InvalidSettingException("archiveUrl", archiveUrl, accepted);
        }
    }

    /**
     * @param endpoint the availability API
     * @param settings the run's proxies, user agent and {@code timeout}, which bounds each question to the archive
     *     as it bounds a request of the check
     */
    public ArchiveLookup(URI endpoint, CheckSettings settings) {
        this.endpoint = endpoint;
        this.timeout = settings.timeout();
        ProxyRouting proxyRouting = new ProxyRouting(settings.proxies());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(AT_ONCE)
                        .setMaxConnPerRoute(AT_ONCE)
                        .setDefaultConnectionConfig(ClientConfigs.connectionConfig(settings))
                        .setDnsResolver(AsciiHosts.DNS)
                        .build())
                .setDefaultRequestConfig(ClientConfigs.requestConfig(settings))
                .setUserAgent(settings.userAgent())
                .setRoutePlanner(proxyRouting.routePlanner())
                .setDefaultCredentialsProvider(proxyRouting.credentials())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
        this.askers = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
            Thread thread = new Thread(runnable, "linkcheck-archive");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The report with the archived copy of each broken web URL that no {@code ignores} entry excuses, where the
     * archive has one.
     */
    public CheckReport annotate(CheckReport report, RunLog log) {
        List<CompletableFuture<Optional<ArchivedCopy>>> copies = new ArrayList<>();
        for (CheckResult result : report.results()) {
            copies.add(wanted(result) ? closest(result.target().url(), log) : null);
        }
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            CheckResult result = report.results().get(i);
            results.add(
                    copies.get(i) == null
                            ? result
                            : copies.get(i).join().map(result::withArchived).orElse(result));
        }
        return new CheckReport(report.settings(), results, report.wallTime());
    }

    private static boolean wanted(CheckResult result) {
        return result.verdict() == Verdict.BROKEN
                && result.target().localFile() == null
                && !result.isIgnored()
                && HttpUrls.isHttp(result.target().url());
    }

    /** The closest copy of a URL, asked once for the build. */
    private CompletableFuture<Optional<ArchivedCopy>> closest(String url, RunLog log) {
        return asked.computeIfAbsent(url, key -> CompletableFuture.supplyAsync(() -> ask(key, log), askers));
    }

    private Optional<ArchivedCopy> ask(String url, RunLog log) {
        HttpGet request;
        try {
            request = new HttpGet(question(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        // The timeout bounds each wait; this bounds a slow trickle of bytes too.
        CompletableFuture<?> stop = CompletableFuture.runAsync(
                request::cancel, CompletableFuture.delayedExecutor(timeout.toMillis() * 2, TimeUnit.MILLISECONDS));
        try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            if (response.getCode() != 200) {
                return unusable(log, "it answered " + response.getCode());
            }
            if (response.getEntity() == null) {
                return unusable(log, "its answer is empty");
            }
            byte[] answer;
            try (InputStream body = response.getEntity().getContent()) {
                answer = body.readNBytes(MAX_ANSWER_BYTES + 1);
            }
            if (answer.length > MAX_ANSWER_BYTES) {
                return unusable(log, "its answer is longer than " + MAX_ANSWER_BYTES + " bytes");
            }
            return closestIn(answer, log);
        } catch (IOException | RuntimeException e) {
            // Whatever the archive or the client does, the check goes on: the archive is an extra.
            boolean slow = request.isCancelled() || e instanceof InterruptedIOException;
            return unusable(log, slow ? "it took too long" : "it cannot be reached (" + e + ")");
        } finally {
            stop.cancel(false);
        }
    }

    /** The question about a URL, with neither its user info (a secret) nor its fragment (the archive's no use). */
    private URI question(String url) throws URISyntaxException {
        URI link = new URI(url);
        String asked = new URI(link.getScheme(), null, link.getHost(), link.getPort(), link.getPath(), null, null)
                        .toASCIIString()
                + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        return new URI(endpoint + separator + "url=" + URLEncoder.encode(asked, StandardCharsets.UTF_8));
    }

    private Optional<ArchivedCopy> closestIn(byte[] answer, RunLog log) {
        String url = null;
        String timestamp = null;
        boolean available = false;
        boolean closest = false;
        try (JsonParser json = JSON.createParser(answer)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return unusable(log, "its answer is not a JSON object");
            }
            List<String> path = new ArrayList<>();
            String field = null;
            JsonToken token;
            while ((token = json.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> field = json.currentName();
                    case START_OBJECT -> path.add(field);
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.remove(path.size() - 1);
                        }
                    }
                    case START_ARRAY -> json.skipChildren();
                    default -> {
                        if (path.equals(List.of("archived_snapshots", "closest"))) {
                            closest = true;
                            switch (field) {
                                case "url" -> url = json.getValueAsString();
                                case "timestamp" -> timestamp = json.getValueAsString();
                                case "available" -> available = token == JsonToken.VALUE_TRUE;
                                default -> {}
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            return unusable(log, "its answer is not JSON");
        }
        if (!closest || !available) {
            return Optional.empty();
        }
        Optional<ArchivedCopy> copy = ArchivedCopy.of(url, timestamp);
        return copy.isPresent() ? copy : unusable(log, "it named a copy that is not an http or https URL");
    }

    /** Says once for the build that the archive is of no use, and carries on without a copy. */
    private Optional<ArchivedCopy> unusable(RunLog log, String why) {
        if (warned.compareAndSet(false, true)) {
            log.warn("linkcheck: no archived copies: the web archive at "
                    + UntrustedText.neutralise(HttpUrls.redact(endpoint.toString())) + " is of no use, "
                    + UntrustedText.neutralise(why) + "; the check goes on without it");
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        askers.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }
}
