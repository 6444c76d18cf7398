package io.github.linkcheck.cache;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.JsonFiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the URLs that worked, so that a repeat run within {@code maxAge} does not request them again.
 * Only OK results of http(s) URLs are kept; anything else is checked on every run. The file is a cache, never
 * a reason to fail: one that cannot be read is reported and replaced.
 */
public final class ResultCache {

    /** Runs one check of the URLs the cache cannot answer. */
    @FunctionalInterface
    public interface Checker {
        CheckReport check(List<LinkTarget> targets) throws InterruptedException;
    }

    static final int FORMAT = 1;

    private final Path file;
    private final Duration maxAge;
    private final String rules;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private final List<String> notices;

    /** What the cache knows of a URL that worked. */
    private record Entry(Instant checkedAt, int status, String reason, URI finalUri) {}

    private ResultCache(Path file, Duration maxAge, String rules, Clock clock, Map<String, Entry> entries,
            List<String> notices) {
        this.file = file;
        this.maxAge = maxAge;
        this.rules = rules;
        this.clock = clock;
        this.entries = entries;
        this.notices = notices;
    }

    /**
     * Reads the cache file; a missing one is an empty cache, and so is one that cannot be read or was
     * written under other verdict rules, with a notice saying so.
     */
    public static ResultCache load(Path file, Duration maxAge, CheckSettings settings, Clock clock) {
        String rules = rules(settings);
        List<String> notices = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new ResultCache(file, maxAge, rules, clock, entries, notices);
        }
        try {
            CacheFile read = read(file);
            if (read.format() != FORMAT) {
                notices.add(unusable(file, "not a cache file of this plugin"));
            } else if (!rules.equals(read.rules())) {
                notices.add("cache " + file + " was written under other settings (" + read.rules()
                        + "), so every URL is checked again");
            } else {
                for (Map<String, String> entry : read.entries()) {
                    entries.put(requiredText(entry, "url"), entry(entry));
                }
            }
        } catch (IOException | DateTimeException e) {
            entries.clear();
            notices.add(unusable(file, e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage())));
        }
        return new ResultCache(file, maxAge, rules, clock, entries, notices);
    }

    /** A cache that knows nothing and is never saved: every URL is checked. */
    public static ResultCache disabled(CheckSettings settings) {
        return new ResultCache(null, Duration.ZERO, rules(settings), Clock.systemUTC(), new LinkedHashMap<>(), List.of());
    }

    /** What the run should tell the user about the cache file: why it could not be used, if it could not. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * Answers the targets it can from the cache, has the checker check the rest, and returns every result
     * in the targets' order. Fresh OK results are remembered; URLs that did not work are forgotten.
     */
    public CheckReport checkAll(CheckSettings settings, List<LinkTarget> targets, Checker checker)
            throws InterruptedException {
        Instant now = clock.instant();
        CheckResult[] results = new CheckResult[targets.size()];
        List<LinkTarget> toCheck = new ArrayList<>();
        List<Integer> toCheckIndex = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            LinkTarget target = targets.get(i);
            Optional<CheckResult> cached = cached(target, now);
            if (cached.isPresent()) {
                results[i] = cached.get();
            } else {
                toCheck.add(target);
                toCheckIndex.add(i);
            }
        }
        // With every URL answered here, no HTTP client need be set up at all.
        CheckReport fresh = toCheck.isEmpty()
                ? new CheckReport(settings, List.of(), Duration.ZERO)
                : checker.check(toCheck);
        for (int j = 0; j < toCheck.size(); j++) {
            CheckResult result = fresh.results().get(j);
            results[toCheckIndex.get(j)] = result;
            remember(result, now);
        }
        return new CheckReport(settings, List.of(results), fresh.wallTime());
    }

    /** Writes the cache file, leaving out entries older than {@code maxAge}. */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("a disabled cache has no file to save");
        }
        Instant oldest = clock.instant().minus(maxAge);
        JsonFiles.write(file, false, json -> {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("rules", rules);
            json.writeArrayFieldStart("entries");
            for (Map.Entry<String, Entry> kept : entries.entrySet()) {
                Entry entry = kept.getValue();
                if (entry.checkedAt().isAfter(oldest)) {
                    json.writeStartObject();
                    json.writeStringField("url", kept.getKey());
                    json.writeStringField("checkedAt", entry.checkedAt().toString());
                    json.writeNumberField("status", entry.status());
                    json.writeStringField("reason", entry.reason());
                    if (entry.finalUri() != null) {
                        json.writeStringField("finalUrl", entry.finalUri().toString());
                    }
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private Optional<CheckResult> cached(LinkTarget target, Instant now) {
        Entry entry = cacheable(target.url()) ? entries.get(target.url()) : null;
        if (entry == null || !entry.checkedAt().isAfter(now.minus(maxAge))) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult(target, Verdict.OK, new Outcome.Status(entry.status(), entry.reason()),
                Duration.ZERO, entry.finalUri(), null, 0,
                entry.checkedAt()));
    }

    private void remember(CheckResult result, Instant now) {
        String url = result.target().url();
        if (!cacheable(url)) {
            return;
        }
        if (result.verdict() == Verdict.OK && result.outcome() instanceof Outcome.Status status) {
            entries.put(url, new Entry(now, status.code(), status.reason() == null ? "" : status.reason(),
                    result.redirectedTo().orElse(null)));
        } else {
            entries.remove(url);
        }
    }

    /**
     * Whether a URL's result may be kept: http(s) URLs, and never one with a password in it, which must not
     * end up in a file that CI stores. Excluded URLs never get here: the run's screening answers them first.
     */
    private static boolean cacheable(String url) {
        return HttpUrls.isHttp(url)
                && HttpUrls.redact(url).equals(url);
    }

    /** The settings that decide whether a response counts as working: a cache written under others is not used. */
    static String rules(CheckSettings settings) {
        return "acceptedStatusCodes=" + settings.acceptedStatusCodes()
                + ", maxRedirects=" + settings.maxRedirects()
                + ", checkFragments=" + settings.checkFragments()
                + ", slowThreshold=" + settings.slowThreshold().map(threshold -> threshold.toMillis() + "ms").orElse("none");
    }

    /** The file as read: its format, its rules, and its entries' fields as text. */
    private record CacheFile(int format, String rules, List<Map<String, String>> entries) {}

    private static CacheFile read(Path file) throws IOException {
        try (JsonParser json = JsonFiles.parser(file)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            int format = 0;
            String rules = "";
            List<Map<String, String>> entries = List.of();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "format" -> {
                        format = value == JsonToken.VALUE_NUMBER_INT ? json.getIntValue() : -1;
                        json.skipChildren();
                    }
                    case "rules" -> {
                        rules = value.isScalarValue() ? json.getValueAsString("") : "";
                        json.skipChildren();
                    }
                    case "entries" -> entries = readEntries(json, value);
                    default -> json.skipChildren();
                }
            }
            return new CacheFile(format, rules, entries);
        }
    }

    private static List<Map<String, String>> readEntries(JsonParser json, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw new IOException("entries is not a list");
        }
        List<Map<String, String>> entries = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> entry = new HashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                if (json.nextToken().isScalarValue()) {
                    entry.put(field, json.getValueAsString());
                } else {
                    json.skipChildren();
                }
            }
            entries.add(entry);
        }
        if (json.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException("an entry is not an object");
        }
        return entries;
    }

    /** An entry as read, every field checked, so that nothing of a damaged file is used later in the run. */
    private static Entry entry(Map<String, String> entry) throws IOException {
        Instant checkedAt = Instant.parse(requiredText(entry, "checkedAt"));
        int status;
        try {
            status = Integer.parseInt(requiredText(entry, "status"));
        } catch (NumberFormatException e) {
            throw new IOException("an entry has no status from 100 to 599", e);
        }
        if (status < 100 || status > 599) {
            throw new IOException("an entry has no status from 100 to 599");
        }
        URI finalUri = null;
        if (entry.get("finalUrl") != null) {
            try {
                finalUri = new URI(entry.get("finalUrl"));
            } catch (URISyntaxException e) {
                throw new IOException("an entry's finalUrl is not a URL: " + e.getMessage(), e);
            }
        }
        String reason = entry.get("reason");
        return new Entry(checkedAt, status, reason == null ? "" : reason, finalUri);
    }

    private static String requiredText(Map<String, String> entry, String field) throws IOException {
        String value = entry.get(field);
        if (value == null) {
            throw new IOException("an entry has no " + field);
        }
        return value;
    }

    private static String unusable(Path file, String why) {
        return "cache " + file + " cannot be used (" + why + "); every URL is checked again and the file rewritten";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
