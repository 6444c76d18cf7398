package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The goal and parameter descriptions as the generated descriptors hold them, which is what {@code mvn
 * help:describe -Ddetail} and {@code mvn linkcheck:help -Ddetail} print. The descriptors hold plain text, but
 * help:describe reads it as HTML: an element name written in angle brackets vanishes there, leaving "each a
 * (the project's folder when left out) with and patterns".
 */
class PluginDescriptorTest {

    /** The goal maven-plugin-plugin generates, whose description is not ours to word. */
    private static final String GENERATED_HELP_GOAL = "help";

    /**
     * What a parameter's description must say, as words: the element names of its nested configuration, and
     * text with braces, which the generator garbles when an inline tag holds more after a closing brace.
     */
    private static final Map<String, List<String>> WORDS = Map.of(
            "documents",
            List.of("document", "directory", "includes", "excludes"),
            "headers",
            List.of("header", "name", "value", "hosts", "Bearer {env:GITHUB_TOKEN}"),
            "checkFragments",
            List.of("id", "name"),
            "hostRequestIntervals",
            List.of("interval", "github.com=1s", "*.example.org"),
            "outputDirectory",
            List.of("${project.build.directory}/linkcheck"),
            "ignores",
            List.of("ignore", "pattern", "reason", "until", "pattern # until 2027-01-31: reason"),
            "ignoreFile",
            List.of("# until YYYY-MM-DD: reason", ".linkcheckignore"),
            "remaps",
            List.of("remap", "regex -> replacement", "checked as"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "META-INF/maven/plugin.xml",
                "META-INF/maven/io.github.linkcheck/linkcheck-maven-plugin/plugin-help.xml"
            })
    void noDescriptionHasTextThatHelpDescribeWouldTakeForATag(String descriptor) throws Exception {
        Set<String> tagLike = new TreeSet<>();
        descriptions(descriptor).forEach((where, text) -> {
            Matcher tag = Pattern.compile(".{0,30}<.{0,30}").matcher(text);
            while (!where.equals(GENERATED_HELP_GOAL) && tag.find()) {
                tagLike.add(where.replaceAll(".* ", "") + ": ..." + tag.group() + "...");
            }
        });
        assertEquals(Set.of(), tagLike);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "META-INF/maven/plugin.xml",
                "META-INF/maven/io.github.linkcheck/linkcheck-maven-plugin/plugin-help.xml"
            })
    void descriptionsSayWhatTheJavadocMeans(String descriptor) throws Exception {
        Map<String, String> descriptions = descriptions(descriptor);
        WORDS.forEach((parameter, names) -> {
            String text = descriptions.get("check " + parameter);
            assertNotNull(text, "no description of " + parameter + " in " + descriptor);
            for (String name : names) {
                assertTrue(
                        Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])")
                                .matcher(text)
                                .find(),
                        parameter + " does not name " + name + ": " + text);
            }
        });
    }

    /**
     * The goal pages of the plugin's site ({@code mvn site}) show the HTML that maven-plugin-plugin makes of the
     * Javadoc, kept in {@code target/plugin-enhanced.xml}. Its converter ends a {@code {@code ...}} at the first
     * closing brace, so {@code {@code {env:NAME}}} showed as {@code {env:NAME} in code font and a stray brace.
     */
    @Test
    void noCodeOfTheSitePagesLosesItsClosingBrace() throws Exception {
        Path enhanced = Path.of("target/plugin-enhanced.xml");
        assertTrue(Files.isRegularFile(enhanced), enhanced + " is made by maven-plugin-plugin at process-classes");
        Map<String, String> descriptions;
        try (InputStream in = Files.newInputStream(enhanced)) {
            descriptions = descriptions(parse(in));
        }
        Set<String> strayBraces = new TreeSet<>();
        descriptions.forEach((where, html) -> {
            Matcher stray = Pattern.compile(".{0,30}</code>}").matcher(html);
            while (stray.find()) {
                strayBraces.add(where + ": ..." + stray.group());
            }
        });
        assertEquals(Set.of(), strayBraces);
    }

    /** Every description of a descriptor, by goal ({@code check}) and parameter ({@code check documents}). */
    private static Map<String, String> descriptions(String descriptor) throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(descriptor)) {
            if (in == null) {
                throw new IOException(descriptor + " is not on the test class path: maven-plugin-plugin generates it"
                        + " at process-classes");
            }
            return descriptions(parse(in));
        }
    }

    private static Map<String, String> descriptions(Element plugin) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = childText(mojo, "goal");
            descriptions.put(goal, childText(mojo, "description"));
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                descriptions.put(goal + " " + childText(parameter, "name"), childText(parameter, "description"));
            }
        }
        assertTrue(descriptions.containsKey("check"), "no check goal in the descriptor");
        return descriptions;
    }

    private static Element parse(InputStream in) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(in)
                .getDocumentElement();
    }

    /** The text of an element's own child, not of a nested one's: a parameter's name, not a requirement's. */
    private static String childText(Element parent, String name) {
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent();
            }
        }
        return "";
    }
}
