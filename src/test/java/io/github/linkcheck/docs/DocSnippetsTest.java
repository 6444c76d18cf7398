package io.github.linkcheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.settings.Settings;
import org.apache.maven.toolchain.model.ToolchainModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Every code block of the README and the docs says whether the tests run it, and the settings snippets read as
 * Maven reads settings.xml. The runnable ones run in the invoker IT {@code docs-snippets}.
 */
class DocSnippetsTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void everySnippetOfTheReadmeAndTheDocsIsMarkedAndMostRun() throws IOException {
        List<DocSnippet> snippets = DocSnippet.ofProject(PROJECT);

        long runnable = snippets.stream().filter(DocSnippet::runnable).count();
        assertTrue(runnable >= 40, "runnable snippets: " + runnable + " of " + snippets.size());
        for (DocSnippet.Kind kind : DocSnippet.Kind.values()) {
            assertTrue(snippets.stream().anyMatch(snippet -> snippet.kind() == kind), "no snippet runs as " + kind);
        }
    }

    /** A {@code -Dname=value} whose value is not quoted: the shell would take its {@code \\}, {@code *} or {@code {}. */
    private static final Pattern UNQUOTED_SHELL_SPECIAL =
            Pattern.compile("-D[\\w.]+=([^'\"\\s]*[\\\\*?\\[{}()|^$;&<>][^\\s]*)");

    @Test
    void everyPatternInAShellSnippetIsQuotedSoThatTheShellLeavesItAlone() throws IOException {
        List<String> unquoted = DocSnippet.ofProject(PROJECT).stream()
                .filter(snippet -> snippet.kind() == DocSnippet.Kind.SHELL)
                .flatMap(snippet -> unquotedValues(snippet).stream().map(value -> snippet.place() + ": " + value))
                .toList();

        assertEquals(List.of(), unquoted);
        assertEquals(
                List.of("-Dlinkcheck.includes=^https://docs\\.example\\.org/"),
                unquotedValues(new DocSnippet(
                        "guide.md",
                        1,
                        DocSnippet.Kind.SHELL,
                        List.of(),
                        "mvn linkcheck:check -Dlinkcheck.includes=^https://docs\\.example\\.org/ -Dlinkcheck.mode=async\n"
                                + "mvn linkcheck:check -Dlinkcheck.excludes='^https?://localhost'")));
    }

    private static List<String> unquotedValues(DocSnippet snippet) {
        return UNQUOTED_SHELL_SPECIAL
                .matcher(snippet.text())
                .results()
                .map(MatchResult::group)
                .toList();
    }

    @Test
    void everySettingsSnippetReadsAsMavenReadsSettingsXml() throws IOException {
        List<DocSnippet> settings = DocSnippet.ofProject(PROJECT).stream()
                .filter(snippet -> snippet.kind() == DocSnippet.Kind.SETTINGS)
                .toList();

        settings.forEach(SnippetProjects::parseSettings);
        assertTrue(
                settings.stream()
                        .map(SnippetProjects::parseSettings)
                        .anyMatch(parsed -> parsed.getPluginGroups().contains(SnippetProjects.GROUP_ID)),
                "the README's pluginGroup entry for the linkcheck: prefix");
    }

    @Test
    void everyToolchainsSnippetDeclaresAJdkOfVersion21OrLaterAsMavenReadsToolchainsXml() throws IOException {
        List<DocSnippet> toolchains = DocSnippet.ofProject(PROJECT).stream()
                .filter(snippet -> snippet.kind() == DocSnippet.Kind.TOOLCHAINS)
                .toList();

        for (DocSnippet snippet : toolchains) {
            List<ToolchainModel> jdks = SnippetProjects.parseToolchains(snippet).getToolchains().stream()
                    .filter(toolchain -> toolchain.getType().equals("jdk"))
                    .toList();
            assertTrue(
                    jdks.stream()
                            .anyMatch(jdk -> Integer.parseInt(jdk.getProvides().getProperty("version")) >= 21),
                    snippet.place() + ": no jdk toolchain of version 21 or later, which the build asks for");
        }
    }

    @Test
    void aToolchainsSnippetMavenWouldRefuseIsNamedWithItsPlace() {
        DocSnippet broken = new DocSnippet(
                "README.md",
                9,
                DocSnippet.Kind.TOOLCHAINS,
                List.of(),
                "<toolchains><toolchain><type>jdk</type><provides><version>25</version></provide></toolchain></toolchains>");

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SnippetProjects.parseToolchains(broken));

        assertTrue(
                refused.getMessage().startsWith("README.md:9: Maven would not read this toolchains.xml: "),
                refused.getMessage());
    }

    @Test
    void aSnippetWithoutAMarkerIsRefusedWithItsPlace() {
        List<String> document = List.of(
                "# Title",
                "",
                "<!-- runnable: shell -->",
                "```sh",
                "mvn verify",
                "```",
                "",
                "Some text.",
                "```xml",
                "<urls/>",
                "```",
                "",
                "<!-- runnable: yaml -->",
                "```yaml",
                "a: b",
                "```");

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> DocSnippet.parse("guide.md", document));

        assertTrue(
                refused.getMessage().endsWith(": guide.md:9, guide.md:14 (runnable as 'yaml'?)"), refused.getMessage());
    }

    @Test
    void aMarkerSaysHowTheSnippetRuns() {
        List<DocSnippet> snippets = DocSnippet.parse(
                "README.md",
                List.of(
                        "- a list item:",
                        "",
                        "  <!-- runnable: shell, no pom, settings above -->",
                        "  ```sh",
                        "  mvn verify",
                        "  ```",
                        "<!-- not runnable: console output -->",
                        "```",
                        "[INFO] linkcheck: ...",
                        "```"));

        assertEquals(2, snippets.size());
        DocSnippet shell = snippets.get(0);
        assertEquals("README.md:4", shell.place());
        assertEquals(DocSnippet.Kind.SHELL, shell.kind());
        assertEquals(List.of("no pom", "settings above"), shell.options());
        assertEquals("mvn verify\n", shell.text());
        assertEquals(false, snippets.get(1).runnable());
    }

    @Test
    void aSettingsSnippetMavenWouldRefuseIsRefusedWithItsPlace() {
        DocSnippet proxy = new DocSnippet(
                "docs/configuration.md",
                7,
                DocSnippet.Kind.SETTINGS,
                List.of(),
                "<proxies>\n  <proxy>\n    <password>x</password> <!-- made with mvn --encrypt-password -->\n"
                        + "  </proxy>\n</proxies>\n");

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SnippetProjects.parseSettings(proxy));

        assertTrue(
                refused.getMessage()
                        .startsWith("docs/configuration.md:7: Maven would not read this settings.xml: "
                                + "in comment after two dashes (--)"),
                refused.getMessage());
    }

    @Test
    void aPartOfSettingsIsReadWithinSettings() {
        Settings settings = SnippetProjects.parseSettings(new DocSnippet(
                "README.md",
                1,
                DocSnippet.Kind.SETTINGS,
                List.of(),
                "<pluginGroups>\n  <pluginGroup>io.github.linkcheck</pluginGroup>\n</pluginGroups>\n"));

        assertEquals(List.of("io.github.linkcheck"), settings.getPluginGroups());
    }

    @Test
    void aSnippetRunsAgainstTheLocalSiteWithThePluginBeingBuilt() {
        SnippetProjects projects = new SnippetProjects(Path.of("unused"), "http://127.0.0.1:1234", "9.9-SNAPSHOT");

        assertEquals(
                "mvn io.github.linkcheck:linkcheck-maven-plugin:9.9-SNAPSHOT:check-urls"
                        + " -Dlinkcheck.urls=http://127.0.0.1:1234/ok/maven.apache.org/,http://127.0.0.1:1234/ok/github.com/x",
                projects.localised("mvn io.github.linkcheck:linkcheck-maven-plugin:0.1.0-SNAPSHOT:check-urls"
                        + " -Dlinkcheck.urls=https://maven.apache.org/,https://github.com/x"));
        assertEquals(
                "<artifactId>linkcheck-maven-plugin</artifactId>\n  <version>9.9-SNAPSHOT</version>\n"
                        + "<url>http://127.0.0.1:1234/ok/example.org/a?b=c</url> <exclude>^https://(www\\.)?linkedin\\.com/</exclude>",
                projects.localised(
                        "<artifactId>linkcheck-maven-plugin</artifactId>\n  <version>0.1.0-SNAPSHOT</version>\n"
                                + "<url>https://example.org/a?b=c</url> <exclude>^https://(www\\.)?linkedin\\.com/</exclude>"));
    }
}
