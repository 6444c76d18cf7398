package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class ProxyConfigTest {

    @Test
    void nonProxyHostsUseMavensWildcards() {
        ProxyConfig proxy = new ProxyConfig(
                "HTTP", "proxy.corp", 3128, null, null, List.of("localhost", "*.internal", "10.*", " ", "build-*-01"));
        assertEquals("http", proxy.forScheme());
        assertTrue(proxy.bypasses("localhost"));
        assertTrue(proxy.bypasses("Docs.Internal"));
        assertTrue(proxy.bypasses("10.1.2.3"));
        assertTrue(proxy.bypasses("build-linux-01"));
        assertFalse(proxy.bypasses("internal"));
        assertFalse(proxy.bypasses("example.org"));
        assertFalse(proxy.bypasses("localhost.example.org"));
    }

    @Test
    void hidesThePassword() {
        ProxyConfig proxy = new ProxyConfig("https", "proxy.corp", 3128, "alice", "s3cret", List.of());
        assertEquals("https proxy proxy.corp:3128 as alice (password hidden)", proxy.toString());
    }
}
