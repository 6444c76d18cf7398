package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

class JunitReportTest {

    @Test
    void isValidSurefireXmlWithATestCasePerLinkAndAFailurePerLinkThatFailsTheBuild(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("TEST-linkcheck.xml");
        new JunitReport(SampleReport.create(), new FailurePolicy(true, true, false)).write(file);

        validate(file);
        // Surefire's reader makes a suite of each test class, as CI reporters show them.
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());
        assertEquals(
                List.of("README_md", "configuration", "pom_xml", "guide_md", "links_txt"),
                suites.stream().map(ReportTestSuite::getName).toList());
        List<ReportTestCase> cases =
                suites.stream().flatMap(suite -> suite.getTestCases().stream()).toList();
        assertEquals(9, cases.size());
        assertEquals(4, cases.stream().filter(ReportTestCase::hasFailure).count(), "3 broken and 1 slow");
        assertEquals(2, cases.stream().filter(ReportTestCase::hasSkipped).count(), "excluded and mailto");
        assertEquals(0, cases.stream().filter(ReportTestCase::hasError).count());
        assertTrue(Files.readString(file)
                .contains("<testsuite name=\"linkcheck\" tests=\"9\" failures=\"4\" errors=\"0\" skipped=\"2\""));

        ReportTestCase broken = cases.stream()
                .filter(c -> c.getName().startsWith("https://b.test/"))
                .findFirst()
                .orElseThrow();
        assertEquals("https://b.test/gone?a=1&b=<2>", broken.getName());
        assertEquals("linkcheck.README_md", broken.getFullClassName());
        assertTrue(broken.hasFailure());
        assertEquals("broken", broken.getFailureType());
        assertEquals("404 Not Found", broken.getFailureMessage());
        ReportTestCase missingFile = cases.stream()
                .filter(c -> c.getName().equals("docs/missing.md"))
                .findFirst()
                .orElseThrow();
        assertEquals("linkcheck.docs.guide_md", missingFile.getFullClassName());
        assertTrue(missingFile.hasFailure());
        assertFalse(
                cases.stream()
                        .filter(c -> c.getName().equals("http://d.test/old"))
                        .findFirst()
                        .orElseThrow()
                        .hasFailure(),
                "moved is a warning with failOnPermanentRedirect off");
        assertFalse(Files.readString(file).contains("s3cret"));
    }

    @Test
    void warningsPassWithTheirWarningInTheOutput(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("TEST-linkcheck.xml");
        new JunitReport(SampleReport.create(), new FailurePolicy(false, false, false)).write(file);

        validate(file);
        assertTrue(new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(file.toString()).stream().allMatch(suite -> suite.getNumberOfFailures() == 0));
        String xml = Files.readString(file);
        assertTrue(
                xml.contains(
                        "<system-out>WARNING slow: urls entry 2: https://c.test/slow -&gt; 200 OK (1.5 s), redirected to "
                                + "https://c.test/slow/, slower than 1.0 s</system-out>"),
                xml);
        assertTrue(
                xml.contains(
                        "<system-out>WARNING broken: README.md:4:3: https://b.test/gone?a=1&amp;b=&lt;2&gt; -&gt; 404 Not Found "
                                + "(120 ms) (also at docs/guide.md:5:58)</system-out>"),
                xml);
    }

    @Test
    void timesAreWrittenAsSurefireFormatsThem() {
        List<Long> nanos = new ArrayList<>(List.of(
                0L,
                1L,
                499_999L,
                500_000L,
                1_499_999L,
                1_500_000L,
                9_500_000L,
                99_500_000L,
                999_499_999L,
                999_500_000L,
                1_000_000_000L,
                61_234_500_000L,
                3_600_000_000_000L,
                -1_500_000L));
        new Random(12).longs(2_000, 0, 100_000_000_000L).forEach(nanos::add);
        for (long value : nanos) {
            assertEquals(
                    String.format(Locale.ROOT, "%.3f", value / 1e9),
                    JunitReport.seconds(Duration.ofNanos(value)),
                    value + " ns");
        }
    }

    @Test
    void textOutsideTheBasicPlaneIsWrittenAsItIs(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("TEST-linkcheck.xml");
        LinkTarget target = LinkTarget.of("https://a.test/\ud83d\ude00?q=<&>", Origin.at("docs/\u00e9.md", 1, 1));
        CheckReport report = new CheckReport(
                CheckSettings.of("async", "32", "10s", "1s"),
                List.of(new CheckResult(
                        target,
                        Verdict.BROKEN,
                        new Outcome.Status(404, "Not \ud83d\ude00 Found\uFFFE"),
                        Duration.ofMillis(5),
                        null,
                        null,
                        1,
                        null)),
                Duration.ofSeconds(1));
        new JunitReport(report, new FailurePolicy(true, false, false)).write(file);

        validate(file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("name=\"https://a.test/\ud83d\ude00?q=&lt;&amp;&gt;\""), xml);
        assertTrue(xml.contains("classname=\"linkcheck.docs.\u00e9_md\""), xml);
        assertTrue(xml.contains("message=\"404 Not \ud83d\ude00 Found\ufffd\""), xml);
        assertFalse(xml.contains("&#"), xml);
    }

    private static void validate(Path file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitReportTest.class.getResource("/junit/test-report.xsd"))
                .newValidator()
                .validate(new StreamSource(file.toFile()));
    }
}
