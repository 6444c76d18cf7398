package io.github.linkcheck.sources;

import io.github.linkcheck.core.InvalidSettingException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/** Names files as users read them in messages, and finds the folder that bounds what is read. */
public final class ProjectPaths {

    private ProjectPaths() {}

    /**
     * The file's path relative to the folder places are named from (the reactor root), with {@code /} between
     * names: {@code mod-a/README.md}, or {@code ../shared/links.txt} for a file outside it. A build's places
     * read the same on every machine, and a log never shows where the checkout is. Only a file on another
     * root (another drive, on Windows), which no relative path reaches, is named by its absolute path.
     */
    public static String shown(Path placesFrom, Path file) {
        Path base = placesFrom.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = base.getRoot() != null && base.getRoot().equals(absolute.getRoot())
                ? base.relativize(absolute)
                : absolute;
        return slashed(shown);
    }

    /**
     * The path's names with {@code /} between them, whatever the system's separator: a {@code \\} within a name,
     * which Linux allows, stays, so that the file named is the file looked for.
     */
    static String slashed(Path path) {
        StringJoiner names = new StringJoiner("/");
        path.forEach(name -> names.add(name.toString()));
        Path root = path.getRoot();
        return root == null
                ? names.toString()
                : root.toString().replace(root.getFileSystem().getSeparator(), "/") + names;
    }

    /**
     * The folder that {@code /} links resolve from and that nothing outside of is read: the configured
     * {@code rootDirectory}, which must be an existing folder holding the project's folder; when not configured,
     * the reactor root, or the project's folder for a project outside the reactor root (a module linked as
     * {@code ../elsewhere}), so that a build nobody configured never stops on it.
     *
     * @param configured the {@code rootDirectory} parameter; {@code null} when not set
     * @return the folder, absolute and normalized
     * @throws InvalidSettingException for a configured folder that does not exist, a file, or one that leaves the
     *     project's folder out
     */
    public static Path rootDirectory(Path configured, Path reactorRoot, Path projectFolder) {
        Path project = projectFolder.toAbsolutePath().normalize();
        if (configured == null) {
            Path root = reactorRoot.toAbsolutePath().normalize();
            return holds(root, project) ? root : project;
        }
        Path root = configured.toAbsolutePath().normalize();
        if (!Files.isDirectory(root) || !holds(root, project)) {
            throw new InvalidSettingException(
                    "rootDirectory",
                    configured.toString(),
                    "expected an existing folder that holds the project's folder " + project);
        }
        return root;
    }

    /** Whether a folder holds a file or folder, or is it, symbolic links resolved as far as they exist. */
    private static boolean holds(Path folder, Path inside) {
        return realPath(inside).startsWith(realPath(folder));
    }

    /** The path with symbolic links resolved; for a path not there or not readable, its absolute, normal form. */
    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException unreadable) {
            // Not there (yet) or not readable: judged by its name, which is all there is to go by.
            return path.toAbsolutePath().normalize();
        }
    }
}
