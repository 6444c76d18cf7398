package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.UntrustedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a run tells GitHub Actions: an {@code ::error} or {@code ::warning} workflow command per place of each
 * problem (a {@code ::notice} for a failure an {@code ignores} entry excuses), which GitHub shows as an annotation on that line of the file, and the Markdown summary for the
 * job's summary page. Untrusted text is {@linkplain UntrustedText#neutralise neutralised} before the commands'
 * own escaping: the escaping keeps a command on its line, but the runner undoes it, and GitHub would show the
 * control characters it restored.
 */
public final class GithubActions {

    private final CheckReport report;
    private final FailurePolicy policy;

    public GithubActions(CheckReport report, FailurePolicy policy) {
        this.report = report;
        this.policy = policy;
    }

    /** Whether the build runs as a step of a GitHub Actions workflow. */
    public static boolean isActive(UnaryOperator<String> environment) {
        return "true".equals(environment.apply("GITHUB_ACTIONS"));
    }

    /**
     * The workflow commands, for standard output.
     *
     * @param pathPrefix what goes before a place's file, relative to the reactor root, to make it relative to the
     *     repository, for example {@code project/} when the build's top-level project is in that folder; empty at
     *     the root
     */
    public List<String> annotations(String pathPrefix) {
        List<String> commands = new ArrayList<>();
        for (CheckResult result : report.results()) {
            Severity severity = Severity.of(result, policy);
            if (!severity.isListed()) {
                continue;
            }
            String command = switch (severity) {
                case ERROR -> "error";
                case IGNORED -> "notice";
                default -> "warning";
            };
            String title = "linkcheck: " + (severity == Severity.IGNORED ? "ignored " : "")
                    + result.verdict().label() + " link";
            String message = report.describe(result);
            for (Origin origin : result.target().origins()) {
                StringBuilder line = new StringBuilder("::").append(command).append(' ');
                if (origin.file() != null) {
                    String file = UntrustedText.neutralise(RepositoryRoot.pathFrom(pathPrefix, origin.file()));
                    line.append("file=").append(property(file));
                    if (origin.line() > 0) {
                        line.append(",line=").append(origin.line());
                    }
                    if (origin.column() > 0) {
                        line.append(",col=").append(origin.column());
                    }
                    line.append(',');
                }
                line.append("title=")
                        .append(property(title))
                        .append("::")
                        .append(data(UntrustedText.neutralise(origin.describe() + ": " + message)));
                commands.add(line.toString());
            }
        }
        return commands;
    }

    /**
     * Adds the Markdown summary to the job's summary file, after what earlier steps wrote there.
     *
     * @param modules the modules whose links the report holds, for a build of several; empty for one project
     */
    public void appendStepSummary(Path stepSummary, List<String> modules) throws IOException {
        Files.writeString(
                stepSummary,
                new MarkdownSummary(report, policy, modules).toMarkdown() + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** A command's message, escaped as GitHub's toolkit does, so that it stays on one line. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value, which must not hold the separators {@code :} and {@code ,} either. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
