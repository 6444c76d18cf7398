package io.github.linkcheck.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a project stands in its Maven build, as the session tells it: the reactor root that places are named
 * from, where the reports of the whole build go, and whether the build has several projects. The session may
 * be missing (a goal run by a test harness), and so may the project's POM (a goal run where there is none).
 */
final class BuildLayout {

    private final MavenSession session;
    private final MavenProject project;
    private final Path projectFolder;

    BuildLayout(MavenSession session, MavenProject project, Path projectFolder) {
        this.session = session;
        this.project = project;
        this.projectFolder = projectFolder;
    }

    /**
     * The folder places are named from: the top-level project's, which is the folder Maven was started in (or
     * given with {@code -f}). Under {@code -pl} the top-level project may not be built, and the first project
     * built stands in for it in the session; the folder Maven started in is still the root then.
     */
    Path reactorRoot() {
        if (session == null) {
            return projectFolder;
        }
        MavenProject topLevel = session.getTopLevelProject();
        if (topLevel != null && topLevel.isExecutionRoot() && topLevel.getBasedir() != null) {
            return topLevel.getBasedir().toPath();
        }
        String executionRoot = session.getExecutionRootDirectory();
        return executionRoot == null ? projectFolder : Path.of(executionRoot);
    }

    /**
     * Where the reports of the whole build go, and its cache by default: {@code linkcheck} in the build folder of
     * the build's top-level project, or {@code target/linkcheck} of the reactor root when that project is not
     * built (under {@code -pl}), so that a partial build shares the cache of a whole one, or when there is no POM.
     */
    Path buildReportFolder() {
        MavenProject topLevel = session == null ? null : session.getTopLevelProject();
        Optional<Path> topLevelBuildFolder =
                topLevel != null && topLevel.isExecutionRoot() ? buildFolder(topLevel) : Optional.empty();
        return topLevelBuildFolder
                .orElseGet(() -> reactorRoot().resolve("target"))
                .resolve("linkcheck");
    }

    /**
     * Where the reports of the whole build go when {@code outputDirectory} is set: the same folder, relative to the
     * reactor root, as this project's reports relative to this project, since a setting inherited from the parent
     * or given with {@code -D} names that folder in every project alike. The default build report folder when the
     * project's reports go outside the project.
     */
    Path buildReportFolder(Path projectOutputDirectory) {
        return sameFolderUnder(reactorRoot(), projectFolder, projectOutputDirectory)
                .orElseGet(this::buildReportFolder);
    }

    /** {@code folder} moved from under {@code project} to under {@code root}; empty when it is not inside it. */
    static Optional<Path> sameFolderUnder(Path root, Path project, Path folder) {
        Path relative = project.toAbsolutePath()
                .normalize()
                .relativize(folder.toAbsolutePath().normalize());
        if (relative.toString().isEmpty() || relative.startsWith("..") || relative.isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(root.resolve(relative));
    }

    /**
     * A project's build folder. Where there is no POM, Maven makes up a project whose build folder is the
     * unresolved text {@code ${project.basedir}/target}: it has none.
     */
    static Optional<Path> buildFolder(MavenProject project) {
        if (project == null
                || project.getFile() == null
                || project.getBuild() == null
                || project.getBuild().getDirectory() == null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(project.getBuild().getDirectory()));
    }

    /** The folder Maven was started in. */
    Path startFolder() {
        String executionRoot = session == null ? null : session.getExecutionRootDirectory();
        return executionRoot == null ? Path.of("").toAbsolutePath() : Path.of(executionRoot);
    }

    /** Whether the goal runs in a multi-module build, also when {@code -pl} builds only some of its modules. */
    boolean inReactor() {
        return session != null
                && session.getAllProjects() != null
                && session.getAllProjects().size() > 1;
    }

    /** The module to name in the log's lines, in a multi-module build; {@code null} in a build of one project. */
    String moduleName() {
        return inReactor() && project != null ? project.getArtifactId() : null;
    }
}
