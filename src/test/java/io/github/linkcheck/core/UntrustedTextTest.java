package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UntrustedTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // Line breaks, as GitHub's runner splits lines: CR, LF, and the Unicode ones.
                "\"Not Found\r::warning title=X::y\"|Not Found\\r::warning title=X::y",
                "\"a\n::add-mask::x\"|a\\n::add-mask::x",
                "\"a\r\nb\"|a\\r\\nb",
                "a\u0085b|a\\u0085b",
                "a\u2028b\u2029c|a\\u2028b\\u2029c",
                // Terminal escapes: clipboard, title, clear screen, colours.
                "\"\u001b]52;c;aGk=\u0007\"|\\u001b]52;c;aGk=\\u0007",
                "\"\u001b]0;title\u0007\"|\\u001b]0;title\\u0007",
                "\"\u001b[2J\"|\\u001b[2J",
                "\u009b31m|\\u009b31m",
                "\"tab\there\"|tab\\there",
                "nul\u0000del\u007f|nul\\u0000del\\u007f",
                // Marks that reorder how a line shows.
                "a\u202eb\u2066c\u200fd|a\\u202eb\\u2066c\\u200fd",
                // GitHub's legacy command form, found anywhere in a line.
                "Gone ##[warning]x|Gone ##\\[warning]x",
                "###[error]x|###\\[error]x",
                "##[a]##[b]|##\\[a]##\\[b]",
            })
    void showsWhatCouldEndALineOrCommandTheTerminalEscaped(String hostile, String shown) {
        assertEquals(shown, UntrustedText.neutralise(hostile));
    }

    @Test
    void leavesPrintableTextAlone() {
        String text = "https://exämple.org/a b\\c#x [link] ## ünïcödé 👍 ::warning::";
        assertSame(text, UntrustedText.neutralise(text));
        assertNull(UntrustedText.neutralise(null));
    }

    @Test
    void escapesAnUnpairedSurrogateButKeepsAPair() {
        assertEquals("a\\ud800b👍", UntrustedText.neutralise("a\ud800b👍"));
        assertEquals("\\udc00", UntrustedText.neutralise("\udc00"));
    }

    @Test
    void neutralisingTwiceChangesNothingMore() {
        String once = UntrustedText.neutralise("x\r##[warning]\u001b");
        assertEquals(once, UntrustedText.neutralise(once));
    }

    @Test
    void everyControlCharacterIsEscaped() {
        for (char c = 0; c < 0xa0; c++) {
            if (Character.isISOControl(c)) {
                String shown = UntrustedText.neutralise("a" + c + "b");
                assertFalse(shown.chars().anyMatch(Character::isISOControl), "U+" + Integer.toHexString(c));
            }
        }
    }
}
