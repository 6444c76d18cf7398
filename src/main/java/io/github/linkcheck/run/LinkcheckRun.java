package io.github.linkcheck.run;

import io.github.linkcheck.cache.ResultCache;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.LinkList;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Screening;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.http.ArchiveLookup;
import io.github.linkcheck.report.ProgressReport;
import io.github.linkcheck.sources.DocumentScanner;
import io.github.linkcheck.sources.DocumentSet;
import io.github.linkcheck.sources.LinkSources;
import io.github.linkcheck.sources.ProjectPaths;
import io.github.linkcheck.sources.UrlFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One link check, with no build tool in it: finds the links of the request's sources, screens them, answers
 * what it can from the result store, has the rest checked, and hands the results to the report sinks. The
 * store, the checks and the sinks are given, so that a build of several projects can share them; an
 * {@linkplain RunRequest#offline offline} run uses neither the checks nor the store.
 */
public final class LinkcheckRun {

    private final RunRequest request;
    private final LinkChecks checks;
    private final ResultStore store;
    private final List<ReportSink> sinks;
    private final RunLog log;
    /** Where broken links' archived copies are looked up; {@code null} when they are not. */
    private final ArchiveLookup archive;
    /** Whether a warning that is the same in every module of a build is new to the build, taking it as told. */
    private final Predicate<String> firstInBuild;
    /** How long {@link #plan()} took to find the links, told with the other phases once they are done. */
    private long findingNanos;

    public LinkcheckRun(RunRequest request, LinkChecks checks, ResultStore store, List<ReportSink> sinks, RunLog log) {
        this(request, checks, store, sinks, log, null);
    }

    /**
     * A run that reports, next to each broken web URL, the archived copy {@code archive} finds; offline, none is
     * looked up.
     */
    public LinkcheckRun(
            RunRequest request,
            LinkChecks checks,
            ResultStore store,
            List<ReportSink> sinks,
            RunLog log,
            ArchiveLookup archive) {
        this(request, checks, store, sinks, log, archive, warning -> true);
    }

    /**
     * As {@link #LinkcheckRun(RunRequest, LinkChecks, ResultStore, List, RunLog, ArchiveLookup)}, telling a warning
     * that every module of a build would give alike, such as an {@code ignores} entry that has expired, only when
     * {@code firstInBuild} says it is new to the build.
     */
    public LinkcheckRun(
            RunRequest request,
            LinkChecks checks,
            ResultStore store,
            List<ReportSink> sinks,
            RunLog log,
            ArchiveLookup archive,
            Predicate<String> firstInBuild) {
        this.request = request;
        this.firstInBuild = firstInBuild;
        this.archive = request.offline() ? null : archive;
        // Offline, nothing is sent, and no web result is taken from the store or kept in it as if checked.
        this.checks = request.offline() ? new OfflineChecks() : checks;
        this.store = request.offline() ? ResultStore.NONE : store;
        this.sinks = List.copyOf(sinks);
        this.log = log;
    }

    /**
     * Makes sure the reports can be written and finds every link of every source, each once, in the order
     * found; sends no request.
     *
     * @throws RunException when the reports cannot be written or a source cannot be read
     */
    public List<LinkTarget> plan() throws RunException {
        long start = System.nanoTime();
        List<LinkTarget> targets = findLinks();
        findingNanos = System.nanoTime() - start;
        return targets;
    }

    private List<LinkTarget> findLinks() throws RunException {
        for (ReportSink sink : sinks) {
            sink.prepare();
        }
        Path base = request.projectFolder();
        List<LinkTarget> targets = new ArrayList<>(LinkTargets.fromList("urls", request.urls()));
        for (Path file : request.urlFiles()) {
            try {
                targets.addAll(UrlFiles.read(file, ProjectPaths.shown(request.reactorRoot(), file)));
            } catch (IOException e) {
                throw new RunException("linkcheck: urlFiles = '" + file + "' cannot be read: " + RunException.why(e));
            }
        }
        List<DocumentSet> documentSets = documentSets(base);
        // Configured documents, even when none is there yet, replace the default ones.
        if (request.documents().isEmpty() && targets.isEmpty()) {
            documentSets = List.of(DocumentSet.defaults(base));
        }
        if (!documentSets.isEmpty()) {
            // Only then: building the document parsers is part of every run's start-up.
            LinkSources found;
            try {
                found = new DocumentScanner(
                                request.reactorRoot(),
                                request.rootDirectory(),
                                request.settings().checkFragments())
                        .scan(documentSets);
            } catch (InvalidSettingException e) {
                throw new RunException("linkcheck: " + e.getMessage());
            }
            // A problem names the document, whose file name is the document author's choice.
            found.problems().forEach(problem -> log.warn("linkcheck: " + UntrustedText.neutralise(problem)));
            targets.addAll(found.targets());
        }
        targets.addAll(request.projectTargets());
        return LinkTargets.distinct(targets);
    }

    private List<DocumentSet> documentSets(Path base) throws RunException {
        List<DocumentSet> sets = new ArrayList<>();
        for (RunRequest.DocumentFolder document : request.documents()) {
            Path directory = document.directory() == null ? base : base.resolve(document.directory());
            if (Files.notExists(directory) && isBuildOutput(directory)) {
                // Made by a later step of the build (mvn site makes target/site): not there yet is no mistake.
                log.warn("linkcheck: documents directory '"
                        + UntrustedText.neutralise(document.directory().toString())
                        + "' does not exist yet (build output, made by a later step such as mvn site), skipped");
                continue;
            }
            if (!Files.isDirectory(directory)) {
                throw new RunException("linkcheck: documents directory '" + document.directory()
                        + "' does not exist or is not a folder");
            }
            sets.add(new DocumentSet(directory, document.includes(), document.excludes()));
        }
        return sets;
    }

    private boolean isBuildOutput(Path directory) {
        Path buildFolder = request.buildFolder();
        return buildFolder != null
                && directory
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(buildFolder.toAbsolutePath().normalize());
    }

    /** What a check would do with each planned link, with no request sent: for showing users their links. */
    public List<LinkList.Entry> list(List<LinkTarget> targets) {
        return LinkList.of(request.settings(), request.ignores(), targets);
    }

    /**
     * Screens and checks the planned links, answering from the store what it can and keeping the new results
     * in it, and writes the results to every sink. Logs at debug level how long each phase of the run took.
     *
     * @throws ReportsNotWrittenException when a sink cannot write, after every other sink was written; it carries the
     *     results
     * @throws RunException when the thread is interrupted
     */
    public CheckReport checkAndReport(List<LinkTarget> targets) throws RunException {
        CheckSettings settings = request.settings();
        // The sources are read: maxTotalTime bounds everything from here on, filtering and the cache included.
        RunDeadline deadline = RunDeadline.start(settings.maxTotalTime());
        long cacheStart = System.nanoTime();
        ResultCache results = store.open(settings, targets, log);
        long checkStart = System.nanoTime();
        CheckReport report;
        try {
            report = Screening.checkAll(
                    settings,
                    targets,
                    deadline,
                    admitted -> results.checkAll(
                            settings, admitted, toCheck -> checkWithProgress(settings, toCheck, deadline)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("linkcheck: interrupted before every URL was checked");
        }
        long archiveStart = System.nanoTime();
        report = applyIgnores(report);
        if (archive != null) {
            report = archive.annotate(report, log);
        }
        // The archive's answers are network time: told apart, not as part of writing the reports.
        long reportsStart = System.nanoTime();
        store.keep(results, log);
        // Every sink is written, whatever another's failure: the console and the other reports still show the links.
        List<String> failures = new ArrayList<>();
        for (ReportSink sink : sinks) {
            try {
                sink.write(report, request.policy());
            } catch (RunException e) {
                failures.add(e.getMessage());
            }
        }
        long end = System.nanoTime();
        log.debug("linkcheck: time by phase: finding links " + millis(findingNanos)
                + ", reading the cache " + millis(checkStart - cacheStart)
                + ", checking " + millis(archiveStart - checkStart)
                + (archive == null ? "" : ", looking up archived copies " + millis(reportsStart - archiveStart))
                + ", writing the cache and the reports " + millis(end - reportsStart));
        if (!failures.isEmpty()) {
            throw new ReportsNotWrittenException(String.join("\n", failures), report);
        }
        return report;
    }

    /** The results with the request's {@code ignores} applied, and what to tell about the entries. */
    private CheckReport applyIgnores(CheckReport checked) {
        IgnoreEntries.Applied applied = request.ignores().apply(checked);
        applied.notices().forEach(notice -> log.info("linkcheck: " + notice));
        applied.warnings().stream().filter(firstInBuild).forEach(warning -> log.warn("linkcheck: " + warning));
        return applied.report();
    }

    private static String millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
    }

    /**
     * Screens and checks the links with these settings, every one requested, none answered from the store or
     * reported; {@code maxTotalTime} counts from this call. For measuring runs against each other.
     *
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are aborted
     */
    public CheckReport checkUnstored(CheckSettings settings, List<LinkTarget> targets) throws InterruptedException {
        RunDeadline deadline = RunDeadline.start(settings.maxTotalTime());
        return Screening.checkAll(
                settings, targets, deadline, admitted -> checkWithProgress(settings, admitted, deadline));
    }

    /** Checks links already screened, until the deadline, with a progress line every few seconds. */
    private CheckReport checkWithProgress(CheckSettings settings, List<LinkTarget> targets, RunDeadline deadline)
            throws InterruptedException {
        try (ProgressReport progress =
                new ProgressReport(targets.size(), ProgressReport.DEFAULT_INTERVAL, deadline, log::info)) {
            return checks.checkScreened(settings, targets, warningsLogged(progress), deadline);
        }
    }

    /** The progress report, with the run's own warnings logged as warnings. */
    private RunListener warningsLogged(ProgressReport progress) {
        return new RunListener() {
            @Override
            public void started(LinkTarget target) {
                progress.started(target);
            }

            @Override
            public void finished(CheckResult result) {
                progress.finished(result);
            }

            @Override
            public void runWarning(String message) {
                log.warn("linkcheck: " + message);
            }
        };
    }
}
