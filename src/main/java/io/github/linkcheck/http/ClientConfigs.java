package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckSettings;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** The client settings both transports share, so that a request is bounded the same way in every mode. */
final class ClientConfigs {

    private ClientConfigs() {}

    static RequestConfig requestConfig(CheckSettings settings) {
        Timeout timeout = Timeout.of(settings.timeout());
        return RequestConfig.custom()
                .setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout)
                // Redirects are followed by LinkChecker, which records the chain and detects loops.
                .setRedirectsEnabled(false)
                .build();
    }

    static ConnectionConfig connectionConfig(CheckSettings settings) {
        Timeout timeout = Timeout.of(settings.timeout());
        return ConnectionConfig.custom()
                .setConnectTimeout(timeout)
                .setSocketTimeout(timeout)
                // A pooled connection is checked before every reuse: servers that cap their idle keep-alive
                // connections close them as responses end, and a check costs far less than a failed request.
                .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                .build();
    }
}
