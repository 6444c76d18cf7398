package io.github.linkcheck.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the JVM's default TLS trust a {@link SelfSignedKeyStore} through the {@code javax.net.ssl.trustStore}
 * properties, which a run reads again whenever it builds its client, and puts them back as they were.
 */
public final class TrustedKeyStore implements AutoCloseable {

    /** The properties as they were, {@code null} for those not set. */
    private final Map<String, String> saved = new HashMap<>();

    private TrustedKeyStore() {}

    public static TrustedKeyStore trust(SelfSignedKeyStore keyStore) {
        TrustedKeyStore trusted = new TrustedKeyStore();
        trusted.set("javax.net.ssl.trustStore", keyStore.file().toString());
        trusted.set("javax.net.ssl.trustStorePassword", SelfSignedKeyStore.PASSWORD);
        trusted.set("javax.net.ssl.trustStoreType", "PKCS12");
        return trusted;
    }

    private void set(String property, String value) {
        saved.put(property, System.getProperty(property));
        System.setProperty(property, value);
    }

    @Override
    public void close() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
