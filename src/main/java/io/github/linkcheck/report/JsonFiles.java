package io.github.linkcheck.report;

import io.github.linkcheck.core.ProductInfo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.nio.file.Path;

/** The plugin's JSON files: written whole through Jackson's streaming generator, read through its parser. */
public final class JsonFiles {

    /** Writes a document's content to the generator. */
    @FunctionalInterface
    public interface Content {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

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
}
