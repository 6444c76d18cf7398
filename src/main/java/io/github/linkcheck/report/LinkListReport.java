package io.github.linkcheck.report;

import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.LinkList;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.UntrustedText;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the {@code list} goal shows: a line for every place of every link, with what a check would do with it, a
 * line counting the actions, and {@code links.json} for tools. URLs are shown without user info, and what documents
 * chose (file names, URLs) is {@linkplain UntrustedText#neutralise neutralised} on the console and escaped in the
 * file.
 */
public final class LinkListReport {

    /** The file, in {@code outputDirectory}. */
    public static final String JSON = "links.json";

    public static final int SCHEMA_VERSION = 1;

    private final List<LinkList.Entry> entries;

    public LinkListReport(List<LinkList.Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * A line for each place of each link, in the order the links were found, for example
     * {@code linkcheck: README.md:3:5: request: https://example.org/} or
     * {@code linkcheck: README.md:9:1: excluded: https://www.linkedin.com/in/x (left out by exclude 'linkedin')}.
     */
    public List<String> lines() {
        return entries.stream()
                .flatMap(entry -> entry.target().origins().stream().map(origin -> line(entry, origin)))
                .toList();
    }

    private static String line(LinkList.Entry entry, Origin origin) {
        StringBuilder line = new StringBuilder(ConsoleReport.PREFIX)
                .append(UntrustedText.neutralise(origin.describe()))
                .append(": ")
                .append(entry.action().label())
                .append(": ")
                .append(UntrustedText.neutralise(entry.target().describeUrl()));
        if (entry.reason() != null) {
            line.append(" (").append(UntrustedText.neutralise(entry.reason())).append(')');
        }
        return line.toString();
    }

    /** For example {@code linkcheck: 12 links listed: 8 request, 2 check on disk, 1 skipped, 1 excluded}. */
    public String summary() {
        return ConsoleReport.PREFIX + Counts.of(entries.size(), "link", "links") + " listed"
                + (entries.isEmpty()
                        ? ""
                        : ": "
                                + counts().entrySet().stream()
                                        .map(count -> Counts.of(count.getValue()) + " "
                                                + count.getKey().label())
                                        .collect(Collectors.joining(", ")));
    }

    /** How many links get each action, in the actions' order; actions no link gets are left out. */
    private Map<LinkList.Action, Long> counts() {
        return entries.stream()
                .collect(Collectors.groupingBy(
                        LinkList.Entry::action, () -> new EnumMap<>(LinkList.Action.class), Collectors.counting()));
    }

    public void write(Path file) throws IOException {
        JsonFiles.write(file, true, this::write);
    }

    private void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        JsonFiles.writeTool(json);
        json.writeObjectFieldStart("totals");
        json.writeNumberField("links", entries.size());
        Map<LinkList.Action, Long> counts = counts();
        for (LinkList.Action action : LinkList.Action.values()) {
            json.writeNumberField(JsonFiles.fieldName(action), counts.getOrDefault(action, 0L));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("links");
        for (LinkList.Entry entry : entries) {
            json.writeStartObject();
            json.writeStringField("url", HttpUrls.redact(entry.target().url()));
            if (entry.target().checkedAs() != null) {
                json.writeStringField(
                        "checkedAs", HttpUrls.redact(entry.target().checkedAs()));
            }
            json.writeStringField("kind", entry.target().localFile() == null ? "url" : "file");
            json.writeStringField("action", JsonFiles.fieldName(entry.action()));
            if (entry.reason() != null) {
                json.writeStringField("reason", entry.reason());
            }
            JsonFiles.writePlaces(json, entry.target().origins());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
