package io.github.linkcheck.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file or folder a relative link of a document points to.
 *
 * @param path the file or folder, absolute
 * @param fragment the part after {@code #} when it is to be checked, as written; {@code null} otherwise
 * @param outsideRoot whether the link leads out of the project's folder, through {@code ..} or a symbolic
 *     link: such a file is never looked at, and the link is skipped
 */
public record LocalFile(Path path, String fragment, boolean outsideRoot) {

    public LocalFile {
        Objects.requireNonNull(path, "path");
    }

    /** A file inside the project's folder. */
    public LocalFile(Path path, String fragment) {
        this(path, fragment, false);
    }
}
