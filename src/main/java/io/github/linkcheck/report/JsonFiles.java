package io.github.linkcheck.report;

import io.github.linkcheck.core.ProductInfo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The plugin's JSON files: written whole through Jackson's streaming generator, read through its parser. */
public final class JsonFiles {

    /** Writes a document's content to the generator. */
    @FunctionalInterface
    public interface Content {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new PrintableEscapes());

    private JsonFiles() {}

    /**
     * Writes the file whole or not at all (see {@link ReportFiles}).
     *
     * @param indented whether people are meant to read it; a file only the plugin reads is left compact
     */
    public static void write(Path file, boolean indented, Content content) throws IOException {
        ReportFiles.write(file, out -> {
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                if (indented) {
                    json.useDefaultPrettyPrinter();
                }
                content.writeTo(json);
            }
        });
    }

    public static JsonParser parser(Path file) throws IOException {
        return FACTORY.createParser(file.toFile());
    }

    /** The {@code tool} object every report starts with: the plugin's name and version. */
    public static void writeTool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", ProductInfo.NAME);
        json.writeStringField("version", ProductInfo.version());
        json.writeEndObject();
    }

    /**
     * Beyond what JSON requires (C0 controls), escapes DEL, the C1 controls and the Unicode line and paragraph
     * separators as {@code \}{@code uXXXX}: the strings stay exact, and a file shown in a terminal or CI log
     * holds no raw control character.
     */
    private static final class PrintableEscapes extends CharacterEscapes {

        private static final int[] ESCAPES = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            int[] escapes = ESCAPES.clone();
            escapes[0x7f] = ESCAPE_STANDARD;
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean control = (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029;
            return control ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c)) : null;
        }
    }
}
