package io.github.linkcheck.sources;

/** Where in its document a character of a text taken from it was written. */
interface SourcePositions {

    /** The link to {@code url} written at {@code offset} of the text, with its line and column in the document. */
    FoundLink linkAt(String url, int offset);
}
