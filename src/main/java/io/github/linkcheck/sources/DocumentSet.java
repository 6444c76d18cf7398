package io.github.linkcheck.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * Documents to take links from: the files under a folder that match an include pattern and no exclude
 * pattern, patterns as Maven writes them ({@code **}{@code /*.md}).
 *
 * @param directory the folder, absolute (a relative one is read from the working folder)
 */
public record DocumentSet(Path directory, List<String> includes, List<String> excludes) {

    public DocumentSet {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** What is checked when the user configures no URLs and no documents: the README and the docs. */
    public static DocumentSet defaults(Path baseDirectory) {
        return new DocumentSet(baseDirectory, List.of("README.md", "docs/**/*.md"), List.of());
    }
}
