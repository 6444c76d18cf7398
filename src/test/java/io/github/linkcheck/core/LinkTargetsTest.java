package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
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

    @Test
    void aUrlGivenSeveralTimesKeepsEveryPlaceInOrderAndTheFirstTargetsFile() {
        LocalFile file = new LocalFile(Path.of("/p/docs/a.md"), null);
        List<LinkTarget> targets = LinkTargets.distinct(List.of(
                new LinkTarget("docs/a.md", List.of(Origin.at("README.md", 1, 1), Origin.at("README.md", 2, 1)), file),
                LinkTarget.of("http://once.test/", Origin.at("README.md", 3, 1)),
                new LinkTarget("docs/a.md", List.of(Origin.at("guide.md", 4, 1)), null),
                LinkTarget.of("docs/a.md", Origin.at("guide.md", 9, 2))));

        assertEquals(
                List.of(
                        new LinkTarget(
                                "docs/a.md",
                                List.of(
                                        Origin.at("README.md", 1, 1),
                                        Origin.at("README.md", 2, 1),
                                        Origin.at("guide.md", 4, 1),
                                        Origin.at("guide.md", 9, 2)),
                                file),
                        LinkTarget.of("http://once.test/", Origin.at("README.md", 3, 1))),
                targets);
    }
}
