package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.ProductInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

class JsonReportTest {

    @Test
    void writesEveryLinkWithItsVerdictOutcomeAndPlacesAndTheRunsTotals(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("linkcheck.json");
        new JsonReport(
                        SampleReport.create(),
                        new FailurePolicy(true, false, false),
                        Instant.parse("2026-11-25T12:00:00Z"))
                .write(file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals(ProductInfo.version(), root.at("/tool/version").asText());
        assertEquals("async", root.at("/run/mode").asText());
        assertEquals(32, root.at("/run/concurrency").asInt());
        assertEquals(1000, root.at("/run/slowThresholdMs").asLong());
        assertEquals(10_250, root.at("/run/wallTimeMs").asLong());
        assertEquals("2026-11-25T12:00:00Z", root.at("/run/generatedAt").asText());
        assertFalse(root.at("/run/passed").asBoolean());

        JsonNode totals = root.get("totals");
        assertEquals(9, totals.get("links").asInt());
        assertEquals(2, totals.get("ok").asInt());
        assertEquals(3, totals.get("broken").asInt());
        assertEquals(1, totals.get("slow").asInt());
        assertEquals(1, totals.get("moved").asInt());
        assertEquals(1, totals.get("excluded").asInt());
        assertEquals(1, totals.get("skipped").asInt());
        assertEquals(0, totals.get("notChecked").asInt());
        assertEquals(1, totals.get("cached").asInt());
        assertEquals(3, totals.get("failing").asInt());

        JsonNode links = root.get("links");
        assertEquals(9, links.size());
        JsonNode broken = links.get(2);
        assertEquals("https://b.test/gone?a=1&b=<2>", broken.get("url").asText());
        assertEquals("url", broken.get("kind").asText());
        assertEquals("broken", broken.get("verdict").asText());
        assertEquals("error", broken.get("severity").asText());
        assertEquals(404, broken.get("status").asInt());
        assertEquals("Not Found", broken.get("reason").asText());
        assertEquals(120, broken.get("elapsedMs").asLong());
        assertEquals(2, broken.get("places").size());
        assertEquals("docs/guide.md", broken.at("/places/1/file").asText());
        assertEquals(5, broken.at("/places/1/line").asInt());
        assertEquals(58, broken.at("/places/1/column").asInt());

        assertTrue(links.get(1).get("cached").asBoolean());
        assertEquals(
                SampleReport.CACHED_AT.toString(), links.get(1).get("cachedAt").asText());
        assertEquals("warning", links.get(3).get("severity").asText(), "slow does not fail with failOnSlow off");
        assertEquals("urls entry 2", links.get(3).at("/places/0/text").asText());
        assertFalse(links.get(3).at("/places/0").has("file"));
        assertEquals("https://d.test/new", links.get(4).get("movedTo").asText());
        assertEquals(
                "licenses/license[1]/url", links.get(4).at("/places/0/element").asText());
        assertEquals("file", links.get(7).get("kind").asText());
        assertEquals("file_not_found", links.get(7).get("error").asText());
        JsonNode timeout = links.get(8);
        assertEquals("timeout", timeout.get("error").asText());
        assertEquals(3, timeout.get("attempts").asInt());
        assertFalse(Files.readString(file).contains("s3cret"), "a password in a URL is not written");
    }
}
