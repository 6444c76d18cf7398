package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/** One engine serving several calls, in every mode, against a real local site. */
class CheckEngineTest {

    /** Far above any honest run here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final RunDeadline NONE = RunDeadline.start(Optional.empty());

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void eachCallHearsOfItsOwnTargetsEachStartedThenFinishedOnce(Mode mode) throws Exception {
        List<String> shared = IntStream.range(0, 6)
                .mapToObj(i -> site.url("/slow/30/heard-" + mode + "-" + i))
                .toList();
        ExecutorService calls = Executors.newFixedThreadPool(2);
        try (CheckEngine engine =
                new CheckEngine(CheckSettings.builder().mode(mode.name()).build(), warning -> {})) {
            RecordingListener first = new RecordingListener();
            RecordingListener second = new RecordingListener();
            List<LinkTarget> firstTargets = targets("a.md", shared);
            List<String> reversed = new ArrayList<>(shared);
            Collections.reverse(reversed);
            List<LinkTarget> secondTargets = targets("b.md", reversed);
            CountDownLatch go = new CountDownLatch(1);
            Future<CheckReport> firstCall = calls.submit(() -> {
                go.await();
                return engine.checkScreened(firstTargets, first, NONE);
            });
            Future<CheckReport> secondCall = calls.submit(() -> {
                go.await();
                return engine.checkScreened(secondTargets, second, NONE);
            });
            go.countDown();
            firstCall.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            secondCall.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            RecordingListener afterwards = new RecordingListener();
            List<LinkTarget> lateTargets = targets("c.md", shared.subList(0, 2));
            CheckReport late = engine.checkScreened(lateTargets, afterwards, NONE);

            first.assertHeardEachOnce(firstTargets);
            second.assertHeardEachOnce(secondTargets);
            afterwards.assertHeardEachOnce(lateTargets);
            assertEquals(2, late.count(Verdict.OK));
            shared.forEach(url ->
                    assertEquals(1, site.requests(url.substring(site.baseUrl().length())), url));
        } finally {
            calls.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void linksToOnePageWithOtherFragmentsShareOneCheckUnlessFragmentsAreChecked(Mode mode) throws Exception {
        String page = "/page/fragments-" + mode;
        List<String> links = List.of(site.url(page + "#intro"), site.url(page + "#usage"), site.url(page));
        try (CheckEngine engine =
                new CheckEngine(CheckSettings.builder().mode(mode.name()).build(), warning -> {})) {
            CheckReport report = engine.checkScreened(targets("a.md", links), RunListener.NONE, NONE);

            assertEquals(3, report.count(Verdict.OK));
            assertEquals(
                    links, report.results().stream().map(r -> r.target().url()).toList(), "each its own link");
            assertEquals(1, site.requests(page), "one request for the page");
        }

        String checkedPage = "/page/fragments-checked-" + mode;
        List<String> checked = List.of(site.url(checkedPage + "#intro"), site.url(checkedPage + "#gone"));
        CheckSettings fragments =
                CheckSettings.builder().mode(mode.name()).checkFragments(true).build();
        try (CheckEngine engine = new CheckEngine(fragments, warning -> {})) {
            CheckReport report = engine.checkScreened(targets("b.md", checked), RunListener.NONE, NONE);

            // Each fragment is judged on its own when fragments are checked.
            assertEquals(
                    List.of(Verdict.OK, Verdict.BROKEN),
                    report.results().stream().map(CheckResult::verdict).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void thousandsOfChecksThatEndAsTheyAreLaunchedNeitherNestNorStall(Mode mode) {
        List<String> invalid =
                IntStream.range(0, 10_000).mapToObj(i -> "http:///nope-" + i).toList();
        CheckSettings settings =
                CheckSettings.builder().mode(mode.name()).concurrency("4").build();

        CheckReport report = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CheckEngine engine = new CheckEngine(settings, warning -> {})) {
                return engine.checkScreened(targets("many.md", invalid), RunListener.NONE, NONE);
            }
        });

        assertEquals(10_000, report.count(Verdict.BROKEN));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void checksOnlyACallOutOfTimeWantedAreDroppedNotSent(Mode mode) throws Exception {
        String gate = "slot-" + mode;
        CheckSettings oneSlot =
                CheckSettings.builder().mode(mode.name()).concurrency("1").build();
        ExecutorService calls = Executors.newSingleThreadExecutor();
        try (CheckEngine engine = new CheckEngine(oneSlot, warning -> {})) {
            Future<CheckReport> holder = calls.submit(() -> engine.checkScreened(
                    targets("a.md", List.of(site.url("/gate/" + gate + "/x"))), RunListener.NONE, NONE));
            assertTrue(site.awaitRequests("/gate/" + gate + "/x", 1, HANG_GUARD), "the only slot is taken");
            List<String> orphans = IntStream.range(0, 5)
                    .mapToObj(i -> "/ok/orphan-" + mode + "-" + i)
                    .toList();
            List<String> orphanUrls = orphans.stream().map(site::url).toList();

            CheckReport outOfTime = engine.checkScreened(
                    targets("b.md", orphanUrls),
                    RunListener.NONE,
                    RunDeadline.start(Optional.of(Duration.ofMillis(300))));
            site.openGate(gate);
            holder.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            // Queued behind the dropped checks, had they stayed: once it is answered, they would have been sent.
            CheckReport after = engine.checkScreened(
                    targets("c.md", List.of(site.url("/ok/after-" + mode))), RunListener.NONE, NONE);

            assertEquals(5, outOfTime.count(Verdict.NOT_CHECKED));
            assertEquals(Verdict.OK, after.results().get(0).verdict());
            orphans.forEach(path -> assertEquals(0, site.requests(path), path));
            CheckReport again = assertTimeoutPreemptively(
                    HANG_GUARD,
                    () -> engine.checkScreened(targets("d.md", orphanUrls.subList(0, 1)), RunListener.NONE, NONE));
            assertEquals(Verdict.OK, again.results().get(0).verdict(), "a dropped check is made afresh when asked for");
            assertEquals(1, site.requests(orphans.get(0)));
        } finally {
            calls.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aListenerThatFailsCostsNoCallItsResultsAndIsToldAsAWarning(Mode mode) throws Exception {
        String gate = "listener-" + mode;
        String url = site.url("/gate/" + gate + "/x");
        List<String> warnings = new CopyOnWriteArrayList<>();
        CountDownLatch secondJoined = new CountDownLatch(1);
        RunListener failing = new RunListener() {
            @Override
            public void started(LinkTarget target) {}

            @Override
            public void finished(CheckResult result) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void runWarning(String message) {
                warnings.add(message);
            }
        };
        RecordingListener sound = new RecordingListener() {
            @Override
            public void started(LinkTarget target) {
                super.started(target);
                secondJoined.countDown();
            }
        };
        ExecutorService calls = Executors.newFixedThreadPool(2);
        try (CheckEngine engine =
                new CheckEngine(CheckSettings.builder().mode(mode.name()).build(), warning -> {})) {
            Future<CheckReport> first =
                    calls.submit(() -> engine.checkScreened(targets("a.md", List.of(url)), failing, NONE));
            assertTrue(site.awaitRequests("/gate/" + gate + "/x", 1, HANG_GUARD));
            List<LinkTarget> secondTargets = targets("b.md", List.of(url));
            Future<CheckReport> second = calls.submit(() -> engine.checkScreened(secondTargets, sound, NONE));
            assertTrue(secondJoined.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS), "told of the check in flight");
            site.openGate(gate);

            assertEquals(
                    Verdict.OK,
                    first.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)
                            .results()
                            .get(0)
                            .verdict());
            assertEquals(
                    Verdict.OK,
                    second.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)
                            .results()
                            .get(0)
                            .verdict());
            sound.assertHeardEachOnce(secondTargets);
            assertEquals(
                    List.of(
                            "the progress of the check could not be reported: java.lang.IllegalStateException: listener bug"),
                    warnings);
        } finally {
            calls.shutdownNow();
        }
    }

    private static List<LinkTarget> targets(String file, List<String> urls) {
        return IntStream.range(0, urls.size())
                .mapToObj(i -> LinkTarget.of(urls.get(i), Origin.at(file, i + 1, 1)))
                .toList();
    }

    /** What a call's listener heard, in order. */
    private static class RecordingListener implements RunListener {
        private final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void started(LinkTarget target) {
            heard.add("started " + target);
        }

        @Override
        public void finished(CheckResult result) {
            heard.add("finished " + result.target());
        }

        void assertHeardEachOnce(List<LinkTarget> targets) {
            assertEquals(2 * targets.size(), heard.size(), heard::toString);
            for (LinkTarget target : targets) {
                int started = heard.indexOf("started " + target);
                assertTrue(started >= 0 && started < heard.indexOf("finished " + target), heard::toString);
                assertEquals(started, heard.lastIndexOf("started " + target), heard::toString);
            }
        }
    }
}
