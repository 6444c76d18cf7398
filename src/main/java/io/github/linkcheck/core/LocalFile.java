package io.github.linkcheck.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file or folder a relative link of a document points to.
 *
 * @param path the file or folder, absolute
 * @param fragment the part after {@code #} when it is to be checked, as written; {@code null} otherwise
 */
public record LocalFile(Path path, String fragment) {

    public LocalFile {
        Objects.requireNonNull(path, "path");
    }
}
