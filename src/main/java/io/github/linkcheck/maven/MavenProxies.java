package io.github.linkcheck.maven;

import io.github.linkcheck.core.ProxyConfig;

import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
            // The problems' messages name the proxy and the cause, never the password.
            throw new ProxyDecryptionException("linkcheck: cannot decrypt the password of proxy '" + proxy.getId()
                    + "' in settings.xml: "
                    + errors.stream().map(SettingsProblem::getMessage).collect(Collectors.joining("; ")));
        }
        return result.getProxy();
    }

    private static ProxyConfig config(String forScheme, Proxy proxy) {
        String nonProxyHosts = proxy.getNonProxyHosts() == null ? "" : proxy.getNonProxyHosts();
        return new ProxyConfig(forScheme, proxy.getHost(), proxy.getPort(), proxy.getUsername(), proxy.getPassword(),
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
