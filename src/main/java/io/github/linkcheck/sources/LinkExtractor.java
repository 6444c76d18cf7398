package io.github.linkcheck.sources;

import java.util.List;

/** Finds the links in the text of one kind of document. */
interface LinkExtractor {

    /** The links in document order. */
    List<FoundLink> extract(String text);
}
