package io.github.linkcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.HostFigures;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Pacing and per-host figures of the modules of one build, checking at once through one {@link SharedLinkChecks}:
 * a host is paced for the build as a whole, and a URL that the build checked once counts its requests once in the
 * build's report, while each module's report counts the requests its links needed.
 */
class SharedPacingAndFiguresTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    private ExecutorService modules;
    private SharedLinkChecks checks;

    @BeforeEach
    void startBuild() {
        modules = Executors.newCachedThreadPool();
        checks = new SharedLinkChecks(new RecordingLog());
    }

    @AfterEach
    void endBuild() {
        checks.close();
        modules.shutdownNow();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void modulesConfiguredApartStillPaceAHostTogether(Mode mode) throws Exception {
        // Settings that differ in what is sent: two engines, one pacing.
        CheckSettings first = settings(mode).userAgent("module-0").build();
        CheckSettings second = settings(mode).userAgent("module-1").build();
        List<String> paths = List.of(
                "/ok/together-paced-" + mode + "-0a",
                "/ok/together-paced-" + mode + "-0b",
                "/ok/together-paced-" + mode + "-1a",
                "/ok/together-paced-" + mode + "-1b");
        long before = System.nanoTime();

        List<CheckReport> reports = together(List.of(
                () -> check(first, inModule(0, paths.subList(0, 2))),
                () -> check(second, inModule(1, paths.subList(2, 4)))));

        reports.forEach(report ->
                assertEquals(2, report.count(Verdict.OK), report.results().toString()));
        List<Long> starts = new ArrayList<>();
        paths.forEach(path -> site.requestStarts(path).stream()
                .filter(start -> start >= before)
                .forEach(starts::add));
        Collections.sort(starts);
        assertEquals(4, starts.size());
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertTrue(
                    gap >= TimeUnit.MILLISECONDS.toNanos(300),
                    "request " + (i + 1) + " came " + TimeUnit.NANOSECONDS.toMillis(gap) + " ms after the one before");
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aUrlCheckedOnceForTheBuildCountsItsRequestsOnceInTheBuildsFigures(Mode mode) throws Exception {
        String shared = "/flaky/1/shared-figures-" + mode;
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .retryBackoff(Duration.ofMillis(1))
                .build();

        List<CheckReport> reports = together(IntStream.range(0, 3)
                .mapToObj(module -> (Callable<CheckReport>) () ->
                        check(settings, inModule(module, List.of(shared, "/ok/own-figures-" + mode + "-" + module))))
                .toList());

        assertEquals(2, site.requests(shared), "checked once for the build: a 503 and its retry");
        for (CheckReport report : reports) {
            HostFigures.Host host = HostFigures.of(report.results()).hosts().get(0);
            assertEquals(3, host.requests(), "the module's links needed the shared URL's two and its own one");
            assertEquals(1, host.status503());
            assertEquals(1, host.retries());
        }
        List<ReactorState.ModuleReport> checked = new ArrayList<>();
        for (int module = 0; module < reports.size(); module++) {
            checked.add(new ReactorState.ModuleReport(
                    "mod-" + module, reports.get(module), new FailurePolicy(true, true, false), Instant.now()));
        }
        HostFigures.Host build = HostFigures.of(BuildReport.of(checked).report().results())
                .hosts()
                .get(0);
        assertEquals(5, build.requests(), "the shared URL's two requests once, and each module's own");
        assertEquals(1, build.status503());
        CheckResult sharedResult = reports.get(0).results().get(0);
        assertSame(
                sharedResult.requests().get(0),
                reports.get(1).results().get(0).requests().get(0),
                "one check, its requests shared");
    }

    private List<CheckReport> together(List<Callable<CheckReport>> moduleChecks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CheckReport>> running = new ArrayList<>();
        for (Callable<CheckReport> moduleCheck : moduleChecks) {
            running.add(modules.submit(() -> {
                assertTrue(go.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
                return moduleCheck.call();
            }));
        }
        go.countDown();
        List<CheckReport> reports = new ArrayList<>();
        for (Future<CheckReport> module : running) {
            reports.add(module.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
        }
        return reports;
    }

    private CheckReport check(CheckSettings settings, List<LinkTarget> targets) throws InterruptedException {
        return checks.checkScreened(settings, targets, RunListener.NONE, RunDeadline.start(settings.maxTotalTime()));
    }

    private static List<LinkTarget> inModule(int module, List<String> paths) {
        return IntStream.range(0, paths.size())
                .mapToObj(
                        i -> LinkTarget.of(site.url(paths.get(i)), Origin.at("mod-" + module + "/README.md", i + 1, 3)))
                .toList();
    }

    private static CheckSettings.Builder settings(Mode mode) {
        return CheckSettings.builder().mode(mode.name()).hostRequestIntervals("300ms", null);
    }
}
