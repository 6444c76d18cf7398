package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OriginTest {

    @Test
    void describesEachKindOfPlace() {
        assertEquals("README.md:42:7", Origin.at("README.md", 42, 7).describe());
        assertEquals("links.txt:5", Origin.at("links.txt", 5, 0).describe());
        assertEquals(
                "pom.xml:17:12 (licenses/license[2]/url)",
                Origin.at("pom.xml", 17, 12, "licenses/license[2]/url").describe());
        Origin inherited = Origin.at("pom.xml", 5, 8, "url").noting("as mod-a inherits it");
        assertEquals("pom.xml:5:8 (url, as mod-a inherits it)", inherited.describe());
        assertEquals("url", inherited.detail());
        assertEquals("pom.xml (url)", Origin.at("pom.xml", 0, 0, "url").describe());
        assertEquals("urls entry 3", Origin.entry("urls entry 3").describe());
    }

    @Test
    void refusesAPlaceThatCannotBe() {
        assertThrows(IllegalArgumentException.class, () -> Origin.at("a.md", 0, 4));
        assertThrows(IllegalArgumentException.class, () -> Origin.at("a.md", -1, 0));
        assertThrows(NullPointerException.class, () -> Origin.entry(null));
        assertThrows(NullPointerException.class, () -> Origin.at("a.md", 1, 1).noting("a note on nothing"));
    }
}
