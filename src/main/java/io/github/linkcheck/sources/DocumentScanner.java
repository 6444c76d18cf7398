package io.github.linkcheck.sources;

import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the links of documents: Markdown and HTML through their parsers, other text by its bare URLs.
 * Absolute links are checked as URLs; relative ones are resolved against the document's folder and checked
 * on disk. With fragment checks, a link's {@code #fragment} is kept to be looked for in its target, and
 * links to a place in the same document ({@code #section}) are checked too; without, they are left alone.
 */
public final class DocumentScanner {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path baseDirectory;
    private final boolean checkFragments;
    private final LinkExtractor markdown = new MarkdownLinkExtractor();
    private final LinkExtractor html = new HtmlLinkExtractor();
    private final LinkExtractor plainText = new PlainTextLinkExtractor();

    /**
     * @param baseDirectory the project's folder: places are named relative to it
     * @param checkFragments whether the {@code #fragment}s of relative links are kept for checking
     */
    public DocumentScanner(Path baseDirectory, boolean checkFragments) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.checkFragments = checkFragments;
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
                    String text = DocumentKind.readText(document);
                    for (FoundLink link : extractorFor(document).extract(text)) {
                        target(document, link, origin(place, link)).ifPresent(targets::add);
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

    /**
     * Where a link starts; parsers give no position (-1) for elements they make up to repair broken
     * markup, and the link is then named by its file alone.
     */
    private static Origin origin(String place, FoundLink link) {
        return link.line() > 0 ? Origin.at(place, link.line(), Math.max(link.column(), 0)) : Origin.at(place, 0, 0);
    }

    private LinkExtractor extractorFor(Path document) {
        return switch (DocumentKind.of(document)) {
            case MARKDOWN -> markdown;
            case HTML -> html;
            case PLAIN_TEXT -> plainText;
        };
    }

    private Optional<LinkTarget> target(Path document, FoundLink link, Origin place) {
        String url = link.url().strip();
        if (url.isEmpty() || (url.startsWith("#") && !checkFragments)) {
            return Optional.empty();
        }
        if (url.startsWith("//")) {
            return Optional.of(LinkTarget.of("https:" + url, place));
        }
        if (SCHEME.matcher(url).find()) {
            return Optional.of(LinkTarget.of(url, place));
        }
        int fragmentStart = url.indexOf('#');
        String fragment = checkFragments && fragmentStart >= 0 ? url.substring(fragmentStart + 1) : null;
        String path = url.replaceFirst("[?#].*$", "");
        Path file;
        if (path.isEmpty()) {
            file = document;
        } else if (path.startsWith("/")) {
            file = baseDirectory.resolve(PercentEncoding.decode(path.substring(1)));
        } else {
            file = document.getParent().resolve(PercentEncoding.decode(path));
        }
        file = file.normalize();
        String shownAs = placeOf(file) + (fragment == null ? "" : "#" + fragment);
        return Optional.of(LinkTarget.localFile(shownAs, new LocalFile(file, fragment), place));
    }

    private String placeOf(Path file) {
        return ProjectPaths.shown(baseDirectory, file);
    }
}
