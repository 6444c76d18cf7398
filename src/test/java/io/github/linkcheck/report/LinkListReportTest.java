package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.LinkList;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The list goal's lines and links.json: every place, the action, the URL without secrets, nothing raw. */
class LinkListReportTest {

    private static final CheckSettings SETTINGS =
            CheckSettings.builder().excludes(List.of("linkedin")).build();

    private static List<LinkList.Entry> entries() {
        return LinkList.of(
                SETTINGS,
                IgnoreEntries.none(),
                List.of(
                        new LinkTarget(
                                "https://example.org/",
                                List.of(Origin.at("README.md", 3, 5), Origin.at("pom.xml", 7, 3, "url")),
                                null),
                        LinkTarget.of("https://user:s3cret@example.org/private", Origin.at("README.md", 3, 20)),
                        LinkTarget.localFile(
                                "docs/guide.md#usage",
                                new LocalFile(Path.of("docs/guide.md").toAbsolutePath(), "usage"),
                                Origin.at("README.md", 4, 1)),
                        LinkTarget.of("https://www.linkedin.com/in/x", Origin.at("README.md", 5, 1)),
                        LinkTarget.of("mailto:a@example.org", Origin.entry("urls entry 1"))));
    }

    @Test
    void aLineForEveryPlaceWithItsActionThenTheCounts() {
        LinkListReport list = new LinkListReport(entries());

        assertEquals(
                List.of(
                        "linkcheck: README.md:3:5: request: https://example.org/",
                        "linkcheck: pom.xml:7:3 (url): request: https://example.org/",
                        "linkcheck: README.md:3:20: invalid: https://****@example.org/private (invalid URL: credentials"
                                + " in the URL (user@ or user:password@) are not supported)",
                        "linkcheck: README.md:4:1: check on disk: docs/guide.md#usage",
                        "linkcheck: README.md:5:1: excluded: https://www.linkedin.com/in/x (left out by exclude 'linkedin')",
                        "linkcheck: urls entry 1: skipped: mailto:a@example.org (mailto: links are not checked)"),
                list.lines());
        assertEquals(
                "linkcheck: 5 links listed: 1 request, 1 check on disk, 1 skipped, 1 excluded, 1 invalid",
                list.summary());
        assertEquals("linkcheck: 0 links listed", new LinkListReport(List.of()).summary());
    }

    @Test
    void whatDocumentsChoseCannotForgeLinesOrCommands() {
        String hostile = "evil\r\n::error::forged\u001b[31m##[group]";
        LinkListReport list = new LinkListReport(LinkList.of(
                SETTINGS,
                IgnoreEntries.none(),
                List.of(LinkTarget.of("https://example.org/" + hostile, Origin.at(hostile + ".md", 1, 1)))));

        String line = list.lines().get(0);

        assertFalse(line.contains("\r") || line.contains("\n") || line.contains("\u001b"), line);
        assertFalse(line.contains("##[group]"), line);
        assertTrue(
                line.startsWith(
                        "linkcheck: evil\\r\\n::error::forged\\u001b[31m##\\[group].md:1:1: invalid: https://example.org/evil\\r\\n"),
                line);
    }

    @Test
    void linksJsonHoldsEveryLinkWithItsActionReasonAndPlacesAndTheTotals(@TempDir Path folder) throws Exception {
        Path file = folder.resolve(LinkListReport.JSON);

        new LinkListReport(entries()).write(file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("linkcheck-maven-plugin", root.get("tool").get("name").asText());
        JsonNode totals = root.get("totals");
        assertEquals(5, totals.get("links").asInt());
        assertEquals(1, totals.get("request").asInt());
        assertEquals(1, totals.get("checkOnDisk").asInt());
        assertEquals(1, totals.get("skipped").asInt());
        assertEquals(1, totals.get("excluded").asInt());
        assertEquals(1, totals.get("invalid").asInt());
        JsonNode links = root.get("links");
        assertEquals(5, links.size());
        JsonNode web = links.get(0);
        assertEquals("https://example.org/", web.get("url").asText());
        assertEquals("url", web.get("kind").asText());
        assertEquals("request", web.get("action").asText());
        assertFalse(web.has("reason"));
        assertEquals(2, web.get("places").size());
        assertEquals("README.md", web.get("places").get(0).get("file").asText());
        assertEquals(3, web.get("places").get(0).get("line").asInt());
        assertEquals(5, web.get("places").get(0).get("column").asInt());
        assertEquals("url", web.get("places").get(1).get("element").asText());
        assertEquals("https://****@example.org/private", links.get(1).get("url").asText());
        assertEquals("invalid", links.get(1).get("action").asText());
        assertEquals("file", links.get(2).get("kind").asText());
        assertEquals("checkOnDisk", links.get(2).get("action").asText());
        assertEquals(
                "left out by exclude 'linkedin'", links.get(3).get("reason").asText());
        assertEquals(
                "urls entry 1", links.get(4).get("places").get(0).get("text").asText());
        assertFalse(Files.readString(file).contains("s3cret"));
    }
}
