package io.github.linkcheck.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the version-controlled tree a build stands in, which tools that show results on the repository's
 * files (GitHub code scanning, SARIF viewers) name files from, while the plugin's places are named from the
 * reactor root.
 *
 * @param folder the nearest folder at or above the reactor root that holds {@code .git} (a folder, or a file in a
 *     linked worktree or submodule); the reactor root itself when none does
 * @param reactorPrefix the reactor root's path from {@code folder} with a trailing {@code /}, for example
 *     {@code project/}; empty when they are the same
 */
public record RepositoryRoot(Path folder, String reactorPrefix) {

    /** Looks for {@code .git} from the reactor root upwards. */
    public static RepositoryRoot of(Path reactorRoot) {
        Path reactor = reactorRoot.toAbsolutePath().normalize();
        for (Path folder = reactor; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return new RepositoryRoot(folder, prefix(folder.relativize(reactor)));
            }
        }
        return new RepositoryRoot(reactor, "");
    }

    /** A place's file, named from the reactor root, named from the repository root. */
    public String path(String fileFromReactorRoot) {
        return pathFrom(reactorPrefix, fileFromReactorRoot);
    }

    /**
     * A file's path from a folder that holds the reactor root, given the reactor root's path from it:
     * {@code module/../pom.xml} made {@code pom.xml}.
     */
    static String pathFrom(String reactorPrefix, String fileFromReactorRoot) {
        return Path.of(reactorPrefix + fileFromReactorRoot)
                .normalize()
                .toString()
                .replace('\\', '/');
    }

    private static String prefix(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.isEmpty() ? "" : path + "/";
    }
}
