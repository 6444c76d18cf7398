package io.github.linkcheck.report;

import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.ProductInfo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
     * The {@code places} array of a link: each place's file, line, column and POM element when known, and the place
     * as people read it.
     */
    public static void writePlaces(JsonGenerator json, List<Origin> origins) throws IOException {
        json.writeArrayFieldStart("places");
        for (Origin origin : origins) {
            json.writeStartObject();
            if (origin.file() != null) {
                json.writeStringField("file", origin.file());
            }
            if (origin.line() > 0) {
                json.writeNumberField("line", origin.line());
            }
            if (origin.column() > 0) {
                json.writeNumberField("column", origin.column());
            }
            if (origin.file() != null && origin.detail() != null) {
                json.writeStringField("element", origin.detail());
            }
            json.writeStringField("text", origin.describe());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A constant as the JSON files name it in their totals: {@code ok}, {@code notChecked}, {@code checkOnDisk}. */
    public static String fieldName(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
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
