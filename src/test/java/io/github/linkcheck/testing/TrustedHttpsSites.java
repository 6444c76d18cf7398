package io.github.linkcheck.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An https test site whose self-signed certificate the JVM trusts, and a plain http site beside it, both on 127.0.0.1,
 * for a test class: register with {@code @RegisterExtension static final TrustedHttpsSites sites = new
 * TrustedHttpsSites();}. The trust is put back as it was, and the sites closed, after the class.
 */
public final class TrustedHttpsSites implements BeforeAllCallback, AfterAllCallback {

    private Path keyStores;
    private TestSite https;
    private TestSite http;
    private TrustedKeyStore trusted;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        keyStores = Files.createTempDirectory("linkcheck-keystores");
        SelfSignedKeyStore keyStore = SelfSignedKeyStore.create(keyStores);
        https = TestSite.startHttps(keyStore);
        http = TestSite.start();
        trusted = TrustedKeyStore.trust(keyStore);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        trusted.close();
        https.close();
        http.close();
        try (Stream<Path> files = Files.walk(keyStores)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The site over https, with a certificate the JVM trusts while the class runs. */
    public TestSite https() {
        return https;
    }

    /** The site over plain http. */
    public TestSite http() {
        return http;
    }

    /** A folder for more key stores, such as one the JVM does not trust. */
    public Path keyStoreFolder() {
        return keyStores;
    }
}
