package io.github.linkcheck.docs;

import org.apache.maven.settings.Settings;
import org.apache.maven.settings.io.xpp3.SettingsXpp3Reader;
import org.apache.maven.settings.io.xpp3.SettingsXpp3Writer;
import org.apache.maven.toolchain.model.PersistedToolchains;
import org.apache.maven.toolchain.model.io.xpp3.MavenToolchainsXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds Maven projects around the runnable snippets of the documentation, as a user who pastes them would, with
 * every web address in them pointing to a local test site instead, and runs the shell snippets in them. The
 * documentation's version of the plugin becomes the version being built.
 *
 * <p>XML snippets become modules of two aggregators in the given folder: {@code pom.xml} for those checked by
 * {@code mvn verify}, {@code site-snippets/pom.xml} for those with a {@code <reporting>} section, built by
 * {@code mvn site}. Each module is named after its snippet's place ({@code README.md:41}), so Maven's reactor
 * summary says which snippet failed.
 */
public final class SnippetProjects {

    public static final String GROUP_ID = "io.github.linkcheck";
    public static final String ARTIFACT_ID = "linkcheck-maven-plugin";

    /** A web address in a snippet: up to white space, markup, quotes, a comma (lists) or a backslash (patterns). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://([^\\s<>\"'(),\\\\]+)");

    private static final Pattern PLUGIN_VERSION =
            Pattern.compile("(<artifactId>" + ARTIFACT_ID + "</artifactId>\\s*<version>)[^<]*(</version>)");
    private static final Pattern PLUGIN_COORDINATES = Pattern.compile(ARTIFACT_ID + ":[^:\\s]+:");
    private static final Duration SHELL_BOUND = Duration.ofMinutes(3);

    private final Path folder;
    private final String site;
    private final String version;

    /**
     * @param folder where the projects are made
     * @param site the local test site's address, which answers 200 to every path under {@code /ok/}
     * @param version the version of the plugin being built
     */
    public SnippetProjects(Path folder, String site, String version) {
        this.folder = folder;
        this.site = site;
        this.version = version;
    }

    /** The snippet as it is run: its web addresses lead to the test site, its plugin version is the one built. */
    public String localised(String text) {
        Matcher address = WEB_ADDRESS.matcher(text);
        StringBuilder local = new StringBuilder();
        while (address.find()) {
            address.appendReplacement(local, Matcher.quoteReplacement(site + "/ok/" + address.group(1)));
        }
        address.appendTail(local);
        String versioned = PLUGIN_VERSION.matcher(local).replaceAll("$1" + Matcher.quoteReplacement(version) + "$2");
        return PLUGIN_COORDINATES
                .matcher(versioned)
                .replaceAll(Matcher.quoteReplacement(ARTIFACT_ID + ":" + version + ":"));
    }

    /**
     * Writes a module per XML snippet that goes into a POM, and the two aggregators.
     *
     * @return the modules made, by the place of their snippet: their artifact ids, which their log lines show
     */
    public Map<String, String> writeModules(List<DocSnippet> snippets) throws IOException {
        List<String> verified = new ArrayList<>();
        List<String> sited = new ArrayList<>();
        Map<String, String> modules = new LinkedHashMap<>();
        for (DocSnippet snippet : snippets) {
            String pomPart;
            if (snippet.kind() == DocSnippet.Kind.POM) {
                pomPart = localised(snippet.text());
            } else if (snippet.kind() == DocSnippet.Kind.CONFIGURATION) {
                pomPart = pluginDeclaration(localised(snippet.text()));
            } else {
                continue;
            }
            String id = moduleId(snippet);
            Path module = folder.resolve("snippets").resolve(id);
            writeProjectFiles(module);
            Files.writeString(module.resolve("pom.xml"), pom(id, snippet.place(), "", pomPart));
            (pomPart.contains("<reporting>") ? sited : verified).add(id);
            modules.put(snippet.place(), id);
        }
        Files.writeString(folder.resolve("pom.xml"), aggregator("verified-snippets", verified, "snippets/"));
        Files.createDirectories(folder.resolve("site-snippets"));
        Files.writeString(
                folder.resolve("site-snippets/pom.xml"),
                aggregator("site-snippets", sited, "../snippets/")
                        .replace("</modules>", "</modules>\n" + SITE_PLUGIN_PINNED));
        return modules;
    }

    /** Only the aggregator itself, which has no reports: the modules' snippets pin their own site plugin. */
    private static final String SITE_PLUGIN_PINNED = """
              <build>
                <pluginManagement>
                  <plugins>
                    <plugin>
                      <groupId>org.apache.maven.plugins</groupId>
                      <artifactId>maven-site-plugin</artifactId>
                      <version>3.21.0</version>
                    </plugin>
                  </plugins>
                </pluginManagement>
              </build>""";

    private String pluginDeclaration(String configuration) {
        String wrapped = configuration.strip().startsWith("<configuration>")
                ? configuration
                : "<configuration>\n" + configuration + "</configuration>\n";
        return """
                <build>
                  <plugins>
                    <plugin>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                      <executions>
                        <execution>
                          <goals>
                            <goal>check</goal>
                          </goals>
                        </execution>
                      </executions>
                %s
                    </plugin>
                  </plugins>
                </build>
                """.formatted(GROUP_ID, ARTIFACT_ID, version, wrapped);
    }

    private static String pom(String id, String name, String modules, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.linkcheck.snippets</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>%s</name>%s
                %s
                </project>
                """.formatted(id, name, modules, body);
    }

    private static String aggregator(String id, List<String> modules, String prefix) {
        StringBuilder list = new StringBuilder("\n  <modules>\n");
        modules.forEach(module ->
                list.append("    <module>").append(prefix).append(module).append("</module>\n"));
        list.append("  </modules>");
        return pom(id, id, list.toString(), "");
    }

    private static String moduleId(DocSnippet snippet) {
        return snippet.file()
                        .replace("docs/", "")
                        .replaceAll("[^A-Za-z0-9]+", "-")
                        .toLowerCase()
                + snippet.line();
    }

    /** What a project has for a snippet to check: a README, a guide, URL files, all linking to the test site. */
    private void writeProjectFiles(Path project) throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.createDirectories(project.resolve("src"));
        Files.writeString(
                project.resolve("README.md"),
                "# A project\n\nSee [the site](" + site + "/ok/readme) and [the guide](docs/guide.md).\n");
        Files.writeString(
                project.resolve("docs/guide.md"),
                "# Guide\n\nBack to [the README](../README.md), on to " + site + "/ok/guide.\n");
        Files.writeString(project.resolve("src/links.txt"), "# listed\n" + site + "/ok/links\n");
        Files.writeString(project.resolve("more-links.txt"), site + "/ok/more-links\n");
    }

    /**
     * Parses a settings snippet as Maven parses {@code settings.xml}, strictly: a part of it is parsed within
     * {@code <settings>}.
     *
     * @throws IllegalArgumentException naming the snippet's place and what Maven would say
     */
    public static Settings parseSettings(DocSnippet snippet) {
        String text = snippet.text().strip();
        String whole = text.startsWith("<settings") || text.startsWith("<?xml")
                ? text
                : "<settings>\n" + text + "\n</settings>\n";
        try (Reader reader = new StringReader(whole)) {
            return new SettingsXpp3Reader().read(reader, true);
        } catch (IOException | XmlPullParserException e) {
            throw new IllegalArgumentException(
                    snippet.place() + ": Maven would not read this settings.xml: " + e.getMessage(), e);
        }
    }

    /** Reads a toolchains snippet strictly, as Maven reads {@code ~/.m2/toolchains.xml}. */
    public static PersistedToolchains parseToolchains(DocSnippet snippet) {
        try (Reader reader = new StringReader(snippet.text())) {
            return new MavenToolchainsXpp3Reader().read(reader, true);
        } catch (IOException | XmlPullParserException e) {
            throw new IllegalArgumentException(
                    snippet.place() + ": Maven would not read this toolchains.xml: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a shell snippet with {@code mvn} standing for the given Maven, with the given settings and local
     * repository, in a project that declares the plugin, or with the {@code no pom} option in an empty folder.
     * With {@code settings above}, the plugin groups of the settings snippet before it join the settings.
     *
     * @return the snippet's exit status and output
     */
    public ShellRun runShell(
            DocSnippet snippet, DocSnippet settingsAbove, Path mavenHome, Path settingsFile, Path localRepository)
            throws IOException, InterruptedException {
        String id = moduleId(snippet);
        Path work = folder.resolve("shell").resolve(id);
        Files.createDirectories(work);
        if (!snippet.has("no pom")) {
            writeProjectFiles(work);
            Files.writeString(work.resolve("pom.xml"), pom(id, snippet.place(), "", pluginDeclaration("")));
        }
        Path settings = settingsFile;
        if (snippet.has("settings above")) {
            if (settingsAbove == null) {
                throw new IllegalArgumentException(
                        snippet.place() + ": 'settings above', but no settings snippet is above");
            }
            settings = withPluginGroups(
                    settingsFile, parseSettings(settingsAbove), folder.resolve("shell/" + id + "-settings.xml"));
        }
        Path bin = Files.createDirectories(folder.resolve("shell/" + id + "-bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(
                mvn,
                "#!/bin/sh\nexec '" + mavenHome.resolve("bin/mvn") + "' -B -s '" + settings + "' '-Dmaven.repo.local="
                        + localRepository + "' \"$@\"\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = folder.resolve("shell/" + id + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", localised(snippet.text()))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PATH", bin + ":" + environment.get("PATH"));
        // Short Maven runs spend most of their time starting up: the quick compiler is enough.
        environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        environment.remove("GITHUB_ACTIONS");
        environment.remove("MAVEN_ARGS");
        Process process = builder.start();
        if (!process.waitFor(SHELL_BOUND.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new ShellRun(snippet, -1, Files.readString(log) + "\n(stopped after " + SHELL_BOUND + ")");
        }
        return new ShellRun(snippet, process.exitValue(), Files.readString(log));
    }

    private static Path withPluginGroups(Path base, Settings snippet, Path target) throws IOException {
        Settings settings;
        try (Reader reader = Files.newBufferedReader(base)) {
            settings = new SettingsXpp3Reader().read(reader, true);
        } catch (XmlPullParserException e) {
            throw new IOException(base + ": " + e.getMessage(), e);
        }
        snippet.getPluginGroups().forEach(settings::addPluginGroup);
        try (Writer writer = Files.newBufferedWriter(target)) {
            new SettingsXpp3Writer().write(writer, settings);
        }
        return target;
    }

    /** A shell snippet's run: its exit status ({@code -1} when stopped) and what it printed. */
    public record ShellRun(DocSnippet snippet, int status, String output) {

        public boolean passed() {
            return status == 0;
        }
    }
}
