package io.github.linkcheck.core;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The least time between two requests to one host, counted from the answer to the first: a default
 * ({@code hostRequestInterval}) and entries for some hosts ({@code hostRequestIntervals}), the first matching entry
 * winning. Zero paces nothing.
 *
 * @param defaultInterval for hosts no entry names
 * @param entries the hosts' own intervals, in the order given
 */
public record HostIntervals(Duration defaultInterval, List<Entry> entries) {

    /** The longest interval accepted: a host that allows one request an hour is not worth checking. */
    public static final Duration MAX_INTERVAL = Duration.ofHours(1);

    /** No pacing at all. */
    public static final HostIntervals NONE = new HostIntervals(Duration.ZERO, List.of());

    /** One entry of {@code hostRequestIntervals}: the hosts of a pattern, and their interval. */
    public record Entry(HostPattern hosts, Duration interval) {}

    public HostIntervals {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the two settings as users write them: a duration or {@code 0} for the default, and entries
     * {@code pattern=duration}.
     *
     * @throws InvalidSettingException naming the setting and the value that cannot be used
     */
    public static HostIntervals parse(String defaultValue, List<String> entryValues) {
        Duration defaultInterval =
                isSet(defaultValue) ? interval("hostRequestInterval", defaultValue, defaultValue) : Duration.ZERO;
        List<Entry> entries = new ArrayList<>();
        for (String value : entryValues == null ? List.<String>of() : entryValues) {
            if (!isSet(value)) {
                // An empty entry (a stray comma on the command line, which Maven passes as null) sets nothing.
                continue;
            }
            int equals = value.lastIndexOf('=');
            Optional<HostPattern> hosts = equals < 0 ? Optional.empty() : HostPattern.parse(value.substring(0, equals));
            if (hosts.isEmpty()) {
                throw new InvalidSettingException(
                        "hostRequestIntervals",
                        value,
                        "expected host=duration, such as github.com=1s, where host is one of "
                                + HostPattern.ACCEPTED_FORMS);
            }
            entries.add(new Entry(hosts.get(), interval("hostRequestIntervals", value, value.substring(equals + 1))));
        }
        return new HostIntervals(defaultInterval, entries);
    }

    /** The interval for requests to {@code uri}'s host. */
    public Duration intervalFor(URI uri) {
        for (Entry entry : entries) {
            if (entry.hosts().matches(uri, false)) {
                return entry.interval();
            }
        }
        return defaultInterval;
    }

    private static Duration interval(String setting, String value, String duration) {
        if (duration.strip().equals("0")) {
            return Duration.ZERO;
        }
        try {
            return Durations.parse(setting, duration, MAX_INTERVAL);
        } catch (InvalidSettingException e) {
            throw new InvalidSettingException(
                    setting,
                    value,
                    Durations.accepted(MAX_INTERVAL).replaceFirst("^expected ", "expected 0 (no pacing) or "));
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
