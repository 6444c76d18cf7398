package io.github.linkcheck.sources;

import io.github.linkcheck.core.LinkTarget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the links of documents: Markdown and HTML through their parsers, other text by its bare URLs.
 * Absolute links are checked as URLs; relative ones are resolved against the document's folder and checked
 * on disk; links to a place in the same page ({@code #section}) are left alone.
 */
public final class DocumentScanner {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path baseDirectory;
    private final LinkExtractor markdown = new MarkdownLinkExtractor();
    private final LinkExtractor html = new HtmlLinkExtractor();
    private final LinkExtractor plainText = new PlainTextLinkExtractor();

    /** @param baseDirectory the project's folder: places are named relative to it */
    public DocumentScanner(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /**
     * The links of every document of the sets, in file order.
     *
     * @throws UncheckedIOException when a set's folder cannot be listed
     */
    public LinkSources scan(List<DocumentSet> sets) {
        List<LinkTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DocumentSet set : sets) {
            for (Path document : documents(set)) {
                String place = placeOf(document);
                try {
                    String text = readText(document);
                    for (FoundLink link : extractorFor(document).extract(text)) {
                        target(document, link, place + ":" + link.line() + ":" + link.column()).ifPresent(targets::add);
                    }
                } catch (CharacterCodingException e) {
                    problems.add(place + ": not UTF-8 text, skipped");
                } catch (IOException e) {
                    problems.add(place + ": cannot be read (" + e.getMessage() + "), skipped");
                }
            }
        }
        return new LinkSources(targets, problems);
    }

    private List<Path> documents(DocumentSet set) {
        Path directory = baseDirectory.resolve(set.directory()).normalize();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<PathPattern> includes = set.includes().stream().map(PathPattern::of).toList();
        List<PathPattern> excludes = set.excludes().stream().map(PathPattern::of).toList();
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String relative = directory.relativize(file).toString().replace('\\', '/');
                        return includes.stream().anyMatch(pattern -> pattern.matches(relative))
                                && excludes.stream().noneMatch(pattern -> pattern.matches(relative));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the documents in " + directory, e);
        }
    }

    private LinkExtractor extractorFor(Path document) {
        String name = document.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return markdown;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return html;
        }
        return plainText;
    }

    /** The text of a document, which must be UTF-8 and not binary. */
    private static String readText(Path document) throws IOException {
        byte[] bytes = Files.readAllBytes(document);
        for (byte b : bytes) {
            if (b == 0) {
                throw new CharacterCodingException();
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private Optional<LinkTarget> target(Path document, FoundLink link, String place) {
        String url = link.url().strip();
        if (url.startsWith("#") || url.isEmpty()) {
            return Optional.empty();
        }
        if (url.startsWith("//")) {
            return Optional.of(LinkTarget.of("https:" + url, place));
        }
        if (SCHEME.matcher(url).find()) {
            return Optional.of(LinkTarget.of(url, place));
        }
        String path = url.replaceFirst("[?#].*$", "");
        Path file = path.startsWith("/")
                ? baseDirectory.resolve(decode(path.substring(1)))
                : document.getParent().resolve(decode(path));
        file = file.normalize();
        return Optional.of(LinkTarget.localFile(placeOf(file), file, place));
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return path;
        }
    }

    private String placeOf(Path file) {
        return ProjectPaths.shown(baseDirectory, file);
    }
}
