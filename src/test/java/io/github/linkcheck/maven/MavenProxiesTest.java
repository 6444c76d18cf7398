package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.ProxyConfig;

import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Maven's proxies, decrypted the way Maven decrypts them, with a real settings-security.xml. */
class MavenProxiesTest {

    private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    private MavenProxies proxies;

    @BeforeEach
    void masterPassword(@TempDir Path directory) throws Exception {
        // What `mvn --encrypt-master-password` writes: the master password, encrypted with Maven's constant.
        Path security = directory.resolve("settings-security.xml");
        Files.writeString(
                security,
                "<settingsSecurity><master>" + cipher.encryptAndDecorate("m4ster", "settings.security")
                        + "</master></settingsSecurity>");
        proxies = new MavenProxies(
                new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString())));
    }

    @Test
    void decryptsPasswordsAndPicksTheActiveProxyOfEachScheme() throws Exception {
        Settings settings = new Settings();
        settings.setProxies(List.of(
                proxy("off", "http", false, "ignored"),
                proxy("corp", "http", true, cipher.encryptAndDecorate("pr0xy-s3cret", "m4ster"))));

        List<ProxyConfig> configs = proxies.from(settings);

        assertEquals(2, configs.size(), "https URLs fall back to the http proxy");
        for (ProxyConfig config : configs) {
            assertEquals("corp.example", config.host());
            assertEquals("pr0xy-s3cret", config.password());
            assertTrue(config.bypasses("build.internal"));
            assertFalse(config.bypasses("example.org"));
        }
        assertEquals(
                List.of("http", "https"),
                configs.stream().map(ProxyConfig::forScheme).toList());
    }

    @Test
    void aPasswordThatCannotBeDecryptedNamesTheProxyNotThePassword() {
        Settings settings = new Settings();
        settings.setProxies(List.of(proxy("corp", "https", true, "{bm90IGVuY3J5cHRlZCB3aXRoIHRoaXMgbWFzdGVy}")));

        MavenProxies.ProxyDecryptionException e =
                assertThrows(MavenProxies.ProxyDecryptionException.class, () -> proxies.from(settings));

        assertTrue(
                e.getMessage().startsWith("linkcheck: cannot decrypt the password of proxy 'corp' in settings.xml"),
                e.getMessage());
        assertFalse(e.getMessage().contains("bm90IGVuY3J5cHRlZCB3aXRoIHRoaXMgbWFzdGVy"), e.getMessage());
    }

    @Test
    void anEncryptedPasswordWithoutSettingsSecurityIsExplainedInPlainWords(@TempDir Path directory) {
        MavenProxies withoutMaster = new MavenProxies(new DefaultSettingsDecrypter(new DefaultSecDispatcher(
                cipher, Map.of(), directory.resolve("settings-security.xml").toString())));
        Settings settings = new Settings();
        settings.setProxies(List.of(proxy("corp", "http", true, "{bm90IGVuY3J5cHRlZCB3aXRoIHRoaXMgbWFzdGVy}")));

        MavenProxies.ProxyDecryptionException e =
                assertThrows(MavenProxies.ProxyDecryptionException.class, () -> withoutMaster.from(settings));

        assertEquals(
                "linkcheck: cannot decrypt the password of proxy 'corp' in settings.xml: it is written encrypted"
                        + " ({...}), but no settings-security.xml with a master password was found; create one with"
                        + " mvn --encrypt-master-password, or write the password unencrypted",
                e.getMessage());
    }

    @Test
    void aPasswordEncryptedWithAnotherMasterPasswordIsExplainedInPlainWords() {
        Settings settings = new Settings();
        settings.setProxies(List.of(proxy("corp", "https", true, "{bm90IGVuY3J5cHRlZCB3aXRoIHRoaXMgbWFzdGVy}")));

        MavenProxies.ProxyDecryptionException e =
                assertThrows(MavenProxies.ProxyDecryptionException.class, () -> proxies.from(settings));

        assertEquals(
                "linkcheck: cannot decrypt the password of proxy 'corp' in settings.xml: it is written encrypted"
                        + " ({...}), but not with the master password of settings-security.xml; encrypt it again with"
                        + " mvn --encrypt-password, or write it unencrypted",
                e.getMessage());
    }

    private static Proxy proxy(String id, String protocol, boolean active, String password) {
        Proxy proxy = new Proxy();
        proxy.setId(id);
        proxy.setProtocol(protocol);
        proxy.setActive(active);
        proxy.setHost(id + ".example");
        proxy.setPort(3128);
        proxy.setUsername("alice");
        proxy.setPassword(password);
        proxy.setNonProxyHosts("localhost|*.internal");
        return proxy;
    }
}
