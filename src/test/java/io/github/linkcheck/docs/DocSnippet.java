package io.github.linkcheck.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of the documentation, with the marker that says what a user does with it. Every block
 * has one, on the last non-blank line before its fence, so that no snippet is forgotten by the tests:
 *
 * <ul>
 *   <li>{@code <!-- runnable: pom -->}: XML that goes into a POM's {@code <project>}
 *   <li>{@code <!-- runnable: configuration -->}: the plugin's {@code <configuration>}, or parameters in it
 *   <li>{@code <!-- runnable: settings -->}: XML of {@code settings.xml}, whole or a part of it
 *   <li>{@code <!-- runnable: toolchains -->}: a whole {@code toolchains.xml}
 *   <li>{@code <!-- runnable: shell -->}: commands run in a project that declares the plugin; with
 *       {@code , no pom} in a folder without one; with {@code , settings above} also with the settings snippet
 *       before it in the same file
 *   <li>{@code <!-- not runnable: <why> -->}: output, or a command the tests cannot run, with the reason
 * </ul>
 *
 * @param file the document, as given
 * @param line the line of the opening fence, counted from 1
 * @param kind what the snippet is run as; {@code null} when it is not runnable
 * @param options the marker's words after the kind ({@code no pom}, {@code settings above})
 * @param text the lines between the fences, their common indent removed
 */
public record DocSnippet(String file, int line, Kind kind, List<String> options, String text) {

    /** How a runnable snippet is used. */
    public enum Kind {
        POM,
        CONFIGURATION,
        SETTINGS,
        TOOLCHAINS,
        SHELL;

        static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private static final Pattern FENCE = Pattern.compile("^( *)```\\s*(\\S*)\\s*$");
    private static final Pattern RUNNABLE = Pattern.compile("^\\s*<!-- runnable: ([^>]*?) -->\\s*$");
    private static final Pattern NOT_RUNNABLE = Pattern.compile("^\\s*<!-- not runnable: \\S[^>]*? -->\\s*$");

    /** Where the snippet stands, as a reader finds it: {@code docs/configuration.md:126}. */
    public String place() {
        return file + ":" + line;
    }

    public boolean runnable() {
        return kind != null;
    }

    public boolean has(String option) {
        return options.contains(option);
    }

    /**
     * The snippets of a Markdown document's lines.
     *
     * @throws IllegalArgumentException naming every snippet without a marker, or with one that says nothing usable
     */
    static List<DocSnippet> parse(String name, List<String> lines) {
        List<String> unmarked = new ArrayList<>();
        List<DocSnippet> snippets = parse(name, lines, unmarked);
        refuseUnmarked(unmarked);
        return snippets;
    }

    private static void refuseUnmarked(List<String> unmarked) {
        if (!unmarked.isEmpty()) {
            throw new IllegalArgumentException(
                    "snippets without a marker (<!-- runnable: pom|configuration|settings|toolchains|shell -->"
                            + " or <!-- not runnable: why -->) on the line before the fence: "
                            + String.join(", ", unmarked));
        }
    }

    /** The snippets of a document; the places of those without a usable marker are added to {@code unmarked}. */
    private static List<DocSnippet> parse(String name, List<String> lines, List<String> unmarked) {
        List<DocSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).strip().equals("```")) {
                close++;
            }
            if (close == lines.size()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": the fence is never closed");
            }
            StringBuilder text = new StringBuilder();
            for (String line : lines.subList(i + 1, close)) {
                text.append(line.length() >= indent ? line.substring(indent) : line.strip())
                        .append('\n');
            }
            String marker = markerLine(lines, i);
            Matcher runnable = RUNNABLE.matcher(marker);
            if (runnable.matches()) {
                List<String> words = List.of(runnable.group(1).split("\\s*,\\s*"));
                Kind kind = Kind.named(words.get(0));
                if (kind == null) {
                    unmarked.add(name + ":" + (i + 1) + " (runnable as '" + words.get(0) + "'?)");
                } else {
                    snippets.add(new DocSnippet(name, i + 1, kind, words.subList(1, words.size()), text.toString()));
                }
            } else if (NOT_RUNNABLE.matcher(marker).matches()) {
                snippets.add(new DocSnippet(name, i + 1, null, List.of(), text.toString()));
            } else {
                unmarked.add(name + ":" + (i + 1));
            }
            i = close;
        }
        return snippets;
    }

    private static String markerLine(List<String> lines, int fence) {
        for (int i = fence - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "";
    }

    /**
     * The snippets of the README and of every Markdown file in {@code docs/}, in that order.
     *
     * @throws IllegalArgumentException naming every snippet of them without a usable marker
     */
    public static List<DocSnippet> ofProject(Path projectFolder) throws IOException {
        List<Path> documents = new ArrayList<>(List.of(projectFolder.resolve("README.md")));
        try (var docs = Files.list(projectFolder.resolve("docs"))) {
            documents.addAll(docs.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList());
        }
        List<DocSnippet> all = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (Path document : documents) {
            String name = projectFolder.relativize(document).toString().replace('\\', '/');
            all.addAll(parse(name, Files.readAllLines(document), unmarked));
        }
        refuseUnmarked(unmarked);
        return all;
    }
}
