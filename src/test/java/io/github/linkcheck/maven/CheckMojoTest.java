package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.report.ReportDirectory;
import io.github.linkcheck.testing.TestProxy;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The mojo as Maven configures it: parameter mapping, defaults, validation, and pass or fail. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class CheckMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    /** Where the reports and the cache go by default, relative to the working folder as the mojo resolves it. */
    private static final Path DEFAULT_OUTPUT = Path.of("target", "linkcheck").toAbsolutePath();

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    /** This test's own reports and cache: a cache another test (or an earlier run) left would answer its URLs. */
    @TempDir
    Path ownFolder;

    private List<String> defaultOutputBefore;

    @BeforeEach
    void rememberTheDefaultOutput() throws IOException {
        defaultOutputBefore = filesWithTimes(DEFAULT_OUTPUT);
    }

    @AfterEach
    void defaultOutputIsUntouched() throws IOException {
        assertEquals(
                defaultOutputBefore,
                filesWithTimes(DEFAULT_OUTPUT),
                "a test wrote to the shared " + DEFAULT_OUTPUT + ": give it its own folder with inOwnFolder(mojo)");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void defaultsAreTheDocumentedOnes(CheckMojo mojo) {
        assertTrue(mojo.urls == null || mojo.urls.isEmpty(), "no URLs unless configured");
        assertEquals("async", mojo.mode);
        assertEquals("32", mojo.concurrency);
        assertEquals("10s", mojo.timeout);
        assertNull(mojo.slowThreshold);
        assertEquals("true", mojo.failOnSlow);
        assertEquals("true", mojo.failOnError);
        assertEquals("200-299", mojo.acceptedStatusCodes);
        assertEquals("10", mojo.maxRedirects);
        assertNull(mojo.userAgent);
        assertEquals("2", mojo.retries);
        assertEquals("30s", mojo.maxRetryWait);
        assertEquals("8", mojo.maxConcurrencyPerHost);
        assertNull(mojo.hostRequestInterval, "no pacing");
        assertTrue(mojo.hostRequestIntervals == null || mojo.hostRequestIntervals.isEmpty());
        assertNull(mojo.maxTotalTime);
        assertEquals("false", mojo.failOnPermanentRedirect);
        assertEquals("false", mojo.skip);
        assertTrue(mojo.urlFiles == null || mojo.urlFiles.isEmpty());
        assertTrue(mojo.documents == null || mojo.documents.isEmpty(), "README.md and docs/ are the documents");
        assertNull(mojo.rootDirectory, "the reactor root, found when the goal runs");
        assertEquals("true", mojo.checkProjectUrls);
        assertEquals("false", mojo.checkFragments);
        assertNull(mojo.outputDirectory, "linkcheck in the project's build folder, found when the goal runs");
        assertEquals("true", mojo.cache);
        assertNull(mojo.cacheFile, "target/linkcheck/cache.json of the build's top-level project");
        assertEquals("1d", mojo.cacheMaxAge);
        assertEquals("skip", mojo.unsupportedSchemes);
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/configured/pom.xml")
    void mapsEveryParameterFromThePom(CheckMojo mojo) {
        assertEquals(List.of("https://example.org/a", "https://example.org/b"), mojo.urls);
        assertEquals("THREADS", mojo.mode);
        assertEquals("64", mojo.concurrency);
        assertEquals("2500ms", mojo.timeout);
        assertEquals("1s", mojo.slowThreshold);
        assertEquals("false", mojo.failOnSlow);
        assertEquals("FALSE", mojo.failOnError);
        assertEquals("200-299,403", mojo.acceptedStatusCodes);
        assertEquals("3", mojo.maxRedirects);
        assertEquals("docs-bot/1.0", mojo.userAgent);
        assertEquals(List.of("^https://example\\.org/"), mojo.includes);
        assertEquals(List.of("/private/"), mojo.excludes);
        assertEquals("4", mojo.retries);
        assertEquals("1m", mojo.maxRetryWait);
        assertEquals("16", mojo.maxConcurrencyPerHost);
        assertEquals("200ms", mojo.hostRequestInterval);
        assertEquals(List.of("github.com=1s", "*.example.org = 0"), mojo.hostRequestIntervals);
        assertEquals("5m", mojo.maxTotalTime);
        assertEquals("true", mojo.failOnPermanentRedirect);
        assertEquals(2, mojo.headers.size());
        assertEquals(
                "Authorization: **** (only to api.github.com)",
                configuredHeader(mojo, 0).toString());
        assertEquals("Bearer t0ken", configuredHeader(mojo, 0).value());
        assertEquals("Accept-Language", configuredHeader(mojo, 1).name());
        assertEquals("en", configuredHeader(mojo, 1).value());
        assertEquals(
                List.of("links.txt"), mojo.urlFiles.stream().map(File::getName).toList());
        assertEquals(2, mojo.documents.size());
        assertEquals("site", mojo.documents.get(0).directory().getName());
        assertEquals(List.of("**/*.html"), mojo.documents.get(0).includes());
        assertEquals(List.of("drafts/**"), mojo.documents.get(0).excludes());
        assertNull(mojo.documents.get(1).directory());
        assertEquals(List.of("docs/**/*.md"), mojo.documents.get(1).includes());
        assertEquals("false", mojo.checkProjectUrls);
        assertEquals("True", mojo.checkFragments);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void missingUrlFileStopsTheBuildBeforeAnyRequest(CheckMojo mojo, @TempDir Path folder) {
        File missing = folder.resolve("links.txt").toFile();
        mojo.urlFiles = List.of(missing);
        assertConfigurationError(
                mojo, "/ok/url-file", "linkcheck: urlFiles = '" + missing + "' cannot be read: no such file");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void urlFileThatIsNotTextStopsTheBuildBeforeAnyRequest(CheckMojo mojo, @TempDir Path folder) throws IOException {
        Path binary = Files.write(folder.resolve("links.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
        mojo.urlFiles = List.of(binary.toFile());
        assertConfigurationError(
                mojo, "/ok/binary-url-file", "linkcheck: urlFiles = '" + binary + "' cannot be read: not UTF-8 text");
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/missing-documents/pom.xml")
    void missingDocumentsFolderStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        File folder = mojo.documents.get(0).directory();
        assertEquals("no-such-folder", folder.getName());
        assertConfigurationError(
                mojo,
                "/ok/documents",
                "linkcheck: documents directory '" + folder + "' does not exist or is not a folder");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void brokenLinkOfTheReadmeIsNamedByItsPlace(CheckMojo mojo, @TempDir Path project) throws IOException {
        inOwnFolder(mojo);
        Files.writeString(project.resolve("README.md"), "# Demo\nSee [the docs](" + site.url("/status/404") + ").\n");
        Files.writeString(project.resolve("links.txt"), "# checked too\n" + site.url("/ok/listed") + "\n");
        mojo.baseDirectory = project.toFile();
        mojo.urlFiles = List.of(project.resolve("links.txt").toFile());

        assertDoesNotThrow(mojo::execute, "with a URL file configured, the README is not a default document");
        assertEquals(1, site.requests("/ok/listed"));
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> {
            mojo.urlFiles = null;
            mojo.execute();
        });
        assertTrue(
                failure.getMessage()
                        .startsWith("linkcheck: 1 link fails the build (1 broken):\n  broken: README.md:2:5: "
                                + site.url("/status/404") + " -> 404 Not Found ("),
                failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "mode", value = "turbo")
    void unknownModeStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        assertConfigurationError(
                mojo, "/ok/mode", "linkcheck: mode = 'turbo' is not valid: expected one of threads, async, virtual");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aRemapThatCannotWorkStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        mojo.remaps = List.of("^https://(docs -> http://localhost/");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> {
            inOwnFolder(mojo);
            mojo.urls = List.of(site.url("/ok/remap-refused"));
            mojo.execute();
        });
        assertTrue(
                e.getMessage().startsWith("linkcheck: remaps = '^https://(docs -> http://localhost/' is not valid: "),
                e.getMessage());
        assertEquals(0, site.requests("/ok/remap-refused"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void remapsSendTheRequestElsewhere(CheckMojo mojo) throws Exception {
        inOwnFolder(mojo);
        mojo.urls = List.of("https://docs.example.invalid/ok/remapped-by-mojo");
        mojo.remaps = List.of("^https://docs\\.example\\.invalid/ -> " + site.baseUrl() + "/");
        mojo.execute();
        assertEquals(1, site.requests("HEAD", "/ok/remapped-by-mojo"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "unsupportedSchemes", value = "ignore")
    void unknownUnsupportedSchemesStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        assertConfigurationError(
                mojo,
                "/ok/unsupported-schemes",
                "linkcheck: unsupportedSchemes = 'ignore' is not valid: expected skip or fail, in any letter case");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void linksOfOtherSchemesAreSkippedUnlessUnsupportedSchemesIsFail(CheckMojo mojo, @TempDir Path project)
            throws IOException {
        inOwnFolder(mojo);
        Files.writeString(
                project.resolve("README.md"),
                "# Demo\n[archive](ftp://ftp.example.org/pub/)"
                        + " ![dot](data:image/gif;base64,R0lGOD==) [chat](irc://irc.libera.chat/#maven)\n"
                        + "[local](localhost:8080) [site](" + site.url("/ok/readme-schemes") + ")\n");
        mojo.baseDirectory = project.toFile();

        assertDoesNotThrow(mojo::execute, "skipped by default");
        assertEquals(1, site.requests("/ok/readme-schemes"));

        mojo.unsupportedSchemes = "FAIL";
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage()
                        .startsWith(
                                "linkcheck: 4 links fail the build (4 broken):\n  broken: README.md:2:1:"
                                        + " ftp://ftp.example.org/pub/ -> invalid URL: unsupported scheme 'ftp'; expected http or https"),
                failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "timeout", value = "ten")
    void unreadableTimeoutStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        assertConfigurationError(
                mojo,
                "/ok/timeout",
                "linkcheck: timeout = 'ten' is not valid: expected a duration"
                        + " from 1ms to 1h: a whole number followed by ms, s, m, h or d, such as 500ms, 10s or 2m, or a bare"
                        + " number of milliseconds");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "concurrency", value = "0")
    void zeroConcurrencyStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        assertConfigurationError(
                mojo,
                "/ok/concurrency",
                "linkcheck: concurrency = '0' is not valid: expected a whole number from 1 to 10000");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "slowThreshold", value = "fast")
    void unreadableSlowThresholdStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        assertConfigurationError(
                mojo,
                "/ok/slow-threshold",
                "linkcheck: slowThreshold = 'fast' is not valid:"
                        + " expected a duration from 1ms to 1h: a whole number followed by ms, s, m, h or d, such as 500ms, 10s"
                        + " or 2m, or a bare number of milliseconds");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void brokenUrlFailsTheBuildNamingIt(CheckMojo mojo) {
        inOwnFolder(mojo);
        for (String mode : List.of("async", "threads")) {
            mojo.mode = mode;
            mojo.urls = List.of(site.url("/ok/fine"), site.url("/status/404"));
            MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(
                    failure.getMessage()
                            .startsWith("linkcheck: 1 link fails the build (1 broken):\n  broken: urls entry 2: "
                                    + site.url("/status/404") + " -> 404 Not Found ("),
                    failure.getMessage());
            assertTrue(failure.getMessage().endsWith("\n  reports in " + mojo.outputDirectory), failure.getMessage());
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "failOnError", value = "FALSE")
    void brokenUrlOnlyWarnsWithoutFailOnError(CheckMojo mojo) {
        inOwnFolder(mojo);
        mojo.urls = List.of(site.url("/status/500"));
        assertDoesNotThrow(mojo::execute);
        assertTrue(site.requests("/status/500") > 0);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "failOnError", value = "nope")
    void aTypoInFailOnErrorStopsTheBuildRatherThanTurningItOff(CheckMojo mojo) {
        assertConfigurationError(
                mojo,
                "/status/404?typo",
                "linkcheck: failOnError = 'nope' is not valid: expected true or false, in any letter case");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void everySwitchTakesOnlyTrueOrFalse(CheckMojo mojo) throws ReflectiveOperationException {
        for (String name : List.of(
                "skip",
                "failOnError",
                "failOnSlow",
                "failOnPermanentRedirect",
                "checkProjectUrls",
                "checkFragments",
                "cache")) {
            Field parameter = AbstractLinkcheckMojo.class.getDeclaredField(name);
            Object documentedDefault = parameter.get(mojo);
            parameter.set(mojo, "yes");
            assertConfigurationError(
                    mojo,
                    "/ok/switch-" + name,
                    "linkcheck: " + name + " = 'yes' is not valid: expected true or false, in any letter case");
            parameter.set(mojo, documentedDefault);
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "slowThreshold", value = "100ms")
    void slowUrlFailsUnlessFailOnSlowIsOff(CheckMojo mojo) throws Exception {
        inOwnFolder(mojo);
        mojo.urls = List.of(site.url("/slow/400/mojo"));
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage().startsWith("linkcheck: 1 link fails the build (1 slow):"), failure.getMessage());

        mojo.failOnSlow = "false";
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "skip", value = "true")
    void skipRequestsNothing(CheckMojo mojo) throws Exception {
        inOwnFolder(mojo);
        mojo.urls = List.of(site.url("/ok/skipped"));
        mojo.execute();
        assertEquals(0, site.requests("/ok/skipped"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void theReportsGoToLinkcheckInTheProjectsBuildFolder(CheckMojo mojo) throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(ownFolder.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(ownFolder.resolve("build").toString());
        project.setExecutionRoot(true);
        mojo.project = project;
        mojo.session = startedIn(ownFolder, project);
        mojo.urls = List.of(site.url("/ok/build-folder"));

        mojo.execute();

        assertTrue(Files.isRegularFile(ownFolder.resolve("build/linkcheck/linkcheck.json")));
        assertTrue(Files.isRegularFile(ownFolder.resolve("build/linkcheck/cache.json")));
    }

    @Test
    @InjectMojo(goal = "check-urls", pom = DEFAULTS)
    void withoutAPomTheReportsAndTheCacheGoToTargetLinkcheckOfTheFolderMavenStartedIn(CheckUrlsMojo mojo)
            throws Exception {
        // What Maven makes up where there is no POM: no file, and a build folder it cannot resolve.
        MavenProject stub = new MavenProject();
        stub.getBuild().setDirectory("${project.basedir}/target");
        stub.setExecutionRoot(true);
        mojo.project = stub;
        mojo.baseDirectory = null;
        mojo.session = startedIn(ownFolder, stub);
        mojo.urls = List.of(site.url("/ok/no-pom"));
        List<String> info = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                info.add(content.toString());
            }
        });

        mojo.execute();

        Path reports = ownFolder.resolve("target/linkcheck");
        assertTrue(Files.isRegularFile(reports.resolve("linkcheck.json")));
        assertTrue(Files.isRegularFile(reports.resolve("cache.json")));
        assertFalse(Files.exists(Path.of(stub.getBuild().getDirectory())), "a folder named after an expression");
        assertTrue(
                info.contains("linkcheck: reports in " + reports + " (no POM here: the folder Maven was started in)"),
                info.toString());
    }

    private static MavenSession startedIn(Path folder, MavenProject topLevel) {
        MavenSession session = mock(MavenSession.class);
        when(session.getTopLevelProject()).thenReturn(topLevel);
        when(session.getExecutionRootDirectory()).thenReturn(folder.toString());
        return session;
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void offlineRequestsNothing(CheckMojo mojo) throws Exception {
        inOwnFolder(mojo);
        MavenSession offline = mock(MavenSession.class);
        when(offline.isOffline()).thenReturn(true);
        mojo.session = offline;
        mojo.urls = List.of(site.url("/ok/offline"));
        mojo.execute();
        assertEquals(0, site.requests("/ok/offline"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void usesTheActiveProxyOfTheSettings(CheckMojo mojo) throws Exception {
        try (TestProxy proxy = TestProxy.open()) {
            inOwnFolder(mojo);
            Proxy inactive = proxy("inactive", 1, false);
            Proxy active = proxy("active", proxy.port(), true);
            Settings settings = new Settings();
            settings.setProxies(List.of(inactive, active));
            MavenSession session = mock(MavenSession.class);
            when(session.getSettings()).thenReturn(settings);
            mojo.session = session;
            mojo.urls = List.of("http://127.0.0.1:9/only-through-the-proxy");

            mojo.execute();

            assertEquals(List.of("http://127.0.0.1:9/only-through-the-proxy"), proxy.carried());
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void writesTheReportsAndTellsGithubActions(CheckMojo mojo, @TempDir Path folder) throws IOException {
        Path stepSummary = Files.writeString(folder.resolve("step-summary.md"), "");
        mojo.environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString())::get;
        List<String> commands = new ArrayList<>();
        mojo.standardOutput = commands::add;
        mojo.outputDirectory = folder.resolve("reports").toFile();
        mojo.cacheFile = folder.resolve("reports/cache.json").toFile();
        mojo.urls = List.of(site.url("/ok/reported"), site.url("/status/410"));

        assertThrows(MojoFailureException.class, mojo::execute);
        MavenBuilds.end(mojo);

        JsonNode json = new ObjectMapper()
                .readTree(folder.resolve("reports/linkcheck.json").toFile());
        assertEquals(List.of("ok", "broken"), json.get("links").findValuesAsText("verdict"));
        assertTrue(
                Files.readString(folder.resolve("reports/TEST-linkcheck.xml")).contains("failures=\"1\""));
        assertTrue(
                Files.readString(folder.resolve("reports/summary.md")).contains("| :x: | broken | `urls entry 2` |"));
        assertTrue(Files.readString(stepSummary).startsWith("### linkcheck: 1 link fails the build"));
        assertEquals(1, commands.size(), commands::toString);
        assertTrue(
                commands.get(0).startsWith("::error title=linkcheck%3A broken link::urls entry 2: "),
                commands::toString);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aRepeatRunTakesWorkingUrlsFromTheCacheAndChecksBrokenOnesAgain(CheckMojo mojo, @TempDir Path folder) {
        mojo.outputDirectory = folder.toFile();
        mojo.cacheFile = folder.resolve("cache.json").toFile();
        mojo.urls = List.of(site.url("/ok/cached"), site.url("/status/404?cache"));

        assertThrows(MojoFailureException.class, mojo::execute);
        MavenBuilds.end(mojo);
        assertThrows(MojoFailureException.class, mojo::execute);
        MavenBuilds.end(mojo);
        assertEquals(1, site.requests("/ok/cached"));
        assertEquals(4, site.requests("/status/404?cache"), "HEAD and GET in each build");

        mojo.cache = "False";
        assertThrows(MojoFailureException.class, mojo::execute);
        MavenBuilds.end(mojo);
        assertEquals(2, site.requests("/ok/cached"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void anOutputDirectoryThatCannotBeWrittenStopsTheBuildBeforeAnyRequest(CheckMojo mojo, @TempDir Path folder)
            throws IOException {
        Path file = Files.writeString(folder.resolve("occupied"), "a file, not a folder");
        mojo.outputDirectory = file.resolve("linkcheck").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> {
            mojo.urls = List.of(site.url("/ok/unwritable"));
            mojo.execute();
        });
        assertTrue(
                e.getMessage()
                        .startsWith("linkcheck: outputDirectory = '" + mojo.outputDirectory + "' cannot be written: "),
                e.getMessage());
        assertEquals(0, site.requests("/ok/unwritable"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void reportsThatCannotBeWrittenStopTheBuildAfterTheLinksAreShown(CheckMojo mojo) throws IOException {
        inOwnFolder(mojo);
        Path reports = mojo.outputDirectory.toPath();
        // Folders where two of the reports should be: the folder takes files, those two cannot be replaced.
        Files.createDirectories(reports.resolve(ReportDirectory.JSON).resolve("taken"));
        Files.createDirectories(reports.resolve(ReportDirectory.SARIF).resolve("taken"));
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        mojo.urls = List.of(site.url("/status/404?reports-unwritable"));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        MavenBuilds.end(mojo);

        assertTrue(
                e.getMessage()
                        .startsWith("linkcheck: reports in outputDirectory = '" + reports + "' cannot be written: "),
                e.getMessage());
        assertTrue(
                e.getMessage().contains(reports.resolve(ReportDirectory.JSON) + ": a folder stands there"),
                e.getMessage());
        assertTrue(
                e.getMessage().contains(reports.resolve(ReportDirectory.SARIF) + ": a folder stands there"),
                e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertTrue(
                log.levelled().stream()
                        .anyMatch(line -> line.startsWith("[ERROR] linkcheck: broken: ")
                                && line.contains("/status/404?reports-unwritable")),
                log.levelled()::toString);
        assertTrue(Files.isRegularFile(reports.resolve(ReportDirectory.JUNIT)));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "cacheMaxAge", value = "a week")
    void unreadableCacheMaxAgeStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        assertConfigurationError(
                mojo,
                "/ok/cache-max-age",
                "linkcheck: cacheMaxAge = 'a week' is not valid:"
                        + " expected a duration from 1ms to 365d: a whole number followed by ms, s, m, h or d, such as 500ms,"
                        + " 10s or 2m, or a bare number of milliseconds");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void durationsBeyondTheirMaximumStopTheBuildBeforeAnyRequest(CheckMojo mojo) {
        String huge = "999999999999d";
        mojo.cacheMaxAge = huge;
        assertConfigurationError(
                mojo,
                "/ok/huge-cache-max-age",
                "linkcheck: cacheMaxAge = '" + huge + "' is not valid:"
                        + " expected a duration from 1ms to 365d: a whole number followed by ms, s, m, h or d, such as 500ms,"
                        + " 10s or 2m, or a bare number of milliseconds");
        mojo.cacheMaxAge = "365d";
        mojo.maxTotalTime = huge;
        assertConfigurationError(
                mojo,
                "/ok/huge-max-total-time",
                "linkcheck: maxTotalTime = '" + huge + "' is not"
                        + " valid: expected a duration from 1ms to 7d: a whole number followed by ms, s, m, h or d, such as"
                        + " 500ms, 10s or 2m, or a bare number of milliseconds");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aHeaderWhoseVariableIsNotSetIsLeftOutWithOneWarningAndTheLinksStillRun(CheckMojo mojo, @TempDir Path folder)
            throws Exception {
        Header secret = new Header();
        secret.set("Authorization: Bearer {env:LINKCHECK_UNSET_TOKEN}");
        Header plain = new Header();
        plain.set("X-Plain: yes");
        mojo.headers = List.of(secret, plain);
        // As in a pull request from a fork, which gets no secrets.
        mojo.environment = Map.of("LINKCHECK_OTHER_TOKEN", "t0ken")::get;
        mojo.outputDirectory = folder.toFile();
        mojo.cache = "false";
        mojo.urls = List.of(site.url("/ok/unset-variable"));
        List<String> warnings = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });

        mojo.execute();

        assertEquals(1, site.requests("/ok/unset-variable"));
        assertNull(site.lastHeader("/ok/unset-variable", "Authorization"));
        assertEquals("yes", site.lastHeader("/ok/unset-variable", "X-Plain"));
        assertEquals(
                List.of("linkcheck: header Authorization is left out: the environment variable"
                        + " LINKCHECK_UNSET_TOKEN it refers to is not set"),
                warnings);
    }

    private static RequestHeader configuredHeader(CheckMojo mojo, int index) {
        return mojo.headers
                .get(index)
                .resolve(name -> null, warning -> fail(warning))
                .orElseThrow();
    }

    /** Points the reports and the cache at this test's own folder. */
    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void theIgnoresOfThePomAndTheProjectsIgnoreFileExcuseTheirFailures(CheckMojo mojo, @TempDir Path project)
            throws IOException {
        inOwnFolder(mojo);
        mojo.baseDirectory = project.toFile();
        Files.writeString(project.resolve(".linkcheckignore"), "status/410 # gone for good\n");
        Ignore fromPom = new Ignore();
        fromPom.set("status/404 # until 2999-12-31: known");
        mojo.ignores = List.of(fromPom);
        mojo.urls = List.of(site.url("/status/404?ignored-by-pom"), site.url("/status/410?ignored-by-file"));

        assertDoesNotThrow(mojo::execute);

        mojo.ignoreFile = project.resolve("other-ignores").toFile();
        MojoExecutionException missing = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(missing.getMessage().startsWith("linkcheck: ignoreFile = '" + mojo.ignoreFile + "' is not valid"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aBadIgnorePatternStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        Ignore bad = new Ignore();
        bad.set("example\\.org/(old # until 2027-01-31: why");
        mojo.ignores = List.of(new Ignore(), bad);
        mojo.ignores.get(0).set("fine");
        assertConfigurationError(
                mojo,
                "/ok/bad-ignore",
                "linkcheck: ignores[2] = 'example\\.org/(old' is not valid: expected a Java regular expression"
                        + " (Unclosed group)");
    }

    private void inOwnFolder(CheckMojo mojo) {
        mojo.outputDirectory = ownFolder.resolve("linkcheck").toFile();
        mojo.cacheFile = ownFolder.resolve("linkcheck/cache.json").toFile();
    }

    private static List<String> filesWithTimes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> file + " " + file.toFile().lastModified())
                    .sorted()
                    .toList();
        }
    }

    private static Proxy proxy(String id, int port, boolean active) {
        Proxy proxy = new Proxy();
        proxy.setId(id);
        proxy.setActive(active);
        proxy.setProtocol("http");
        proxy.setHost("127.0.0.1");
        proxy.setPort(port);
        return proxy;
    }

    private void assertConfigurationError(CheckMojo mojo, String path, String message) {
        inOwnFolder(mojo);
        mojo.urls = List.of(site.url(path));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(message, e.getMessage());
        assertEquals(0, site.requests(path), "no request before the configuration is known to be good");
    }
}
