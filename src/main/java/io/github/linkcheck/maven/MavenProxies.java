package io.github.linkcheck.maven;

import io.github.linkcheck.core.ProxyConfig;

import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies of Maven's {@code settings.xml}, decrypted, for http and https URLs. A proxy serves the URLs
 * of the scheme its {@code <protocol>} names; https URLs fall back to the http proxy when there is no https
 * one, as most corporate set-ups declare a single proxy for both.
 */
final class MavenProxies {

    private final SettingsDecrypter decrypter;

    MavenProxies(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /**
     * @throws ProxyDecryptionException naming the proxy whose password cannot be decrypted
     */
    List<ProxyConfig> from(Settings settings) throws ProxyDecryptionException {
        if (settings == null) {
            return List.of();
        }
        List<ProxyConfig> proxies = new ArrayList<>();
        Optional<Proxy> http = active(settings, "http");
        Optional<Proxy> https = active(settings, "https").or(() -> http);
        if (http.isPresent()) {
            proxies.add(config("http", decrypt(http.get())));
        }
        if (https.isPresent()) {
            proxies.add(config("https", decrypt(https.get())));
        }
        return proxies;
    }

    private static Optional<Proxy> active(Settings settings, String protocol) {
        return settings.getProxies().stream()
                .filter(Proxy::isActive)
                .filter(proxy -> protocol.equalsIgnoreCase(proxy.getProtocol()))
                .findFirst();
    }

    private Proxy decrypt(Proxy proxy) throws ProxyDecryptionException {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
        List<SettingsProblem> errors = result.getProblems().stream()
                .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
                .toList();
        if (!errors.isEmpty()) {
            // Maven's messages are its library's exception chain; a user needs to know which file or step is missing.
            throw new ProxyDecryptionException("linkcheck: cannot decrypt the password of proxy '" + proxy.getId()
                    + "' in settings.xml: it is written encrypted ({...}), but "
                    + (errors.stream().anyMatch(MavenProxies::isMissingFile)
                            ? "no settings-security.xml with a master password was found; create one with"
                                    + " mvn --encrypt-master-password, or write the password unencrypted"
                            : "not with the master password of settings-security.xml; encrypt it again with"
                                    + " mvn --encrypt-password, or write it unencrypted"));
        }
        return result.getProxy();
    }

    private static boolean isMissingFile(SettingsProblem problem) {
        for (Throwable cause = problem.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
                return true;
            }
        }
        return false;
    }

    private static ProxyConfig config(String forScheme, Proxy proxy) {
        String nonProxyHosts = proxy.getNonProxyHosts() == null ? "" : proxy.getNonProxyHosts();
        return new ProxyConfig(
                forScheme,
                proxy.getHost(),
                proxy.getPort(),
                proxy.getUsername(),
                proxy.getPassword(),
                List.of(nonProxyHosts.split("[|,]")));
    }

    /** A proxy password that cannot be decrypted. */
    static final class ProxyDecryptionException extends Exception {
        private static final long serialVersionUID = 1L;

        ProxyDecryptionException(String message) {
            super(message);
        }
    }
}
