package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

class LinkTargetsTest {

    @Test
    void keepsTheFirstOrderMergesDuplicatesAndDropsBlankEntries() {
        List<LinkTarget> targets = LinkTargets.fromList(
                "urls",
                Arrays.asList("http://b.test/", " http://a.test/ ", "", null, "http://b.test/", "http://c.test/"));

        assertEquals(
                List.of(
                        new LinkTarget(
                                "http://b.test/",
                                List.of(Origin.entry("urls entry 1"), Origin.entry("urls entry 5")),
                                null),
                        new LinkTarget("http://a.test/", List.of(Origin.entry("urls entry 2")), null),
                        new LinkTarget("http://c.test/", List.of(Origin.entry("urls entry 6")), null)),
                targets);
    }
}
