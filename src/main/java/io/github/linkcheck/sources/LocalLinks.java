package io.github.linkcheck.sources;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Classifier;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Outcome;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks relative links on disk: the file or folder must exist, and a fragment to check must name a heading
 * or anchor of the Markdown or HTML file. Each file is read once however many links point into it; safe
 * for use by many threads at once.
 */
public final class LocalLinks {

    private final Map<Path, Anchors> anchorsByFile = new ConcurrentHashMap<>();

    /**
     * The result of a relative link whose file is to be looked for: judged by the classifier, as every check is,
     * and timed.
     */
    public CheckResult check(LinkTarget target, Classifier classifier) {
        long start = System.nanoTime();
        Outcome outcome = check(target.localFile());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new CheckResult(
                target, classifier.classify(outcome, elapsed, false), outcome, elapsed, null, null, 1, null);
    }

    public Outcome check(LocalFile target) {
        Path path = target.path();
        if (!Files.exists(path)) {
            return new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null);
        }
        String fragment = target.fragment();
        DocumentKind kind = DocumentKind.of(path);
        if (fragment == null || Files.isDirectory(path) || kind == DocumentKind.PLAIN_TEXT) {
            // Plain files have no anchors to look for: a #L10 on a source file is a hosting site's line link.
            return new Outcome.FileExists();
        }
        if (!Files.isRegularFile(path)) {
            // A named pipe or device would be read for ever, holding the run with it.
            return new Outcome.Failure(
                    ErrorKind.FRAGMENT_NOT_FOUND, "#" + fragment + " cannot be looked for: not a regular file");
        }
        Anchors anchors;
        try {
            anchors = anchorsByFile.computeIfAbsent(path, file -> read(file, kind));
        } catch (UnreadableFile e) {
            return new Outcome.Failure(
                    ErrorKind.FRAGMENT_NOT_FOUND, "#" + fragment + " cannot be looked for: " + e.getMessage());
        }
        return anchors.contains(fragment)
                ? new Outcome.FileExists()
                : new Outcome.Failure(ErrorKind.FRAGMENT_NOT_FOUND, "no heading or anchor #" + fragment);
    }

    private static Anchors read(Path file, DocumentKind kind) {
        try {
            return kind == DocumentKind.MARKDOWN
                    ? Anchors.ofMarkdown(DocumentKind.readText(file))
                    : Anchors.ofHtml(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("the file is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableFile("the file cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Carries a read failure out of the cache's mapping function, which cannot throw checked exceptions. */
    private static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message) {
            super(message, null, false, false);
        }
    }
}
