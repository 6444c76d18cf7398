package io.github.linkcheck.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * Documents to take links from: the files under a folder that match an include pattern and no exclude
 * pattern, patterns as Maven writes them ({@code **}{@code /*.md}).
 *
 * @param directory the folder, absolute (a relative one is read from the working folder)
 * @param mayMatchNothing whether an include pattern that matches no document is normal, as for the defaults
 *     (a project without docs); otherwise, as for patterns a user wrote, it is reported as a likely typo
 */
public record DocumentSet(Path directory, List<String> includes, List<String> excludes, boolean mayMatchNothing) {

    public DocumentSet {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Documents a user configured: an include pattern that matches nothing is reported. */
    public DocumentSet(Path directory, List<String> includes, List<String> excludes) {
        this(directory, includes, excludes, false);
    }

    /** What is checked when the user configures no URLs and no documents: the README and the docs. */
    public static DocumentSet defaults(Path baseDirectory) {
        return new DocumentSet(baseDirectory, List.of("README.md", "docs/**/*.md"), List.of(), true);
    }
}
