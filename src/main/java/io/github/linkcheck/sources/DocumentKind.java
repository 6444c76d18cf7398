package io.github.linkcheck.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** How a document is read, told by its file name: Markdown and HTML are parsed, anything else is plain text. */
enum DocumentKind {
    MARKDOWN,
    HTML,
    PLAIN_TEXT;

    static DocumentKind of(Path document) {
        String name = document.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        return PLAIN_TEXT;
    }

    /**
     * The text of a document, which must be UTF-8 and not binary.
     *
     * @throws CharacterCodingException when the file holds a zero byte or is not valid UTF-8
     */
    static String readText(Path document) throws IOException {
        return decode(Files.readAllBytes(document));
    }

    /**
     * The text of a document's bytes, which must be UTF-8 and not binary; a byte order mark is kept, as a character
     * of the first line.
     *
     * @throws CharacterCodingException when the bytes hold a zero or are not valid UTF-8
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        // The JDK's own decoding, then a search of the text, are bulk operations; a loop over the bytes, or a
        // decoder into a buffer, runs byte by byte in the interpreter of a fresh JVM: twice as long for 10 MB.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            throw new CharacterCodingException();
        }
        if (text.indexOf('\uFFFD') >= 0) {
            // The JDK decodes a malformed sequence as U+FFFD, which can also be written in a valid document.
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        }
        return text;
    }
}
