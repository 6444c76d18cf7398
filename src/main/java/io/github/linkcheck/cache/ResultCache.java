package io.github.linkcheck.cache;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.Classifier;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.HttpsUpgrade;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.core.StatusCodes;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Remembers the URLs that worked, so that a repeat run within {@code maxAge} does not request them again.
 * Only OK results of http(s) URLs are kept; anything else is checked on every run. The file is a cache, never
 * a reason to fail: one that cannot be read is reported and replaced.
 *
 * <p>Each entry keeps what its check went through (final status, time, attempts, whether it was redirected and
 * under which {@code maxRedirects}, whether its fragment was looked for, whether its https form was tried), so that a run with other verdict
 * settings judges the entry by them: an entry answers for its URL only when the run's settings would have judged
 * that check OK too, and its URL is requested again otherwise. Only a change to what is sent that no entry
 * records (the request headers and where they go) sets the whole file aside.
 *
 * <p>The file is not trusted either: anyone (or any earlier job) may have written it. An entry hides no broken
 * link, since only an entry that says OK with a status the run accepts, dated no later than now, answers
 * for its URL; any other is set aside and its URL checked. Nor can its size hurt the build: it is read as a
 * stream, only the entries worth keeping are held in memory, and past the {@code Limits} it is set aside or
 * cut short with a notice.
 *
 * <p>Safe for use by several runs at once: the modules of a parallel build share one cache.
 */
public final class ResultCache {

    static final int FORMAT = 1;

    /** The only verdict an entry may have: no other result is remembered. */
    private static final String TRUSTED_VERDICT = "ok";

    /** The fields an entry has; anything else in the file is skipped unread. */
    private static final Set<String> ENTRY_FIELDS = Set.of(
            "url",
            "verdict",
            "checkedAt",
            "status",
            "reason",
            "finalUrl",
            "elapsedMs",
            "attempts",
            "timeoutMs",
            "maxRedirects",
            "fragmentChecked",
            "httpsChecked");

    /**
     * How much of a cache file a run takes in, so that no file, however large, can exhaust the build's memory
     * or hold it up.
     *
     * @param maxFileBytes a larger file is not read at all
     * @param maxOtherEntries how many entries for URLs the run does not check are kept and written back; entries
     *     for the URLs it checks are always kept, as they are bounded by the run itself
     */
    record Limits(long maxFileBytes, int maxOtherEntries) {

        /**
         * 256 MiB is about two million entries, more than any run is expected to check, and is read in a few
         * seconds; 100,000 other entries take some 30 MB of heap.
         */
        static final Limits DOCUMENTED = new Limits(256L * 1024 * 1024, 100_000);
    }

    private final Path file;
    private final Duration maxAge;
    private final String rules;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private final List<String> notices;

    /**
     * What the cache knows of a URL that worked.
     *
     * @param elapsed the time its requests took; {@code null} when not recorded, which no time limit trusts
     * @param attempts how many times it was tried; 0 when not recorded, which no retry limit trusts
     * @param timeout the {@code timeout} it was checked under, which each of its requests stayed within;
     *     {@code null} when not recorded
     * @param maxRedirects the {@code maxRedirects} it was checked under, which its redirects stayed within; -1 when
     *     not recorded
     * @param fragmentChecked whether its {@code #fragment} was looked for on the page
     * @param httpsChecked whether its https form was tried ({@code checkHttps}) and found no upgrade; a link whose
     *     https form is an upgrade is {@linkplain Verdict#INSECURE insecure}, which is never kept, so that it is
     *     requested again on every run, as other links to fix are
     * @param read whether the entry was read from the file; one a run of this build remembered is written, but
     *     answers no later run of the build, whose results are shared as checked, so that "cached" always means
     *     from an earlier build
     */
    private record Entry(
            Instant checkedAt,
            int status,
            String reason,
            URI finalUri,
            Duration elapsed,
            int attempts,
            Duration timeout,
            int maxRedirects,
            boolean fragmentChecked,
            boolean httpsChecked,
            boolean read) {

        /**
         * Whether the check this entry records is OK under these settings too: its status is accepted, each of its
         * requests was within the timeout (checked under one no longer, or all of them together within it), it was
         * not slower than the slow threshold, needed no more retries than allowed, and followed no more redirects
         * than allowed; its fragment was looked for when fragments are checked; and the https form of a link written
         * with http was tried when {@code checkHttps} asks for it.
         */
        boolean holdsUnder(CheckSettings settings, String url, String written) {
            boolean withinTimeout = timeout != null && timeout.compareTo(settings.timeout()) <= 0
                    || elapsed != null && elapsed.compareTo(settings.timeout()) <= 0;
            // Entries are kept for OK checks only, so none was moved permanently: the rest is the verdict rules'.
            boolean judgedOk = elapsed != null
                    && new Classifier(settings).classify(new Outcome.Status(status, reason), elapsed, false)
                            == Verdict.OK;
            boolean redirectsAllowed =
                    finalUri == null || (maxRedirects >= 0 && maxRedirects <= settings.maxRedirects());
            boolean fragmentAsChecked = !settings.checkFragments() || url.indexOf('#') < 0 || fragmentChecked;
            boolean httpsAsChecked =
                    !settings.checkHttps() || HttpsUpgrade.httpsForm(written).isEmpty() || httpsChecked;
            return judgedOk
                    && httpsAsChecked
                    && withinTimeout
                    && attempts > 0
                    && attempts - 1 <= settings.retryPolicy().retries()
                    && redirectsAllowed
                    && fragmentAsChecked;
        }
    }

    private ResultCache(
            Path file, Duration maxAge, String rules, Clock clock, Map<String, Entry> entries, List<String> notices) {
        this.file = file;
        this.maxAge = maxAge;
        this.rules = rules;
        this.clock = clock;
        this.entries = entries;
        this.notices = notices;
    }

    /**
     * Reads the cache file for a run of the given targets; a missing one is an empty cache, and so is one that
     * cannot be read, is too large or was written under other {@linkplain #rules rules}, with a notice saying so.
     */
    public static ResultCache load(
            Path file, Duration maxAge, CheckSettings settings, Clock clock, List<LinkTarget> targets) {
        return load(file, maxAge, settings, clock, targets, Limits.DOCUMENTED);
    }

    static ResultCache load(
            Path file, Duration maxAge, CheckSettings settings, Clock clock, List<LinkTarget> targets, Limits limits) {
        String rules = rules(settings);
        List<String> notices = new ArrayList<>();
        if (!Files.exists(file)) {
            return new ResultCache(file, maxAge, rules, clock, new LinkedHashMap<>(), notices);
        }
        Selection selection = new Selection(
                settings,
                clock.instant(),
                maxAge,
                targets.stream().map(LinkTarget::checkedUrl).collect(Collectors.toSet()),
                limits.maxOtherEntries());
        try {
            long bytes = Files.size(file);
            if (bytes > limits.maxFileBytes()) {
                notices.add(
                        "cache " + file + " is " + size(bytes) + ", over the " + size(limits.maxFileBytes())
                                + " a cache file may have, so it is not read; every URL is checked again and the file rewritten");
                return new ResultCache(file, maxAge, rules, clock, new LinkedHashMap<>(), notices);
            }
            CacheFile read = read(file, selection);
            if (read.format() != FORMAT) {
                notices.add(unusable(file, "not a cache file of this plugin"));
            } else if (!rules.equals(read.rules())) {
                notices.add("cache " + file + " was written under other settings (" + shortened(read.rules())
                        + "), so every URL is checked again");
            } else {
                notices.addAll(selection.notices(file));
                return new ResultCache(file, maxAge, rules, clock, selection.kept, notices);
            }
        } catch (IOException | DateTimeException e) {
            notices.add(
                    unusable(file, e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage())));
        }
        return new ResultCache(file, maxAge, rules, clock, new LinkedHashMap<>(), notices);
    }

    /** A cache that knows nothing and is never saved: every URL is checked. */
    public static ResultCache disabled(CheckSettings settings) {
        return new ResultCache(
                null, Duration.ZERO, rules(settings), Clock.systemUTC(), new LinkedHashMap<>(), List.of());
    }

    /** What the run should tell the user about the cache file: why it could not be used, if it could not. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * Whether results checked under these settings may be kept here: they send the requests this cache's entries
     * were checked with. Verdict settings may differ, as each entry is judged by the settings of the run that asks.
     */
    public boolean requestsAlike(CheckSettings settings) {
        return rules.equals(rules(settings));
    }

    /**
     * Answers the targets it can from the cache, has the checker check the rest, and returns every result
     * in the targets' order. Fresh OK results are remembered; URLs that did not work are forgotten.
     */
    public CheckReport checkAll(CheckSettings settings, List<LinkTarget> targets, CheckReport.BatchCheck checker)
            throws InterruptedException {
        Instant now = clock.instant();
        CheckReport report =
                CheckReport.answeredOrChecked(settings, targets, target -> cached(target, settings, now), checker);
        report.results().stream()
                .filter(result -> !result.isCached())
                .forEach(result -> remember(result, settings, now));
        return report;
    }

    /** Writes the cache file, leaving out entries older than {@code maxAge}. */
    public synchronized void save() throws IOException {
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
                    json.writeStringField("verdict", TRUSTED_VERDICT);
                    json.writeStringField("checkedAt", entry.checkedAt().toString());
                    json.writeNumberField("status", entry.status());
                    json.writeStringField("reason", entry.reason());
                    if (entry.finalUri() != null) {
                        json.writeStringField("finalUrl", entry.finalUri().toString());
                    }
                    if (entry.elapsed() != null) {
                        json.writeNumberField("elapsedMs", entry.elapsed().toMillis());
                    }
                    json.writeNumberField("attempts", entry.attempts());
                    if (entry.timeout() != null) {
                        json.writeNumberField("timeoutMs", entry.timeout().toMillis());
                    }
                    json.writeNumberField("maxRedirects", entry.maxRedirects());
                    json.writeBooleanField("fragmentChecked", entry.fragmentChecked());
                    json.writeBooleanField("httpsChecked", entry.httpsChecked());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private synchronized Optional<CheckResult> cached(LinkTarget target, CheckSettings settings, Instant now) {
        // Keyed on the URL requested: a remapped link's result says nothing of the URL as written.
        String url = target.checkedUrl();
        Entry entry = cacheable(url) ? entries.get(url) : null;
        if (entry == null
                || !entry.read()
                || !entry.checkedAt().isAfter(now.minus(maxAge))
                || !entry.holdsUnder(settings, url, target.url())) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult(
                target,
                Verdict.OK,
                new Outcome.Status(entry.status(), entry.reason()),
                Duration.ZERO,
                entry.finalUri(),
                null,
                0,
                entry.checkedAt()));
    }

    private synchronized void remember(CheckResult result, CheckSettings settings, Instant now) {
        String url = result.target().checkedUrl();
        if (!cacheable(url)) {
            return;
        }
        if (result.verdict() == Verdict.OK && result.outcome() instanceof Outcome.Status status) {
            entries.put(
                    url,
                    new Entry(
                            now,
                            status.code(),
                            status.reason() == null ? "" : status.reason(),
                            result.redirectedTo().orElse(null),
                            result.elapsed(),
                            result.attempts(),
                            settings.timeout(),
                            settings.maxRedirects(),
                            settings.checkFragments() && url.indexOf('#') >= 0,
                            settings.checkHttps()
                                    && HttpsUpgrade.httpsForm(result.target().url())
                                            .isPresent(),
                            false));
        } else {
            entries.remove(url);
        }
    }

    /**
     * Whether a URL's result may be kept: http(s) URLs, and never one with a password in it, which must not
     * end up in a file that CI stores. Excluded URLs never get here: the run's screening answers them first.
     */
    private static boolean cacheable(String url) {
        return HttpUrls.isHttp(url) && HttpUrls.redact(url).equals(url);
    }

    /**
     * What of the requests no entry records, so that a cache written under other such settings is not used: the
     * request headers by name and the hosts they go to, since a header (a token, say) can decide what a server
     * answers. Never a header's value, which is a secret, and which may change on every run (a CI job's token)
     * without changing what a link is. The verdict settings are not here: each entry is judged by them
     * ({@link Entry#holdsUnder}).
     */
    static String rules(CheckSettings settings) {
        return "headers="
                + settings.headers().stream()
                        .map(RequestHeader::toString)
                        .sorted()
                        .toList();
    }

    /**
     * Decides entry by entry, as the file is read, which entries the run keeps, so that only those are ever
     * held in memory.
     */
    private static final class Selection {

        private final StatusCodes acceptedStatusCodes;
        private final Instant now;
        private final Instant oldest;
        private final Set<String> runUrls;
        private final int maxOtherEntries;
        private final Map<String, Entry> kept = new LinkedHashMap<>();
        private int otherEntries;
        private int setAside;
        private int leftOut;

        Selection(CheckSettings settings, Instant now, Duration maxAge, Set<String> runUrls, int maxOtherEntries) {
            this.acceptedStatusCodes = settings.acceptedStatusCodes();
            this.now = now;
            this.oldest = now.minus(maxAge);
            this.runUrls = runUrls;
            this.maxOtherEntries = maxOtherEntries;
        }

        /**
         * Whether an entry for the URL could be kept; when not, it is left out before its fields are parsed,
         * which keeps reading an oversized file quick.
         */
        boolean hasRoomFor(String url) {
            if (runUrls.contains(url) || kept.containsKey(url) || otherEntries < maxOtherEntries) {
                return true;
            }
            leftOut++;
            return false;
        }

        /** Keeps the entry when it is trusted and fresh; an expired one is dropped, its URL checked again. */
        void offer(String url, String verdict, Entry entry) {
            // A date ahead of now (a hand edit, or a clock that ran ahead) would keep the entry fresh for ever.
            boolean trusted = TRUSTED_VERDICT.equals(verdict)
                    && acceptedStatusCodes.contains(entry.status())
                    && !entry.checkedAt().isAfter(now);
            if (!trusted) {
                setAside++;
                return;
            }
            boolean expired = !entry.checkedAt().isAfter(oldest);
            if (expired) {
                return;
            }
            if (!runUrls.contains(url) && !kept.containsKey(url)) {
                otherEntries++;
            }
            kept.put(url, entry);
        }

        List<String> notices(Path file) {
            List<String> notices = new ArrayList<>();
            if (setAside > 0) {
                notices.add(
                        "cache " + file + ": " + setAside + " entries set aside (not ok, a status that"
                                + " acceptedStatusCodes does not accept, or dated in the future); their URLs are checked again");
            }
            if (leftOut > 0) {
                notices.add("cache " + file + " has more than " + maxOtherEntries + " entries for URLs this run does"
                        + " not check; the other " + leftOut + " are left out of the file");
            }
            return notices;
        }
    }

    /** The file as read: its format and its rules; its entries went to the selection. */
    private record CacheFile(int format, String rules) {}

    private static CacheFile read(Path file, Selection selection) throws IOException {
        try (JsonParser json = JsonFiles.parser(file)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            int format = 0;
            String rules = "";
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
                    case "entries" -> readEntries(json, value, selection);
                    default -> json.skipChildren();
                }
            }
            return new CacheFile(format, rules);
        }
    }

    private static void readEntries(JsonParser json, JsonToken start, Selection selection) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw new IOException("entries is not a list");
        }
        while (json.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> entry = new HashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                if (json.nextToken().isScalarValue() && ENTRY_FIELDS.contains(field)) {
                    entry.put(field, json.getValueAsString());
                } else {
                    json.skipChildren();
                }
            }
            String url = requiredText(entry, "url");
            if (selection.hasRoomFor(url)) {
                selection.offer(url, entry.get("verdict"), entry(entry));
            }
        }
        if (json.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException("an entry is not an object");
        }
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
                throw new IOException("an entry's finalUrl is not a URL", e);
            }
        }
        String reason = entry.get("reason");
        return new Entry(
                checkedAt,
                status,
                reason == null ? "" : reason,
                finalUri,
                millis(entry, "elapsedMs"),
                (int) Math.min(Integer.MAX_VALUE, wholeNumber(entry.getOrDefault("attempts", "0"), "attempts")),
                millis(entry, "timeoutMs"),
                entry.containsKey("maxRedirects")
                        ? (int) Math.min(Integer.MAX_VALUE, wholeNumber(entry.get("maxRedirects"), "maxRedirects"))
                        : -1,
                Boolean.parseBoolean(entry.get("fragmentChecked")),
                Boolean.parseBoolean(entry.get("httpsChecked")),
                true);
    }

    private static Duration millis(Map<String, String> entry, String field) throws IOException {
        String text = entry.get(field);
        return text == null ? null : Duration.ofMillis(wholeNumber(text, field));
    }

    private static long wholeNumber(String text, String field) throws IOException {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Told below, as for a negative number.
        }
        throw new IOException("an entry's " + field + " is not a whole number");
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

    /** The start of a text from the file, which may be of any length, for a warning. */
    private static String shortened(String text) {
        int most = 200;
        return text.length() <= most ? text : text.substring(0, most) + "...";
    }

    /** A file size for people, rounded up, so that a file over a limit never reads as of the limit's size. */
    private static String size(long bytes) {
        long mebibyte = 1024 * 1024;
        return bytes < mebibyte ? bytes + " bytes" : (bytes + mebibyte - 1) / mebibyte + " MiB";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
