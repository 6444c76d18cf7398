package io.github.linkcheck.sources;

/**
 * A link as written in a document, and where it starts.
 *
 * @param url the link's destination, as written
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record FoundLink(String url, int line, int column) {}
