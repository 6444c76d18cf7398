package io.github.linkcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The modules of one build checking through one {@link SharedLinkChecks}, at once as under {@code mvn -T 4}: each
 * module is a thread, and they are let go together.
 */
class SharedLinkChecksTest {

    /** Far above any honest wait here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final int MODULES = 4;

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    private ExecutorService modules;
    private SharedLinkChecks checks;

    @BeforeEach
    void startBuild() {
        modules = Executors.newCachedThreadPool();
        checks = new SharedLinkChecks(new RunLog() {
            @Override
            public void info(String line) {}

            @Override
            public void warn(String line) {}

            @Override
            public void debug(String line) {}
        });
    }

    @AfterEach
    void endBuild() {
        checks.close();
        modules.shutdownNow();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void everySharedUrlIsRequestedOnceForTheBuildAndEachModuleGetsItsOwnPlaces(Mode mode) throws Exception {
        List<String> shared = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> shared.add("/slow/50/shared-" + mode + "-" + i));
        shared.add("/status/404?shared-" + mode);
        CheckSettings settings = settings(mode).build();

        List<List<LinkTarget>> targets = new ArrayList<>();
        for (int module = 0; module < MODULES; module++) {
            List<String> paths = new ArrayList<>(shared);
            // Each module starts somewhere else in the list, so that they meet on checks in flight.
            Collections.rotate(paths, module);
            paths.add("/ok/own-" + mode + "-" + module);
            targets.add(inModule(module, paths));
        }
        List<CheckReport> reports = together(targets.stream()
                .map(moduleTargets -> (Callable<CheckReport>) () -> check(settings, moduleTargets, RunListener.NONE))
                .toList());

        for (String path : shared.subList(0, 5)) {
            assertEquals(1, site.requests(path), path);
        }
        assertEquals(1, site.requests("HEAD", "/status/404?shared-" + mode));
        assertEquals(1, site.requests("GET", "/status/404?shared-" + mode), "the GET that confirms it, once too");
        CheckResult first = null;
        for (int module = 0; module < MODULES; module++) {
            List<CheckResult> results = reports.get(module).results();
            assertEquals(
                    targets.get(module),
                    results.stream().map(CheckResult::target).toList(),
                    "module " + module + ": its own targets, with its own places, in its order");
            assertEquals(
                    6,
                    results.stream()
                            .filter(result -> result.verdict() == Verdict.OK)
                            .count());
            CheckResult broken = results.stream()
                    .filter(result -> result.verdict() == Verdict.BROKEN)
                    .findFirst()
                    .orElseThrow();
            if (first == null) {
                first = broken;
            }
            assertEquals(first.withTarget(broken.target()), broken, "the one check's result, for this module's place");
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void maxConcurrencyPerHostHoldsOverAllModulesTogether(Mode mode) throws Exception {
        CheckSettings settings =
                settings(mode).concurrency("32").maxConcurrencyPerHost("2").build();
        site.takeMostSlowInFlight();

        together(IntStream.range(0, MODULES)
                .mapToObj(module -> (Callable<CheckReport>) () -> check(
                        settings,
                        inModule(
                                module,
                                IntStream.range(0, 6)
                                        .mapToObj(i -> "/slow/100/host-" + mode + "-" + module + "-" + i)
                                        .toList()),
                        RunListener.NONE))
                .toList());

        int most = site.takeMostSlowInFlight();
        assertTrue(most <= 2, "at most 2 requests at the host at once over all modules, saw " + most);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void concurrencyHoldsOverAllModulesAndHostsTogether(Mode mode) throws Exception {
        CheckSettings settings =
                settings(mode).concurrency("2").maxConcurrencyPerHost("8").build();
        // Two names of the one site: two hosts to the dispatcher, one server to count at.
        String[] bases = {site.baseUrl(), site.baseUrl().replace("127.0.0.1", "localhost")};
        site.takeMostSlowInFlight();

        together(IntStream.range(0, MODULES)
                .mapToObj(module -> (Callable<CheckReport>) () -> check(
                        settings,
                        IntStream.range(0, 6)
                                .mapToObj(i -> LinkTarget.of(
                                        bases[module % 2] + "/slow/100/all-" + mode + "-" + module + "-" + i,
                                        place(module, i)))
                                .toList(),
                        RunListener.NONE))
                .toList());

        int most = site.takeMostSlowInFlight();
        assertTrue(most <= 2, "at most 2 requests at once over all modules and hosts, saw " + most);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aModuleOutOfTimeReturnsWhileAnotherStillGetsTheResultOfTheSameUrl(Mode mode) throws Exception {
        String gate = "late-" + mode;
        String path = "/gate/" + gate + "/x";
        CheckSettings unbounded = settings(mode).build();
        CheckSettings tiny = settings(mode).maxTotalTime("300ms").build();
        Future<CheckReport> patient =
                modules.submit(() -> check(unbounded, inModule(0, List.of(path)), RunListener.NONE));
        assertTrue(site.awaitRequests(path, 1, HANG_GUARD), "the patient module's request reached the site");

        CheckReport hurried =
                assertTimeoutPreemptively(HANG_GUARD, () -> check(tiny, inModule(1, List.of(path)), RunListener.NONE));

        assertEquals(Verdict.NOT_CHECKED, hurried.results().get(0).verdict());
        assertEquals(inModule(1, List.of(path)).get(0), hurried.results().get(0).target());
        assertFalse(patient.isDone(), "the gate is still closed: the patient module still waits");
        site.openGate(gate);
        CheckResult result =
                patient.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS).results().get(0);
        assertEquals(Verdict.OK, result.verdict());
        assertEquals(inModule(0, List.of(path)).get(0), result.target());
        assertEquals(1, site.requests(path), "requested once, by the first module to ask");

        CountingListener later = new CountingListener();
        CheckResult answered =
                check(unbounded, inModule(2, List.of(path)), later).results().get(0);
        assertEquals(result.withTarget(answered.target()), answered, "a later module gets the same result");
        assertEquals(1, site.requests(path), "not requested again");
        assertEquals(List.of("started " + path, "finished " + path), later.heard, "its progress shows it checked");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void runsThatDifferOnlyInFiltersAndTotalTimeShareResultsAndOthersDoNot(Mode mode) throws Exception {
        String found = "/status/404?shape-" + mode;
        CheckSettings plain = settings(mode).build();
        CheckSettings filteredAndBounded = settings(mode)
                .excludes(List.of("never-matches"))
                .maxTotalTime("1m")
                .build();
        CheckSettings accepting404 =
                settings(mode).acceptedStatusCodes("200-299,404").build();

        CheckResult first = check(plain, inModule(0, List.of(found)), RunListener.NONE)
                .results()
                .get(0);
        CheckResult alike = check(filteredAndBounded, inModule(1, List.of(found)), RunListener.NONE)
                .results()
                .get(0);
        CheckReport otherwise = check(accepting404, inModule(2, List.of(found)), RunListener.NONE);

        assertEquals(Verdict.BROKEN, first.verdict());
        assertEquals(first.withTarget(alike.target()), alike);
        assertEquals(Verdict.OK, otherwise.results().get(0).verdict(), "judged by its own settings");
        assertEquals(accepting404, otherwise.settings(), "the report carries the run's own settings");
        assertEquals(2, site.requests("HEAD", found), "once for each way of judging");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void closingTheBuildsChecksEndsWaitsAndRequestsWithinABound(Mode mode) throws Exception {
        String hanging = "/hang?close-" + mode;
        CheckSettings settings = settings(mode).timeout("1m").retries("0").build();
        Future<CheckReport> waiting =
                modules.submit(() -> check(settings, inModule(0, List.of(hanging)), RunListener.NONE));
        assertTrue(site.awaitRequests(hanging, 1, HANG_GUARD), "the request is in flight");

        assertTimeoutPreemptively(Duration.ofSeconds(10), checks::close);

        ExecutionException ended = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, ended.getCause());
        assertThrows(
                IllegalStateException.class, () -> check(settings, inModule(1, List.of("/ok/x")), RunListener.NONE));
    }

    /** Runs the modules' checks on threads of their own, let go at the same moment, and returns their reports. */
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

    private CheckReport check(CheckSettings settings, List<LinkTarget> targets, RunListener listener)
            throws InterruptedException {
        return checks.checkScreened(settings, targets, listener, RunDeadline.start(settings.maxTotalTime()));
    }

    /** Targets on the site as found in a module's README, one a line. */
    private static List<LinkTarget> inModule(int module, List<String> paths) {
        return IntStream.range(0, paths.size())
                .mapToObj(i -> LinkTarget.of(site.url(paths.get(i)), place(module, i)))
                .toList();
    }

    private static Origin place(int module, int index) {
        return Origin.at("mod-" + module + "/README.md", index + 1, 3);
    }

    /** Settings as users get them, but for retries that wait milliseconds, not seconds. */
    private static CheckSettings.Builder settings(Mode mode) {
        return CheckSettings.builder().mode(mode.name()).retryBackoff(Duration.ofMillis(20));
    }

    /** What a module's progress listener heard, in order, by path. */
    private static final class CountingListener implements RunListener {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void started(LinkTarget target) {
            heard.add("started " + target.url().substring(site.baseUrl().length()));
        }

        @Override
        public void finished(CheckResult result) {
            heard.add(
                    "finished " + result.target().url().substring(site.baseUrl().length()));
        }
    }
}
