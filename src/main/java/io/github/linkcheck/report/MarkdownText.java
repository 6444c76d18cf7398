package io.github.linkcheck.report;

import io.github.linkcheck.core.UntrustedText;

/**
 * Untrusted text put into Markdown so that it stays text: {@linkplain UntrustedText#neutralise neutralised},
 * then kept from being read as markup, and from breaking the table cell or list item it stands in.
 */
public final class MarkdownText {

    private MarkdownText() {}

    /** A code span: nothing in it is markup, though a pipe still has to be escaped to stay in its cell. */
    public static String code(String text) {
        return "`" + UntrustedText.neutralise(text).replace("`", "'").replace("|", "\\|") + "`";
    }

    /**
     * Text that stays text: servers choose reason phrases and redirect locations, so HTML and the Markdown
     * that makes links, images, emphasis and code are escaped as well as the pipes that would break a table,
     * and mentions ({@code @team}) and issue references ({@code #1}) are kept from notifying anyone.
     */
    public static String text(String text) {
        return UntrustedText.neutralise(text)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("~", "\\~")
                .replace("`", "'")
                // GitHub turns @name into a mention that notifies, and #12 into a reference; a zero-width space
                // after the sign keeps both plain text without changing how they read.
                .replaceAll("([@#])", "$1&#8203;");
    }
}
