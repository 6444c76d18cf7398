package io.github.linkcheck.sources;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How long extraction takes cold, as a Maven goal runs it: each run is a fresh JVM that reads and extracts
 * every document once. Not a test; docs/performance.md tells how to run it. Arguments: the folder for the
 * generated documents (made when missing), the megabytes of documents, and the number of runs.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/extraction-benchmark");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Files.isDirectory(folder)) {
            DocumentGenerator.write(folder, megabytes * 1_000_000L);
        }
        List<String> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            ColdRun.class.getName(),
                            folder.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("run " + run + " failed: " + output);
            }
            System.out.println(output);
            results.add(output);
        }
        results.sort(Comparator.comparingLong(ExtractionBenchmark::wholeRunMillis));
        System.out.println("median: " + results.get(results.size() / 2));
    }

    private static long wholeRunMillis(String runOutput) {
        return Long.parseLong(runOutput.replaceFirst(".*all (\\d+) ms$", "$1"));
    }

    /** One cold extraction of every document of a folder, timed by phase. */
    static final class ColdRun {

        public static void main(String[] args) throws IOException {
            long start = System.nanoTime();
            List<Path> documents;
            try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
                documents = files.filter(Files::isRegularFile).sorted().toList();
            }
            List<String> texts = new ArrayList<>();
            long bytes = 0;
            for (Path document : documents) {
                texts.add(DocumentKind.readText(document));
                bytes += Files.size(document);
            }
            long read = System.nanoTime();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] phaseNanos = new long[DocumentKind.values().length];
            long[] phaseCpuNanos = new long[DocumentKind.values().length];
            long extractionCpu = threads.getCurrentThreadCpuTime();
            int links = 0;
            LinkExtractor markdown = new MarkdownLinkExtractor();
            LinkExtractor html = new HtmlLinkExtractor();
            LinkExtractor plainText = new PlainTextLinkExtractor();
            for (int i = 0; i < documents.size(); i++) {
                DocumentKind kind = DocumentKind.of(documents.get(i));
                LinkExtractor extractor = switch (kind) {
                    case MARKDOWN -> markdown;
                    case HTML -> html;
                    case PLAIN_TEXT -> plainText;
                };
                long before = System.nanoTime();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                links += extractor.extract(texts.get(i)).size();
                phaseCpuNanos[kind.ordinal()] += threads.getCurrentThreadCpuTime() - cpuBefore;
                phaseNanos[kind.ordinal()] += System.nanoTime() - before;
            }
            long end = System.nanoTime();
            extractionCpu = threads.getCurrentThreadCpuTime() - extractionCpu;
            // CPU time tells the work apart from the waits for a core when other processes share the machine.
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            int markdownPhase = DocumentKind.MARKDOWN.ordinal();
            int htmlPhase = DocumentKind.HTML.ordinal();
            System.out.printf(
                    "%d documents, %d bytes, %d links: read %d ms, Markdown %d ms (CPU %d), HTML %d ms (CPU %d),"
                            + " extraction %d ms (CPU %d); process CPU %d ms, JVM up %d ms; all %d ms%n",
                    documents.size(),
                    bytes,
                    links,
                    millis(read - start),
                    millis(phaseNanos[markdownPhase]),
                    millis(phaseCpuNanos[markdownPhase]),
                    millis(phaseNanos[htmlPhase]),
                    millis(phaseCpuNanos[htmlPhase]),
                    millis(end - read),
                    millis(extractionCpu),
                    millis(cpu),
                    ManagementFactory.getRuntimeMXBean().getUptime(),
                    millis(end - start));
        }

        private static long millis(long nanos) {
            return TimeUnit.NANOSECONDS.toMillis(nanos);
        }
    }

    /**
     * Half Markdown, half HTML, in the shapes of real documents: READMEs with links of every kind, code, lists,
     * tables and HTML in them; generated HTML pages with navigation, tables, scripts and a few mis-nested tags.
     * The same bytes every time.
     */
    static final class DocumentGenerator {

        private final Random random = new Random(11);

        static void write(Path folder, long totalBytes) throws IOException {
            Files.createDirectories(folder);
            DocumentGenerator generator = new DocumentGenerator();
            long written = 0;
            for (int index = 0; written < totalBytes; index++) {
                // A few large documents among many small ones, as in real repositories.
                int size = index % 25 == 0 ? 600_000 : 40_000 + generator.random.nextInt(60_000);
                String text = index % 2 == 0 ? generator.markdown(size) : generator.html(size);
                Path file = folder.resolve(String.format("doc-%03d.%s", index, index % 2 == 0 ? "md" : "html"));
                Files.writeString(file, text);
                written += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }

        private String markdown(int size) {
            StringBuilder text =
                    new StringBuilder("# Project ").append(random.nextInt(1000)).append("\n\n");
            while (text.length() < size) {
                switch (random.nextInt(9)) {
                    case 0 -> text.append("## ").append(words(4)).append("\n\n");
                    case 1 ->
                        text.append(words(12))
                                .append(" [")
                                .append(words(2))
                                .append("](")
                                .append(url())
                                .append(") ")
                                .append(words(10))
                                .append(" ")
                                .append(url())
                                .append(" and [ref][r")
                                .append(random.nextInt(50))
                                .append("] ")
                                .append(words(8))
                                .append(".\n")
                                .append(words(15))
                                .append(" `code ")
                                .append(url())
                                .append("` ")
                                .append(words(6))
                                .append(".\n\n");
                    case 2 -> {
                        for (int item = 0; item < 6; item++) {
                            text.append("- [")
                                    .append(words(3))
                                    .append("](")
                                    .append(localPath())
                                    .append(") - ")
                                    .append(words(8))
                                    .append("\n");
                        }
                        text.append("\n");
                    }
                    case 3 ->
                        text.append("```java\n// see ")
                                .append(url())
                                .append('\n')
                                .append(words(10))
                                .append(";\n```\n\n");
                    case 4 ->
                        text.append("<p align=\"center\">\n  <a href=\"")
                                .append(url())
                                .append("\"><img src=\"")
                                .append(localPath())
                                .append(".png\" width=\"200\"></a>\n</p>\n\n");
                    case 5 -> {
                        text.append("| name | link |\n|---|---|\n");
                        for (int row = 0; row < 5; row++) {
                            text.append("| ")
                                    .append(words(2))
                                    .append(" | [")
                                    .append(words(1))
                                    .append("](")
                                    .append(url())
                                    .append(") |\n");
                        }
                        text.append("\n");
                    }
                    case 6 ->
                        text.append("> ")
                                .append(words(10))
                                .append(" <a href=\"")
                                .append(url())
                                .append("\">")
                                .append(words(2))
                                .append("</a><br>\n> ")
                                .append(words(8))
                                .append(" <kbd>Ctrl</kbd>\n\n");
                    case 7 ->
                        text.append("- <details>\n  <summary>")
                                .append(words(3))
                                .append("</summary>\n  <a href=\"")
                                .append(url())
                                .append("\">")
                                .append(words(2))
                                .append("</a>\n  </details>\n\n");
                    default ->
                        text.append("![")
                                .append(words(3))
                                .append("](")
                                .append(localPath())
                                .append(".svg) ")
                                .append(words(20))
                                .append("\n\n[r")
                                .append(random.nextInt(50))
                                .append("]: ")
                                .append(url())
                                .append("\n\n");
                }
            }
            return text.toString();
        }

        private String html(int size) {
            StringBuilder text = new StringBuilder(
                            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<title>")
                    .append(words(4))
                    .append("</title>\n<link rel=\"stylesheet\" href=\"")
                    .append(localPath())
                    .append(".css\">\n<script src=\"")
                    .append(url())
                    .append(".js\"></script>\n")
                    .append("</head>\n<body>\n<nav><ul>\n");
            for (int item = 0; item < 20; item++) {
                text.append("  <li><a href=\"")
                        .append(localPath())
                        .append(".html\">")
                        .append(words(2))
                        .append("</a></li>\n");
            }
            text.append("</ul></nav>\n<main>\n");
            while (text.length() < size) {
                switch (random.nextInt(6)) {
                    case 0 ->
                        text.append("<h2 id=\"s")
                                .append(random.nextInt(10_000))
                                .append("\">")
                                .append(words(4))
                                .append("</h2>\n");
                    case 1 ->
                        text.append("<p>")
                                .append(words(20))
                                .append(" <a href=\"")
                                .append(url())
                                .append("\">")
                                .append(words(3))
                                .append("</a> ")
                                .append(words(15))
                                .append(" <code>")
                                .append(words(2))
                                .append("</code> ")
                                .append(words(10))
                                .append(".</p>\n");
                    case 2 -> {
                        text.append("<table class=\"wikitable\">\n<tr><th>")
                                .append(words(1))
                                .append("</th><th>")
                                .append(words(1))
                                .append("</th></tr>\n");
                        for (int row = 0; row < 8; row++) {
                            text.append("<tr><td><a href=\"#s")
                                    .append(random.nextInt(10_000))
                                    .append("\">")
                                    .append(words(2))
                                    .append("</a></td><td>")
                                    .append(words(6))
                                    .append("</td></tr>\n");
                        }
                        text.append("</table>\n");
                    }
                    case 3 ->
                        text.append("<figure><img src=\"")
                                .append(localPath())
                                .append(".png\" alt=\"")
                                .append(words(3))
                                .append("\"><figcaption>")
                                .append(words(6))
                                .append("</figcaption></figure>\n");
                    case 4 ->
                        text.append("<pre>")
                                .append(words(30))
                                .append("\n")
                                .append(words(20))
                                .append("</pre>\n");
                    default ->
                        text.append("<p><a href=\"")
                                .append(url())
                                .append("\"><div class=\"card\">")
                                .append(words(8))
                                .append("</div></a></p>\n");
                }
            }
            return text.append("</main>\n<script>var x = \"<a href='no'>\";</script>\n</body>\n</html>\n")
                    .toString();
        }

        private String url() {
            return "https://" + pick(HOSTS) + "/" + pick(WORDS) + "/" + pick(WORDS) + "-" + random.nextInt(1000);
        }

        private String localPath() {
            return "../" + pick(WORDS) + "/" + pick(WORDS);
        }

        private String words(int count) {
            StringBuilder words = new StringBuilder(pick(WORDS));
            for (int i = 1; i < count; i++) {
                words.append(' ').append(pick(WORDS));
            }
            return words.toString();
        }

        private String pick(String[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private static final String[] HOSTS = {"example.org", "docs.example.com", "github.com", "en.wikipedia.org"};
        private static final String[] WORDS = ("the link checker reads every document once and reports each link"
                        + " where it was written build fails when a link is broken configuration parameter value"
                        + " server answer status redirect timeout cache report summary")
                .split(" ");
    }
}
