package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void aReasonPhraseCannotMentionOrReference() {
        assertEquals("404 ping @&#8203;org/team about #&#8203;12", MarkdownText.text("404 ping @org/team about #12"));
    }

    @Test
    void markupAndTableSyntaxStayText() {
        assertEquals("\\[x\\](y) &lt;b&gt; a \\| b \\*c\\* 'd'", MarkdownText.text("[x](y) <b> a | b *c* `d`"));
    }
}
