package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.report.GithubActions;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Under GitHub Actions, an annotation per problem place; elsewhere nothing. The job's summary is the build's,
 * written once for every module: see {@link ReactorState#finish}.
 * Workflow commands go to a line sink of their own: GitHub reads them at the start of a line of the raw output,
 * where a build tool's log prefix would hide them.
 */
public final class GithubActionsSink implements ReportSink {

    private final UnaryOperator<String> environment;
    private final Consumer<String> workflowCommands;
    private final Path reactorRoot;
    private final Predicate<String> notYetGiven;

    /**
     * @param reactorRoot the folder places are named from, for the annotations' paths within the workspace
     * @param notYetGiven whether an annotation is new to the build, and takes it as given: the modules of a
     *     build share places (a URL each inherits from the parent's POM), and a place is annotated once
     */
    public GithubActionsSink(
            UnaryOperator<String> environment,
            Consumer<String> workflowCommands,
            Path reactorRoot,
            Predicate<String> notYetGiven) {
        this.environment = environment;
        this.workflowCommands = workflowCommands;
        this.reactorRoot = reactorRoot;
        this.notYetGiven = notYetGiven;
    }

    @Override
    public void write(CheckReport report, FailurePolicy policy) {
        if (!GithubActions.isActive(environment)) {
            return;
        }
        new GithubActions(report, policy)
                .annotations(repositoryPathPrefix()).stream()
                        .filter(notYetGiven)
                        .forEach(workflowCommands);
    }

    /**
     * The reactor root within the GitHub workspace, which places are relative to: {@code project/} for a build
     * in a folder of the repository, empty for one at its top or outside the workspace.
     */
    private String repositoryPathPrefix() {
        String workspace = environment.apply("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path base = reactorRoot.toAbsolutePath().normalize();
        Path root = Path.of(workspace).toAbsolutePath().normalize();
        if (!base.startsWith(root) || base.equals(root)) {
            return "";
        }
        return root.relativize(base).toString().replace('\\', '/') + "/";
    }
}
