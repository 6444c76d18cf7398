package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A JUnit XML report in the format of Surefire's reports, which Jenkins, GitLab and GitHub's test reporters
 * read as is: one test case per link, named by its URL and grouped (as the test class) by the file it stands
 * in. A link fails as a test exactly when it fails the build; a warning (slow, moved, not checked, or broken
 * with failOnError off) passes with the warning in its output; excluded links, links of a kind that is not
 * checked ({@code mailto:}) and web links an offline run did not request are skipped, and so are failures an
 * {@code ignores} entry excuses, with its reason.
 */
public final class JunitReport {

    /** The suite's name, and the package of every test class. */
    static final String SUITE = "linkcheck";

    private final CheckReport report;
    private final FailurePolicy policy;
    private final ConsoleReport console;

    public JunitReport(CheckReport report, FailurePolicy policy) {
        this.report = report;
        this.policy = policy;
        this.console = new ConsoleReport(report, policy);
    }

    public void write(Path file) throws IOException {
        ReportFiles.write(file, this::writeTo);
    }

    void writeTo(OutputStream out) throws IOException {
        // Through a Writer, which encodes in blocks: given the stream, the JDK's XML writer encodes and hands it
        // one byte per call, each a lock taken and released (1.8 million for the report of 10,000 links). Not an
        // OutputStreamWriter itself: the JDK's writer would ask its encoder about each half of a surrogate pair,
        // and write an emoji as a character reference.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            // The JDK's own writer, which the comments above describe: a factory found on the class path (Maven 4
            // carries Woodstox) would write other bytes, and looking for one scans every jar of the plugin's realm.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(report.results().size()));
            xml.writeAttribute(
                    "failures",
                    Long.toString(
                            report.results().stream().filter(policy::fails).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute(
                    "skipped",
                    Long.toString(report.results().stream()
                            .filter(JunitReport::isSkipped)
                            .count()));
            xml.writeAttribute("time", seconds(report.wallTime()));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "mode", report.settings().mode().userName());
            property(xml, "concurrency", Integer.toString(report.settings().concurrency()));
            property(xml, "timeout", Durations.format(report.settings().timeout()));
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (CheckResult result : report.results()) {
                testCase(xml, result);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private void testCase(XMLStreamWriter xml, CheckResult result) throws XMLStreamException {
        Severity severity = Severity.of(result, policy);
        boolean skipped = isSkipped(result);
        xml.writeCharacters("\n  ");
        if (severity == Severity.NONE && !skipped) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", xmlText(HttpUrls.redact(result.target().url())));
        xml.writeAttribute(
                "classname", xmlText(testClass(result.target().origins().get(0))));
        xml.writeAttribute("time", seconds(result.elapsed()));
        if (severity == Severity.ERROR) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", result.verdict().label());
            xml.writeAttribute("message", xmlText(result.outcome().describe()));
            xml.writeCharacters(description(result, severity));
            xml.writeEndElement();
        } else if (skipped) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", xmlText(result.verdict().label() + ": " + report.describeOutcome(result)));
        } else if (severity == Severity.WARNING) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters("WARNING " + result.verdict().label() + ": " + description(result, severity));
            xml.writeEndElement();
        }
        if (severity != Severity.NONE || skipped) {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
    }

    /** Where the link stands and what became of it, for a link that fails or warns: most links need none. */
    private String description(CheckResult result, Severity severity) {
        ConsoleReport.Line line = console.line(result, severity);
        return xmlText(line.place() + ": " + line.details());
    }

    private static boolean isSkipped(CheckResult result) {
        return result.verdict() == Verdict.EXCLUDED
                || result.verdict() == Verdict.SKIPPED
                || result.outcome() instanceof Outcome.Offline
                || result.isIgnored();
    }

    /**
     * The file a link stands in, as a test class in package {@value #SUITE}: {@code docs/guide.md} becomes
     * {@code linkcheck.docs.guide_md}, so that reporters which split class names at dots show folders as
     * packages and keep the file name whole.
     */
    static String testClass(Origin origin) {
        String file = origin.inFile().orElse("configuration");
        return SUITE + "." + file.replace('.', '_').replace('/', '.');
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    /**
     * Seconds with three decimals, as Surefire writes them: {@code %.3f}, rounded half up, without a
     * {@code Formatter} for each of thousands of links.
     */
    static String seconds(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos < 0) {
            return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
        }
        long millis = (nanos + 500_000) / 1_000_000;
        long fraction = millis % 1000;
        return (millis / 1000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }

    /**
     * The text {@linkplain UntrustedText#neutralise neutralised}, since test reporters print test names and
     * messages into CI logs, and with the characters XML 1.0 cannot hold replaced: the writer escapes markup but
     * does not drop them.
     */
    static String xmlText(String text) {
        String neutralised = UntrustedText.neutralise(text);
        if (isXmlText(neutralised)) {
            return neutralised;
        }
        StringBuilder safe = new StringBuilder(neutralised.length());
        neutralised.codePoints().forEach(c -> {
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            safe.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return safe.toString();
    }

    /** Whether XML 1.0 can hold every character of the text as it is, as most URLs and places it can. */
    private static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed =
                    c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
