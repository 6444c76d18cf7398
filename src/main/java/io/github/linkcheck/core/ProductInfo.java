package io.github.linkcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's name and version, as built. */
public final class ProductInfo {

    public static final String NAME = "linkcheck-maven-plugin";

    /** The project's home, where its documentation is. */
    public static final String HOME = "https://github.com/linkcheck/linkcheck-maven-plugin";

    private static final String VERSION = readVersion();

    private ProductInfo() {}

    public static String version() {
        return VERSION;
    }

    /** Names the plugin, so that site owners who see its requests in their logs know what sends them. */
    public static String userAgent() {
        return NAME + "/" + VERSION + " (+" + HOME + ")";
    }

    private static String readVersion() {
        // The build filters the version into this resource; a missing resource is a packaging bug.
        try (InputStream in = ProductInfo.class.getResourceAsStream("/io/github/linkcheck/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the plugin jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
