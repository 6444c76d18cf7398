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
        byte[] bytes = Files.readAllBytes(document);
        for (byte b : bytes) {
            if (b == 0) {
                throw new CharacterCodingException();
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
