package io.github.linkcheck.maven;

import io.github.linkcheck.report.ConsoleReport;
import io.github.linkcheck.run.RunLog;

import org.apache.maven.plugin.logging.Log;
import org.apache.maven.shared.utils.logging.MessageBuilder;
import org.apache.maven.shared.utils.logging.MessageUtils;

/**
 * A run's lines in Maven's log, and its results there in Maven's colours. In a build of several modules, whose
 * lines interleave under {@code -T}, its lines name the module, {@code linkcheck: [mod-a] ...}, but for the
 * problems, whose places name it.
 */
final class MavenRunLog implements RunLog {

    private final Log log;
    private final String module;

    /** @param module the module to name in the lines; {@code null} in a build of one project */
    MavenRunLog(Log log, String module) {
        this.log = log;
        this.module = module;
    }

    @Override
    public void info(String line) {
        log.info(named(line));
    }

    private String named(String line) {
        return module == null || !line.startsWith(ConsoleReport.PREFIX)
                ? line
                : ConsoleReport.PREFIX + "[" + module + "] " + line.substring(ConsoleReport.PREFIX.length());
    }

    @Override
    public void warn(String line) {
        log.warn(named(line));
    }

    @Override
    public void debug(String line) {
        log.debug(named(line));
    }

    /**
     * The working and the excluded links (with {@code -X}), the problems grouped by file, a line counting the
     * excluded links, and the summary.
     *
     * @param decidesTheBuild whether the goal fails the build on what fails it; a goal that never does (the site
     *     report) logs those problems as warnings, so that a build that passes shows no error
     */
    void results(ConsoleReport console, boolean decidesTheBuild) {
        if (log.isDebugEnabled()) {
            console.working().forEach(line -> log.debug(line.text()));
            console.excluded().forEach(line -> log.debug(line.text()));
        }
        for (ConsoleReport.Group group : console.problemsByFile()) {
            log.info(MessageUtils.buffer().strong(group.heading()).toString());
            for (ConsoleReport.Line line : group.lines()) {
                MessageBuilder text = MessageUtils.buffer().a(ConsoleReport.PREFIX);
                switch (line.severity()) {
                    case ERROR -> text.failure(line.label());
                    case WARNING -> text.warning(line.label());
                    default -> text.a(line.label());
                }
                text.a(": ").strong(line.place()).a(": ").a(line.details());
                switch (line.severity()) {
                    case ERROR -> {
                        if (decidesTheBuild) {
                            log.error(text.toString());
                        } else {
                            log.warn(text.toString());
                        }
                    }
                    case WARNING -> log.warn(text.toString());
                    default -> log.info(text.toString());
                }
            }
        }
        console.excludedSummary().ifPresent(line -> log.info(named(line)));
        log.info(named(console.summary()));
    }
}
