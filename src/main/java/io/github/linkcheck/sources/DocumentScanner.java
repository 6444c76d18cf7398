package io.github.linkcheck.sources;

import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the links of documents: Markdown and HTML through their parsers, other text by its bare URLs. Each
 * link is first {@linkplain BrowserUrls#clean cleaned} as a browser cleans an {@code href}. Absolute links are
 * checked as URLs; relative ones ({@code file:docs/setup.md} too) are resolved against the document's folder,
 * and those starting with {@code /} against the root folder, as a site or a repository host serves them, and
 * checked on disk. A {@code \} in a relative link is part of a name, as GitHub renders a Markdown link. With fragment checks, a link's {@code #fragment} is kept to be looked for in its target, and
 * links to a place in the same document ({@code #section}) are checked too; without, they are left alone.
 *
 * <p>Nothing outside the root folder is read or looked at: a document whose real path is outside it (reached
 * through a symbolic link) is skipped with a warning, a document folder or pattern that reaches out of it is
 * a parameter error, and a relative link that leads out of it (through {@code ..} or a symbolic link) is
 * skipped unchecked. A {@code ..} in a {@code /} link stops at the root, as in a browser.
 *
 * <p>Places (the documents' and the linked files') are named relative to a folder of their own, the reactor
 * root in a build of several projects, so that each names its project: {@code mod-a/README.md:4:16}.
 */
public final class DocumentScanner {

    /** A {@code file:} URL whose path is relative: neither a {@code /} nor a Windows drive letter follows. */
    private static final Pattern RELATIVE_FILE_URL = Pattern.compile("(?i)file:(?![/\\\\]|[a-z][:|])(.+)");

    private final Path placesFrom;
    private final Path root;
    private final Path realRoot;
    private final boolean checkFragments;
    private final LinkExtractor markdown = new MarkdownLinkExtractor();
    private final LinkExtractor html = new HtmlLinkExtractor();
    private final LinkExtractor plainText = new PlainTextLinkExtractor();

    /**
     * Scans within one project's folder, which is also where places are named from.
     *
     * @param projectFolder the project's folder: places are named relative to it, {@code /} links start from it,
     *     and nothing outside it is read
     * @param checkFragments whether the {@code #fragment}s of relative links are kept for checking
     */
    public DocumentScanner(Path projectFolder, boolean checkFragments) {
        this(projectFolder, projectFolder, checkFragments);
    }

    /**
     * @param placesFrom the folder places are named from: the reactor root
     * @param rootDirectory the folder {@code /} links start from and nothing outside of which is read
     * @param checkFragments whether the {@code #fragment}s of relative links are kept for checking
     */
    public DocumentScanner(Path placesFrom, Path rootDirectory, boolean checkFragments) {
        this.placesFrom = placesFrom.toAbsolutePath().normalize();
        this.root = rootDirectory.toAbsolutePath().normalize();
        this.realRoot = ProjectPaths.realPath(this.root);
        this.checkFragments = checkFragments;
    }

    /**
     * The links of every document of the sets, in file order.
     *
     * @throws InvalidSettingException for a set whose folder or pattern reaches out of the root, before any
     *     document is read
     * @throws UncheckedIOException when a set's folder cannot be listed
     */
    public LinkSources scan(List<DocumentSet> sets) {
        List<Selection> selections = sets.stream().map(this::selection).toList();
        List<LinkTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Selection selection : selections) {
            for (Path document : documents(selection, problems)) {
                String place = placeOf(document);
                if (!isInsideRoot(document)) {
                    problems.add(place + ": its real path is outside rootDirectory (a symbolic link), skipped");
                    continue;
                }
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

    /** A set's folder and patterns, read and found to stay within the root. */
    private record Selection(
            Path directory, List<PathPattern> includes, List<PathPattern> excludes, boolean mayMatchNothing) {}

    private Selection selection(DocumentSet set) {
        Path directory = set.directory().toAbsolutePath().normalize();
        if (!isInsideRoot(directory)) {
            throw new InvalidSettingException(
                    "documents", directory.toString(), "expected a folder inside rootDirectory " + root);
        }
        return new Selection(
                directory,
                set.includes().stream().map(PathPattern::of).toList(),
                set.excludes().stream().map(PathPattern::of).toList(),
                set.mayMatchNothing());
    }

    /**
     * The documents of a set, in path order. Symbolic links to folders are not followed; one that leads out
     * of the root is reported, unless excluded, since documents under it are not read. A user's include
     * pattern that matches no document is reported: a typo ({@code doc/*.md}) would otherwise pass silently.
     */
    private List<Path> documents(Selection selection, List<String> problems) {
        Path directory = selection.directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> documents = new ArrayList<>();
        Set<PathPattern> unmatched = new LinkedHashSet<>(selection.includes());
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted().forEach(file -> {
                String relative = ProjectPaths.slashed(directory.relativize(file));
                if (selection.excludes().stream().anyMatch(pattern -> pattern.matches(relative))) {
                    return;
                }
                if (Files.isRegularFile(file)) {
                    List<PathPattern> matching = selection.includes().stream()
                            .filter(pattern -> pattern.matches(relative))
                            .toList();
                    if (!matching.isEmpty()) {
                        documents.add(file);
                        matching.forEach(unmatched::remove);
                    }
                } else if (Files.isSymbolicLink(file) && Files.isDirectory(file) && !isInsideRoot(file)) {
                    problems.add(placeOf(file) + ": a symbolic link to a folder outside rootDirectory, skipped");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the documents in " + directory, e);
        }
        if (!selection.mayMatchNothing()) {
            String folder = placeOf(directory);
            unmatched.forEach(pattern -> problems.add("documents pattern '" + pattern
                    + "' matched no document in folder '" + (folder.isEmpty() ? "." : folder) + "'"));
        }
        return documents;
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
        String url = BrowserUrls.clean(link.url());
        if (url.isEmpty() || (url.startsWith("#") && !checkFragments)) {
            return Optional.empty();
        }
        if (url.startsWith("//")) {
            return Optional.of(LinkTarget.of("https:" + url, place));
        }
        Optional<String> relativeFile = relativeFilePath(url);
        if (relativeFile.isPresent()) {
            return Optional.of(localTarget(document, relativeFile.get(), place));
        }
        if (BrowserUrls.hasScheme(url)) {
            return Optional.of(LinkTarget.of(url, place));
        }
        return Optional.of(localTarget(document, url, place));
    }

    /**
     * The path of a {@code file:} link relative to its document ({@code file:docs/setup.md}), as browsers read it
     * in a document opened from disk; empty for any other link. RFC 8089 has no relative {@code file:} URL: one
     * with a {@code /} after {@code file:} names a file on the reader's machine, and a drive letter
     * ({@code file:c:/...}) one on a Windows machine, both left to the checker, which does not look for them.
     */
    private static Optional<String> relativeFilePath(String url) {
        Matcher relative = RELATIVE_FILE_URL.matcher(url);
        return relative.matches() ? Optional.of(relative.group(1)) : Optional.empty();
    }

    /** A link relative to the document's folder, or with {@code /} to the root, as a file or folder on disk. */
    private LinkTarget localTarget(Path document, String url, Origin place) {
        int fragmentStart = url.indexOf('#');
        String fragment = checkFragments && fragmentStart >= 0 ? url.substring(fragmentStart + 1) : null;
        String path = url.replaceFirst("[?#].*$", "");
        if (PercentEncoding.decode(path).indexOf('\\') >= 0
                && document.getFileSystem().getSeparator().equals("\\")) {
            // GitHub reads a \ as part of a name, which Windows allows in none: this link is broken there.
            return LinkTarget.localFile(
                    url,
                    LocalFile.notAPath(
                            "a \\ is part of a file name on GitHub and the web;" + " write / between folders"),
                    place);
        }
        Path file;
        String shownAs;
        try {
            if (path.isEmpty()) {
                file = document;
            } else if (path.startsWith("/")) {
                file = root.resolve(withoutDotSegments(PercentEncoding.decode(path)));
            } else {
                file = document.getParent().resolve(PercentEncoding.decode(path));
            }
            file = file.normalize();
            shownAs = placeOf(file) + (fragment == null ? "" : "#" + fragment);
        } catch (InvalidPathException e) {
            // The document's text decides the path: a NUL or a character the file system forbids is its link's fault.
            return LinkTarget.localFile(url, LocalFile.notAPath(e.getReason()), place);
        }
        return LinkTarget.localFile(shownAs, new LocalFile(file, fragment, !isInsideRoot(file)), place);
    }

    /**
     * A {@code /} path, decoded, with its {@code .} and {@code ..} names taken out as a browser does (RFC 3986,
     * remove_dot_segments): a {@code ..} at the root stays at the root, so {@code /../../etc/hosts} is
     * {@code etc/hosts} under it. Relative to the root, without the leading {@code /}.
     */
    private static String withoutDotSegments(String rootedPath) {
        Deque<String> names = new ArrayDeque<>();
        for (String name : rootedPath.split("/")) {
            switch (name) {
                case "", "." -> {
                    // Nothing: a name that stays in the same folder.
                }
                case ".." -> names.pollLast();
                default -> names.addLast(name);
            }
        }
        return String.join("/", names);
    }

    /**
     * Whether a file or folder really is inside the root, symbolic links resolved. For a path that does not
     * exist, its nearest existing folder is judged: a missing file inside the root is reported missing, and
     * one outside is skipped whether it exists or not, so a report never tells what is there.
     */
    private boolean isInsideRoot(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && ProjectPaths.realPath(existing).startsWith(realRoot);
    }

    private String placeOf(Path file) {
        return ProjectPaths.shown(placesFrom, file);
    }
}
