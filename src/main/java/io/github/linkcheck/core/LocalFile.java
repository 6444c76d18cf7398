package io.github.linkcheck.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file or folder a relative link of a document points to.
 *
 * @param path the file or folder, absolute
 * @param fragment the part after {@code #} when it is to be checked, as written; {@code null} otherwise
 * @param outsideRoot whether the link leads out of the root folder ({@code rootDirectory}), through {@code ..} or
 *     a symbolic link: such a file is never looked at, and the link is skipped
 * @param notAPath why the link names no file this system can have (a NUL character, say), making it broken;
 *     {@code null} for a link that names a path, which {@code path} then holds
 */
public record LocalFile(Path path, String fragment, boolean outsideRoot, String notAPath) {

    public LocalFile {
        if (notAPath == null) {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A file inside or outside the root folder. */
    public LocalFile(Path path, String fragment, boolean outsideRoot) {
        this(path, fragment, outsideRoot, null);
    }

    /** A relative link that cannot be a path on this system, for the reason given. */
    public static LocalFile notAPath(String reason) {
        return new LocalFile(null, null, false, Objects.requireNonNull(reason, "reason"));
    }

    /** A file inside the root folder. */
    public LocalFile(Path path, String fragment) {
        this(path, fragment, false);
    }
}
