package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.ProductInfo;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.SarifSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

class SarifReportTest {

    private static final FailurePolicy FAIL_ON_ERRORS = new FailurePolicy(true, false, false);

    @Test
    void aRunWithoutProblemsIsValidAndHasNoResultsButEveryRule(@TempDir Path folder) throws IOException {
        CheckReport sample = SampleReport.create();
        CheckReport fine = new CheckReport(
                sample.settings(),
                List.of(sample.results().get(0), sample.results().get(6)),
                sample.wallTime());

        JsonNode run = write(fine, FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder);

        assertEquals(0, run.get("results").size());
        JsonNode driver = run.at("/tool/driver");
        assertEquals(ProductInfo.NAME, driver.get("name").asText());
        assertEquals(ProductInfo.version(), driver.get("version").asText());
        assertEquals(ProductInfo.HOME, driver.get("informationUri").asText());
        List<String> ids = texts(driver.get("rules"), "id");
        assertEquals(List.of("broken", "slow", "moved", "not-checked", "ignored-expired", "insecure"), ids);
        for (JsonNode rule : driver.get("rules")) {
            assertFalse(rule.at("/shortDescription/text").asText().isBlank(), rule::toString);
            assertFalse(rule.at("/fullDescription/text").asText().isBlank(), rule::toString);
            assertFalse(rule.at("/help/text").asText().isBlank(), rule::toString);
            assertTrue(rule.get("helpUri").asText().startsWith(ProductInfo.HOME + "/blob/main/docs/"), rule::toString);
        }
    }

    @Test
    void everyPlaceOfEveryProblemIsAResultUnderItsRuleAtItsLineAndColumn(@TempDir Path folder) throws IOException {
        JsonNode run = write(SampleReport.create(), FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder);

        JsonNode results = run.get("results");
        assertEquals(
                List.of("broken", "broken", "slow", "moved", "broken", "broken"),
                texts(results, "ruleId"),
                "one result per place: the 404 stands in two files; ok, excluded and skipped links are none");
        assertEquals(List.of("error", "error", "warning", "warning", "error", "error"), texts(results, "level"));
        for (JsonNode result : results) {
            assertEquals(
                    result.get("ruleId").asText(),
                    run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id")
                            .asText());
        }

        JsonNode first = results.get(0);
        assertEquals("Broken link: https://b.test/gone?a=1&b=<2> -> 404 Not Found (120 ms)", message(first));
        assertEquals(
                "README.md",
                first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(
                SarifReport.SOURCE_ROOT,
                first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId")
                        .asText());
        assertEquals(
                4, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                3, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals(
                "docs/guide.md",
                results.get(1)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertEquals(
                58,
                results.get(1)
                        .at("/locations/0/physicalLocation/region/startColumn")
                        .asInt());

        JsonNode slow = results.get(2);
        assertFalse(slow.has("locations"), "a urls entry stands in no file: " + slow);
        assertTrue(message(slow).startsWith("Slow link: https://c.test/slow -> 200 OK (1.5 s)"), message(slow));
        assertTrue(message(slow).endsWith(" (urls entry 2)"), message(slow));

        JsonNode moved = results.get(3);
        assertEquals(
                "pom.xml",
                moved.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(
                17, moved.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                12, moved.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertTrue(message(moved).contains("moved permanently to https://d.test/new"), message(moved));
        assertTrue(message(moved).endsWith(" (licenses/license[1]/url)"), message(moved));

        JsonNode timeout = results.get(5);
        assertEquals(
                3, timeout.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertFalse(timeout.at("/locations/0/physicalLocation/region").has("startColumn"), "column not known");
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
    }

    @Test
    void theBuildsPolicyDecidesWhatIsAnErrorAsInTheConsole(@TempDir Path folder) throws IOException {
        JsonNode run =
                write(SampleReport.create(), new FailurePolicy(false, true, true), RepositoryRoot.of(folder), folder);

        assertEquals(
                List.of("warning", "warning", "error", "error", "warning", "warning"),
                texts(run.get("results"), "level"));
    }

    @Test
    void aLinkNotCheckedInTimeIsAWarningOfItsOwnRule(@TempDir Path folder) throws IOException {
        CheckReport sample = SampleReport.create();
        CheckResult late = CheckResult.notRequested(
                LinkTarget.of("https://g.test/late", Origin.at("README.md", 12, 5)),
                Verdict.NOT_CHECKED,
                new Outcome.NotRequested("not checked before maxTotalTime ran out"));
        CheckReport report = new CheckReport(sample.settings(), List.of(late), sample.wallTime());

        JsonNode result = write(report, FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder)
                .get("results")
                .get(0);

        assertEquals("not-checked", result.get("ruleId").asText());
        assertEquals("warning", result.get("level").asText());
        assertEquals(
                "Link not checked: https://g.test/late -> not checked before maxTotalTime ran out", message(result));
    }

    @Test
    void filesAreNamedFromTheRepositoryThatHoldsTheReactorRoot(@TempDir Path folder) throws IOException {
        Files.createDirectory(folder.resolve(".git"));
        Path reactorRoot = Files.createDirectories(folder.resolve("build/project"));
        CheckReport sample = SampleReport.create();
        CheckResult inParent = sample.results()
                .get(4)
                .withTarget(LinkTarget.of(
                        "http://d.test/old", Origin.at("mod-a/../pom.xml", 17, 12, "licenses/license[1]/url")));
        CheckReport report = new CheckReport(sample.settings(), List.of(inParent), sample.wallTime());

        RepositoryRoot repository = RepositoryRoot.of(reactorRoot);
        JsonNode run = write(report, FAIL_ON_ERRORS, repository, folder);

        assertEquals(folder.toRealPath(), repository.folder().toRealPath());
        assertEquals("build/project/", repository.reactorPrefix());
        assertEquals(
                "build/project/pom.xml",
                run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        URI base = URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertEquals("file", base.getScheme());
        assertTrue(base.getPath().endsWith("/"), base::toString);
        assertEquals(folder.toRealPath(), Path.of(base).toRealPath());
    }

    @Test
    void aLinkedWorktreesGitFileMarksTheRepositoryAndWithoutOneTheReactorRootIsTheRoot(@TempDir Path folder)
            throws IOException {
        Path worktree = Files.createDirectories(folder.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/w\n");
        Path module = Files.createDirectories(worktree.resolve("module"));
        Path outside = Files.createDirectories(folder.resolve("no-repository"));

        assertEquals(new RepositoryRoot(worktree, "module/"), RepositoryRoot.of(module));
        RepositoryRoot none = RepositoryRoot.of(outside);
        assertEquals("", none.reactorPrefix());
        assertEquals("docs/a.md", none.path("docs/a.md"));
    }

    @Test
    void fingerprintsStayWhenLinesMoveAndTellPlacesApart(@TempDir Path folder) throws IOException {
        CheckReport sample = SampleReport.create();
        CheckResult broken = sample.results().get(2);
        CheckReport before = new CheckReport(sample.settings(), List.of(broken), sample.wallTime());
        CheckReport after = new CheckReport(
                sample.settings(),
                List.of(broken.withTarget(new LinkTarget(
                        broken.target().url(),
                        List.of(Origin.at("README.md", 40, 3), Origin.at("docs/guide.md", 50, 1)),
                        null))),
                sample.wallTime());
        CheckReport twiceInOneFile = new CheckReport(
                sample.settings(),
                List.of(broken.withTarget(new LinkTarget(
                        broken.target().url(),
                        List.of(Origin.at("README.md", 4, 3), Origin.at("README.md", 9, 1)),
                        null))),
                sample.wallTime());

        List<String> first = fingerprints(write(before, FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder));
        List<String> moved = fingerprints(write(after, FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder));
        List<String> twice = fingerprints(write(twiceInOneFile, FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder));

        assertEquals(first, moved, "lines added above a link leave its alert as it is");
        assertNotEquals(first.get(0), first.get(1));
        assertEquals(first.get(0), twice.get(0));
        assertNotEquals(twice.get(0), twice.get(1), "a second link to the URL in the same file is an alert of its own");
        assertTrue(first.get(0).matches("[0-9a-f]{64}"), first.get(0));
    }

    @Test
    void hostileNamesReasonsAndLocationsReachTheViewerNeutralisedAndSecretsNotAtAll(@TempDir Path folder)
            throws IOException {
        String token = "s3cretT0ken";
        String hostileFile = "docs/evil\r\n::error file=x::\u001b]0;t\u0007 ##[warning]x\u0085 a:b%.md";
        CheckReport sample = SampleReport.create();
        CheckResult hostile = new CheckResult(
                LinkTarget.of("https://user:" + token + "@h.test/\u001b[2J", Origin.at(hostileFile, 2, 4)),
                Verdict.BROKEN,
                new Outcome.Status(404, "Gone\r\n::error::forged ##[error]x \u001b[2J\u2028"),
                Duration.ofMillis(20),
                URI.create("https://user:" + token + "@h.test/next"),
                null,
                1,
                null);
        CheckResult movedWithToken = new CheckResult(
                LinkTarget.of("https://user:" + token + "@h.test/old", Origin.at("README.md", 1, 1)),
                Verdict.MOVED,
                new Outcome.Status(200, "OK"),
                Duration.ofMillis(20),
                URI.create("https://user:" + token + "@h.test/new"),
                URI.create("https://user:" + token + "@h.test/new"),
                1,
                null);
        CheckResult refused = CheckResult.notRequested(
                LinkTarget.of("https://i.test/", Origin.entry("urls entry 1\n::error::x")),
                Verdict.BROKEN,
                new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "\u001b[31mred"));
        CheckReport report =
                new CheckReport(sample.settings(), List.of(hostile, movedWithToken, refused), sample.wallTime());

        JsonNode run = write(report, FAIL_ON_ERRORS, RepositoryRoot.of(folder), folder);

        String text = Files.readString(folder.resolve(ReportDirectory.SARIF), StandardCharsets.UTF_8);
        assertFalse(text.contains(token), text);
        assertTrue(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f))));
        List<String> shown = new ArrayList<>();
        StreamSupport.stream(run.get("results").spliterator(), false).forEach(result -> {
            shown.add(message(result));
            shown.add(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                    .asText());
        });
        for (String decoded : shown) {
            assertFalse(decoded.contains(token), decoded);
            assertFalse(decoded.contains("##["), decoded);
            assertTrue(
                    decoded.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028'),
                    "what a viewer shows holds no control character: " + decoded);
        }
        assertEquals(
                "docs/evil%0D%0A%3A%3Aerror%20file=x%3A%3A%1B%5D0;t%07%20%23%23%5Bwarning%5Dx%C2%85%20a%3Ab%25.md",
                shown.get(1), "a file name is one path of a URI reference, whatever it holds");
        assertEquals(
                "Broken link: https://****@h.test/\\u001b[2J -> 404 Gone\\r\\n::error::forged ##\\[error]x "
                        + "\\u001b[2J\\u2028 (20 ms), redirected to https://****@h.test/next",
                shown.get(0));
        assertTrue(shown.get(2).contains("moved permanently to https://****@h.test/new"), shown.get(2));
        assertEquals(
                "Broken link: https://i.test/ -> connection refused: \\u001b[31mred (urls entry 1\\n::error::x)",
                shown.get(4));
    }

    @Test
    void theSchemaTheReportsAreHeldToRejectsWhatSarifForbids(@TempDir Path folder) throws IOException {
        Path valid = folder.resolve("valid.sarif");
        new SarifReport(SampleReport.create(), FAIL_ON_ERRORS, RepositoryRoot.of(folder)).write(valid);
        String text = Files.readString(valid);
        Path badLevel = Files.writeString(
                folder.resolve("level.sarif"), text.replaceFirst("\"level\" : \"error\"", "\"level\" : \"fatal\""));
        Path badUri = Files.writeString(
                folder.resolve("uri.sarif"), text.replaceFirst("\"uri\" : \"README.md\"", "\"uri\" : \"READ ME.md\""));
        Path noVersion =
                Files.writeString(folder.resolve("version.sarif"), text.replaceFirst("\"version\" : \"2.1.0\",", ""));

        assertEquals(List.of(), SarifSchema.violations(valid));
        for (Path invalid : List.of(badLevel, badUri, noVersion)) {
            assertNotEquals(text, Files.readString(invalid), "the test changed the file");
            assertFalse(SarifSchema.violations(invalid).isEmpty(), invalid::toString);
        }
    }

    private static JsonNode write(CheckReport report, FailurePolicy policy, RepositoryRoot repository, Path folder)
            throws IOException {
        Path file = folder.resolve(ReportDirectory.SARIF);
        new SarifReport(report, policy, repository).write(file);
        SarifSchema.assertValid(file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(SarifReport.SCHEMA, root.get("$schema").asText());
        assertEquals(1, root.get("runs").size());
        return root.at("/runs/0");
    }

    private static String message(JsonNode result) {
        return result.at("/message/text").asText();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get(field).asText())
                .toList();
    }

    private static List<String> fingerprints(JsonNode run) {
        return StreamSupport.stream(run.get("results").spliterator(), false)
                .map(result -> result.at("/partialFingerprints/" + SarifReport.FINGERPRINT.replace("/", "~1"))
                        .asText())
                .toList();
    }
}
