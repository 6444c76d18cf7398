package io.github.linkcheck.sources;

import java.nio.file.Path;

/** Names files as users read them in messages. */
public final class ProjectPaths {

    private ProjectPaths() {}

    /** The path relative to the project's folder when inside it, absolute otherwise, with {@code /} between names. */
    public static String shown(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
