package io.github.linkcheck.run;

import static io.github.linkcheck.run.ModuleRequests.FAIL_ON_ERRORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ReportDirectory;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.SarifSchema;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/** Modules of one build sharing a {@link ReactorState}, as Maven's modules do, with no Maven. */
class ReactorStateTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final List<String> MODULES = List.of("mod-a", "mod-b", "mod-c");

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    /** A reactor: a root folder whose modules' READMEs link one shared working URL, one shared broken one and their own. */
    private record Reactor(Path root, String shared, String sharedBroken) {

        static Reactor create(Path root, String tag) throws IOException {
            Reactor reactor = new Reactor(root, site.url("/ok/shared-" + tag), site.url("/status/404?shared-" + tag));
            for (String module : MODULES) {
                Path folder = Files.createDirectories(root.resolve(module));
                Files.writeString(
                        folder.resolve("README.md"),
                        "# " + module + "\n\n[shared](" + reactor.shared + ") [gone](" + reactor.sharedBroken
                                + ") [own](" + reactor.own(module) + ")\n");
            }
            return reactor;
        }

        String own(String module) {
            return site.url("/ok/own-" + module + "-" + root.getFileName());
        }

        Path reports() {
            return root.resolve("target/linkcheck");
        }
    }

    /** Runs a module's check as the build tool would, and hands its results to the build. */
    private static CheckReport checkModule(
            ReactorState state, Reactor reactor, String module, CheckSettings settings, RunLog log)
            throws RunException {
        Path folder = reactor.root().resolve(module);
        RunRequest request = new RunRequest(
                settings,
                FAIL_ON_ERRORS,
                folder,
                reactor.root(),
                reactor.root(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                IgnoreEntries.none());
        Path output = folder.resolve("target/linkcheck");
        LinkcheckRun run = new LinkcheckRun(
                request,
                state.checks(),
                state.cache(reactor.reports().resolve("cache.json"), Duration.ofDays(1)),
                List.of(new ReportFilesSink(output, reactor.root())),
                log);
        CheckReport report = run.checkAndReport(run.plan());
        state.moduleChecked(module, report, FAIL_ON_ERRORS);
        return report;
    }

    /** Checks every module at once, each on a thread of its own, released together. */
    private static List<CheckReport> checkModulesAtOnce(
            ReactorState state, Reactor reactor, CheckSettings settings, RunLog log) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(MODULES.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CheckReport>> reports = new ArrayList<>();
            for (String module : MODULES) {
                Callable<CheckReport> check = () -> {
                    start.await();
                    return checkModule(state, reactor, module, settings, log);
                };
                reports.add(threads.submit(check));
            }
            start.countDown();
            List<CheckReport> done = new ArrayList<>();
            for (Future<CheckReport> report : reports) {
                done.add(report.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void modulesCheckingAtOnceRequestEachUrlOnceAndTheBuildWritesOneCacheAndOneReport(Mode mode, @TempDir Path root)
            throws Exception {
        Reactor reactor = Reactor.create(root, mode.userName());
        CheckSettings settings =
                CheckSettings.builder().mode(mode.name()).retries("0").build();
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);

        List<CheckReport> reports = checkModulesAtOnce(state, reactor, settings, log);

        assertEquals(1, site.requests("/ok/shared-" + mode.userName()), "one request for the build");
        assertEquals(2, site.requests("/status/404?shared-" + mode.userName()), "one HEAD and one GET for the build");
        for (int i = 0; i < MODULES.size(); i++) {
            assertEquals(
                    List.of("ok", "broken", "ok"),
                    reports.get(i).results().stream()
                            .map(result -> result.verdict().label())
                            .toList(),
                    "each module judges its own links: " + MODULES.get(i));
            assertTrue(
                    Files.exists(root.resolve(MODULES.get(i))
                            .resolve("target/linkcheck")
                            .resolve(ReportDirectory.JSON)),
                    "each module keeps its own reports");
        }
        assertFalse(Files.exists(reactor.reports().resolve("cache.json")), "the cache is written when the build ends");

        state.finish();

        assertEquals(List.of(), log.warnings);
        JsonNode cache = new ObjectMapper()
                .readTree(reactor.reports().resolve("cache.json").toFile());
        List<String> cached = StreamSupport.stream(cache.get("entries").spliterator(), false)
                .map(entry -> entry.get("url").asText())
                .sorted()
                .toList();
        List<String> working = new ArrayList<>(List.of(reactor.shared()));
        MODULES.forEach(module -> working.add(reactor.own(module)));
        assertEquals(working.stream().sorted().toList(), cached, "every module's working URLs, none lost");

        JsonNode build = new ObjectMapper()
                .readTree(reactor.reports().resolve(ReportDirectory.JSON).toFile());
        assertEquals(5, build.get("totals").get("links").asInt(), "the shared links once, and each module's own");
        assertEquals(
                MODULES,
                StreamSupport.stream(build.get("run").get("modules").spliterator(), false)
                        .map(JsonNode::asText)
                        .sorted()
                        .toList(),
                "every module, in the order they finished");
        JsonNode sharedLink = StreamSupport.stream(build.get("links").spliterator(), false)
                .filter(link -> link.get("url").asText().equals(reactor.sharedBroken()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                MODULES.stream().map(module -> module + "/README.md").toList(),
                sharedLink.get("places").findValuesAsText("file").stream()
                        .sorted()
                        .toList(),
                "a place in every module's README, named from the reactor root: " + sharedLink);
        Path sarif = reactor.reports().resolve(ReportDirectory.SARIF);
        SarifSchema.assertValid(sarif);
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
        assertEquals(
                MODULES.stream().map(module -> module + "/README.md").toList(),
                results.findValuesAsText("uri").stream().sorted().toList(),
                "the build's SARIF has a result for every module's place of the broken link: " + results);
        assertTrue(
                log.info.stream().anyMatch(line -> line.startsWith("linkcheck: reports of the whole build in ")),
                log.info::toString);
    }

    @Test
    void aSecondBuildAnswersTheWorkingUrlsFromTheCacheTheFirstWrote(@TempDir Path root) throws Exception {
        Reactor reactor = Reactor.create(root, "second-build");
        CheckSettings settings = CheckSettings.builder().retries("0").build();
        RecordingLog log = new RecordingLog();
        for (int build = 1; build <= 2; build++) {
            ReactorState state =
                    new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
            checkModulesAtOnce(state, reactor, settings, log);
            state.finish();
        }

        assertEquals(1, site.requests("/ok/shared-second-build"));
        for (String module : MODULES) {
            assertEquals(
                    1,
                    site.requests(reactor.own(module).substring(site.baseUrl().length())),
                    module);
        }
        assertEquals(4, site.requests("/status/404?shared-second-build"), "a broken link is checked in every build");
    }

    @Test
    void modulesWithOtherVerdictSettingsShareTheCacheButNotThoseSendingOtherHeaders(@TempDir Path root)
            throws Exception {
        Reactor reactor = Reactor.create(root, "shared-cache");
        RecordingLog log = new RecordingLog();
        CheckSettings plain = CheckSettings.builder().retries("0").build();
        ReactorState first = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        checkModule(first, reactor, "mod-a", plain, log);
        first.finish();

        ReactorState second = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        CheckReport stricter = checkModule(
                second,
                reactor,
                "mod-a",
                CheckSettings.builder()
                        .retries("0")
                        .slowThreshold("30s")
                        .maxRedirects("3")
                        .build(),
                log);
        CheckReport withToken = checkModule(
                second,
                reactor,
                "mod-b",
                CheckSettings.builder()
                        .retries("0")
                        .headers(List.of(RequestHeader.of("Authorization", "t", null)))
                        .build(),
                log);

        assertTrue(
                stricter.results().get(0).isCached(),
                "a working link of the first build, within 30 s: "
                        + stricter.results().get(0));
        assertTrue(withToken.results().stream().noneMatch(CheckResult::isCached));
        assertEquals(
                2, site.requests("/ok/shared-shared-cache"), "by the first build, and by the module with a header");
        assertTrue(
                log.warnings.stream()
                        .anyMatch(line -> line.contains("is shared with modules that send other request" + " headers")),
                log.warnings::toString);
        assertEquals(1, log.warnings.size(), log.warnings::toString);
    }

    @Test
    void theJobSummaryGetsOneSectionForTheWholeBuildNamingItsModules(@TempDir Path root) throws Exception {
        Reactor reactor = Reactor.create(root, "step-summary");
        Path stepSummary = Files.writeString(root.resolve("step-summary.md"), "earlier step\n");
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString());
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(reactor.reports(), reactor.root(), github::get, Clock.systemUTC(), log);
        CheckSettings settings = CheckSettings.builder().retries("0").build();
        for (String module : MODULES) {
            checkModule(state, reactor, module, settings, log);
        }

        state.finish();
        state.finish();

        String summary = Files.readString(stepSummary);
        assertTrue(summary.startsWith("earlier step\n### linkcheck: 1 link fails the build"), summary);
        assertEquals(
                1,
                summary.lines().filter(line -> line.startsWith("### linkcheck")).count(),
                summary);
        assertTrue(summary.contains("Modules: `mod-a`, `mod-b`, `mod-c`"), summary);
    }

    @Test
    void theBuildsReportsFollowTheBuildOrderWhateverOrderTheModulesFinishedIn(@TempDir Path root) throws Exception {
        Reactor reactor = Reactor.create(root, "build-order");
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        state.buildOrder(MODULES);
        CheckSettings settings = CheckSettings.builder().retries("0").build();
        for (String module : List.of("mod-c", "mod-a", "mod-b")) {
            checkModule(state, reactor, module, settings, log);
        }

        state.finish();

        assertTrue(log.info.stream().anyMatch(line -> line.endsWith("(mod-a, mod-b, mod-c)")), log.info::toString);
        JsonNode run = new ObjectMapper()
                .readTree(reactor.reports().resolve(ReportDirectory.JSON).toFile())
                .get("run");
        List<String> modules = new ArrayList<>();
        run.get("modules").forEach(name -> modules.add(name.asText()));
        assertEquals(MODULES, modules);
    }

    @Test
    void aBuildOfOneProjectLeavesItsReportsAsTheyAre(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("README.md"), "[one](" + site.url("/ok/one-project") + ")\n");
        Path reports = root.resolve("target/linkcheck");
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(null, root, name -> null, Clock.systemUTC(), log);
        CheckSettings settings = CheckSettings.builder().build();
        RunRequest request = ModuleRequests.of(settings, root, root, IgnoreEntries.none());
        LinkcheckRun run = new LinkcheckRun(
                request,
                state.checks(),
                state.cache(reports.resolve("cache.json"), Duration.ofDays(1)),
                List.of(new ReportFilesSink(reports, root)),
                log);
        state.moduleChecked("one", run.checkAndReport(run.plan()), FAIL_ON_ERRORS);
        String own = Files.readString(reports.resolve(ReportDirectory.JSON));

        state.finish();

        assertEquals(own, Files.readString(reports.resolve(ReportDirectory.JSON)), "not written again");
        assertTrue(Files.exists(reports.resolve("cache.json")));
        assertTrue(log.info.stream().noneMatch(line -> line.contains("whole build")), log.info::toString);
    }

    @Test
    void aBuildOfOneModuleOfAReactorReplacesTheReportsOfTheWholeBuildItFollows(@TempDir Path root) throws Exception {
        Reactor reactor = Reactor.create(root, "one-module");
        RecordingLog log = new RecordingLog();
        CheckSettings settings = CheckSettings.builder().retries("0").build();
        ReactorState whole = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        checkModulesAtOnce(whole, reactor, settings, log);
        whole.finish();
        ReactorState onlyModA =
                new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        checkModule(onlyModA, reactor, "mod-a", settings, log);

        onlyModA.finish();

        JsonNode build = new ObjectMapper()
                .readTree(reactor.reports().resolve(ReportDirectory.JSON).toFile());
        assertEquals(
                List.of("mod-a"),
                StreamSupport.stream(build.get("run").get("modules").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList(),
                "what this build checked, not what the one before it did");
        assertEquals(3, build.get("totals").get("links").asInt());
    }

    @Test
    void aLinkAModuleRanOutOfTimeForIsReportedOnceWithTheResultTheBuildHad(@TempDir Path root) throws IOException {
        Path reports = root.resolve("target/linkcheck");
        ReactorState state = new ReactorState(reports, root, name -> null, Clock.systemUTC(), new RecordingLog());
        CheckSettings settings = CheckSettings.builder().build();
        String url = "https://example.org/late";
        LinkTarget inModA = LinkTarget.of(url, Origin.at("mod-a/README.md", 3, 1));
        LinkTarget inModB = LinkTarget.of(url, Origin.at("mod-b/README.md", 5, 2));
        CheckResult notChecked =
                RunDeadline.start(Optional.of(Duration.ofSeconds(1))).notChecked(inModA);
        CheckResult ok = new CheckResult(
                inModB, Verdict.OK, new Outcome.Status(200, "OK"), Duration.ofMillis(5), null, null, 1, null);
        state.moduleChecked(
                "mod-a", new CheckReport(settings, List.of(notChecked), Duration.ofSeconds(1)), FAIL_ON_ERRORS);
        state.moduleChecked("mod-b", new CheckReport(settings, List.of(ok), Duration.ofMillis(5)), FAIL_ON_ERRORS);

        state.finish();

        JsonNode links = new ObjectMapper()
                .readTree(reports.resolve(ReportDirectory.JSON).toFile())
                .get("links");
        assertEquals(1, links.size(), links::toString);
        assertEquals("ok", links.get(0).get("verdict").asText());
        assertEquals(
                List.of("mod-a/README.md", "mod-b/README.md"),
                links.get(0).get("places").findValuesAsText("file").stream()
                        .sorted()
                        .toList());
    }

    @Test
    void aResultAnotherModuleGotIsSharedAsCheckedNotAsCached(@TempDir Path root) throws Exception {
        Reactor reactor = Reactor.create(root, "shared-not-cached");
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        CheckSettings settings = CheckSettings.builder().retries("0").build();
        CheckResult first =
                checkModule(state, reactor, "mod-a", settings, log).results().get(0);
        CheckResult second =
                checkModule(state, reactor, "mod-b", settings, log).results().get(0);

        assertEquals(1, site.requests("/ok/shared-shared-not-cached"));
        assertFalse(second.isCached(), "cached means from an earlier build's cache file");
        assertEquals(first.attempts(), second.attempts());
        assertEquals(first.elapsed(), second.elapsed(), "the one request's time");
    }

    @Test
    void aCacheFileThatCannotBeWrittenIsAWarningAtTheEnd(@TempDir Path root) throws Exception {
        Reactor reactor = Reactor.create(root, "unwritable-cache");
        Files.createDirectories(reactor.reports());
        Files.writeString(root.resolve("occupied"), "a file, not a folder");
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(reactor.reports(), reactor.root(), name -> null, Clock.systemUTC(), log);
        ResultStore store = state.cache(root.resolve("occupied/cache.json"), Duration.ofDays(1));
        RunRequest request =
                ModuleRequests.of(CheckSettings.builder().build(), root.resolve("mod-a"), root, IgnoreEntries.none());
        LinkcheckRun run = new LinkcheckRun(request, state.checks(), store, List.of(), log);
        run.checkAndReport(run.plan());

        state.finish();

        assertEquals(1, log.warnings.size(), log.warnings::toString);
        assertTrue(
                log.warnings
                        .get(0)
                        .startsWith("linkcheck: cacheFile = '" + root.resolve("occupied/cache.json")
                                + "' cannot be written"),
                log.warnings::toString);
    }
}
