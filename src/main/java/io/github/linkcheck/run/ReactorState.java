package io.github.linkcheck.run;

import io.github.linkcheck.cache.ResultCache;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.http.ArchiveLookup;
import io.github.linkcheck.report.GithubActions;
import io.github.linkcheck.report.ReportDirectory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the projects of one build share, so that a build of many modules checks like one run: the HTTP clients,
 * their concurrency limits and every result ({@link #checks}), each cache file (read when the first module needs
 * it, written once at the end), and the modules' results, reported for the whole build at the end. Safe for
 * modules that run at once, as under Maven's {@code -T}.
 */
public final class ReactorState {

    private final Path reportFolder;
    private final Path reactorRoot;
    private final UnaryOperator<String> environment;
    private final Clock clock;
    private final RunLog log;
    private final SharedLinkChecks checks;
    private final Map<Path, SharedCacheFile> caches = new LinkedHashMap<>();
    private final List<ModuleReport> reports = new ArrayList<>();
    /** The modules in the order Maven builds them; empty when not told. Guarded by this. */
    private List<String> buildOrder = List.of();

    private final Set<String> annotations = new HashSet<>();
    private final Set<String> warnings = new HashSet<>();
    private final Set<Path> filesFixed = new HashSet<>();
    private final Map<URI, ArchiveLookup> archives = new LinkedHashMap<>();
    private boolean finished;

    /**
     * @param reportFolder where the reports of a multi-module build go, the reactor root's {@code target/linkcheck},
     *     written also when {@code -pl} built one module, so they never show an earlier build; {@code null} for a
     *     build of one project, whose own reports are the build's
     * @param reactorRoot the folder places are named from, whose repository the SARIF report names files from
     * @param environment read for GitHub Actions' job summary, which gets one section for the whole build
     * @param log where what concerns the whole build goes, rather than one module
     */
    public ReactorState(
            Path reportFolder, Path reactorRoot, UnaryOperator<String> environment, Clock clock, RunLog log) {
        this.reportFolder = reportFolder;
        this.reactorRoot = reactorRoot;
        this.environment = environment;
        this.clock = clock;
        this.log = log;
        this.checks = new SharedLinkChecks(log);
    }

    /**
     * The results a module's run reports, for the build's reports.
     *
     * @param module the module's name, as the build names it
     * @param finishedAt when the module's check ended: with the report's wall time, when the build was checking
     */
    public record ModuleReport(String module, CheckReport report, FailurePolicy policy, Instant finishedAt) {}

    /** The checks every module's run sends its requests through. */
    public LinkChecks checks() {
        return checks;
    }

    /**
     * A cache file as the modules share it: read once, by the first module that needs it, and written once,
     * when the build ends, with every module's results.
     */
    public synchronized ResultStore cache(Path file, Duration maxAge) {
        return caches.computeIfAbsent(file.toAbsolutePath().normalize(), path -> new SharedCacheFile(path, maxAge));
    }

    /**
     * Whether a CI annotation is new to the build, taking it as given: a place the modules share (a URL each
     * inherits from the parent's POM) is annotated once.
     */
    public synchronized boolean firstAnnotation(String annotation) {
        return annotations.add(annotation);
    }

    /**
     * Whether a warning is new to the build, taking it as told: an {@code ignores} entry of the parent that has
     * expired is the same warning in every module, told once.
     */
    public synchronized boolean firstWarning(String warning) {
        return warnings.add(warning);
    }

    /**
     * The lookup of archived copies at an endpoint, one for the build, so that each URL is asked once however many
     * modules link to it; made with the settings of the first module that asks.
     */
    public synchronized ArchiveLookup archive(URI endpoint, CheckSettings settings) {
        return archives.computeIfAbsent(endpoint, uri -> new ArchiveLookup(uri, settings));
    }

    /** Whether a file is new to the build's fixes, taking it: a file two modules link from is rewritten once. */
    public synchronized boolean firstToFix(Path file) {
        return filesFixed.add(file.toAbsolutePath().normalize());
    }

    /**
     * The modules in the order Maven builds them, which the build's reports follow whatever order they finished in
     * (under {@code -T} that changes from build to build); modules not named go last, in the order they finished.
     */
    public synchronized void buildOrder(List<String> modules) {
        buildOrder = List.copyOf(modules);
    }

    /** Keeps a module's results for the build's reports. */
    public synchronized void moduleChecked(String module, CheckReport report, FailurePolicy policy) {
        reports.add(new ModuleReport(module, report, policy, clock.instant()));
    }

    /**
     * Ends the build's checking, once: writes every cache file, the build's reports (when more than one module
     * checked) and GitHub Actions' job summary, and
     * closes the HTTP clients. Problems are warnings: every module has already passed or failed.
     */
    public void finish() {
        List<ModuleReport> checked;
        List<SharedCacheFile> cacheFiles;
        List<ArchiveLookup> lookups;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            checked = inBuildOrder(reports, buildOrder);
            cacheFiles = List.copyOf(caches.values());
            lookups = List.copyOf(archives.values());
        }
        try {
            cacheFiles.forEach(SharedCacheFile::save);
            if (!checked.isEmpty()) {
                report(checked);
            }
        } finally {
            checks.close();
            lookups.forEach(ArchiveLookup::close);
        }
    }

    private static List<ModuleReport> inBuildOrder(List<ModuleReport> finished, List<String> buildOrder) {
        List<ModuleReport> ordered = new ArrayList<>(finished);
        ordered.sort(Comparator.comparingInt(module -> {
            int position = buildOrder.indexOf(module.module());
            return position < 0 ? buildOrder.size() : position;
        }));
        return ordered;
    }

    private void report(List<ModuleReport> checked) {
        String stepSummary = GithubActions.isActive(environment) ? environment.apply("GITHUB_STEP_SUMMARY") : null;
        boolean toSummary = stepSummary != null && !stepSummary.isBlank();
        if (reportFolder == null && !toSummary) {
            // A build of one project outside GitHub Actions: its own reports are the build's, written already.
            return;
        }
        BuildReport build = BuildReport.of(checked);
        List<String> modules = reportFolder == null ? List.of() : build.modules();
        if (reportFolder != null) {
            try {
                ReportDirectory reports = new ReportDirectory(reportFolder, reactorRoot);
                reports.prepare();
                reports.writeAll(build.report(), build.policy(), modules, clock.instant());
                log.info("linkcheck: reports of the whole build in " + UntrustedText.neutralise(reportFolder.toString())
                        + " (" + String.join(", ", modules) + ")");
            } catch (IOException e) {
                log.warn("linkcheck: the reports of the whole build cannot be written to '"
                        + UntrustedText.neutralise(reportFolder.toString()) + "': "
                        + UntrustedText.neutralise(RunException.why(e)));
            }
        }
        if (toSummary) {
            try {
                new GithubActions(build.report(), build.policy()).appendStepSummary(Path.of(stepSummary), modules);
            } catch (IOException e) {
                log.warn("linkcheck: GITHUB_STEP_SUMMARY = '" + UntrustedText.neutralise(stepSummary)
                        + "' cannot be written: " + UntrustedText.neutralise(RunException.why(e)));
            }
        }
    }

    /** A cache file shared by the modules of the build. */
    private final class SharedCacheFile implements ResultStore {

        private final Path file;
        private final Duration maxAge;
        /** Read by the first module that checks; {@code null} until then. Guarded by this. */
        private ResultCache loaded;

        SharedCacheFile(Path file, Duration maxAge) {
            this.file = file;
            this.maxAge = maxAge;
        }

        @Override
        public synchronized ResultCache open(CheckSettings settings, List<LinkTarget> targets, RunLog log) {
            if (loaded == null) {
                loaded = ResultStore.load(file, maxAge, clock, settings, targets, log);
            } else if (!loaded.requestsAlike(settings)) {
                log.warn("linkcheck: cacheFile = '" + file + "' is shared with modules that send other request headers,"
                        + " so this module's results are not cached; give it a cacheFile of its own");
                return ResultCache.disabled(settings);
            }
            return loaded;
        }

        @Override
        public void keep(ResultCache results, RunLog log) {
            // Written once, when the build ends, with every module's results.
        }

        synchronized void save() {
            if (loaded != null) {
                ResultStore.save(loaded, file, log);
            }
        }
    }
}
