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

import java.io.IOException;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One engine serving several calls, in every mode, against a real local site. */
class CheckEngineTest {

    /** Far above any honest run here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final RunDeadline NONE = RunDeadline.start(Optional.empty());

    private static TestSite site;

    @BeforeAll
    static void startSite() throws IOException {
        site = TestSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void eachCallHearsOfItsOwnTargetsEachStartedThenFinishedOnce(Mode mode) throws Exception {
        List<String> shared = IntStream.range(0, 6).mapToObj(i -> site.url("/slow/30/heard-" + mode + "-" + i)).toList();
        ExecutorService calls = Executors.newFixedThreadPool(2);
        try (CheckEngine engine = new CheckEngine(CheckSettings.builder().mode(mode.name()).build(), warning -> {})) {
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
            shared.forEach(url -> assertEquals(1, site.requests(url.substring(site.baseUrl().length())), url));
        } finally {
            calls.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void thousandsOfChecksThatEndAsTheyAreLaunchedNeitherNestNorStall(Mode mode) {
        List<String> invalid = IntStream.range(0, 10_000).mapToObj(i -> "htp:/nope-" + i).toList();
        CheckSettings settings = CheckSettings.builder().mode(mode.name()).concurrency("4").build();

        CheckReport report = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CheckEngine engine = new CheckEngine(settings, warning -> {})) {
                return engine.checkScreened(targets("many.md", invalid), RunListener.NONE, NONE);
            }
        });

        assertEquals(10_000, report.count(Verdict.BROKEN));
    }

    private static List<LinkTarget> targets(String file, List<String> urls) {
        return IntStream.range(0, urls.size()).mapToObj(i -> LinkTarget.of(urls.get(i), Origin.at(file, i + 1, 1))).toList();
    }

    /** What a call's listener heard, in order. */
    private static final class RecordingListener implements RunListener {
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
