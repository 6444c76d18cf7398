package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

import java.net.IDN;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

class AsciiHostsTest {

    @Test
    void theResolverIsAskedForThePunycodeName() throws Exception {
        List<String> asked = new ArrayList<>();
        DnsResolver recording = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                asked.add(host);
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                asked.add(host);
                return host;
            }
        };
        DnsResolver resolver = AsciiHosts.asking(recording);

        // HttpClient hands over the Unicode form even of a URI written in punycode.
        resolver.resolve("exämple.test");
        resolver.resolveCanonicalHostname("bücher.example");
        resolver.resolve("127.0.0.1");

        assertEquals(List.of("xn--exmple-cua.test", "xn--bcher-kva.example", "127.0.0.1"), asked);
    }

    @Test
    void anAsciiNameIsWhatIdnWouldMakeOfIt() {
        String longLabel = "a".repeat(64) + ".example";
        for (String host : List.of(
                "Example.COM", "xn--exmple-cua.test", "a..b", "trailing.dot.", longLabel, "under_score", "[::1]")) {
            String expected;
            try {
                expected = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException notConvertible) {
                expected = host;
            }
            assertEquals(expected, AsciiHosts.ascii(host), host);
        }
    }
}
