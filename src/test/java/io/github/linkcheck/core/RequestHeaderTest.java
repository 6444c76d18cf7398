package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestHeaderTest {

    @Test
    void goesOnlyToItsHostsOrSubdomains() {
        RequestHeader header = RequestHeader.of("Authorization", "Bearer t0ken", "api.github.com, *.example.org");
        assertTrue(header.appliesTo("api.github.com"));
        assertTrue(header.appliesTo("API.GitHub.com"));
        assertTrue(header.appliesTo("docs.example.org"));
        assertFalse(header.appliesTo("example.org"));
        assertFalse(header.appliesTo("github.com"));
        assertFalse(header.appliesTo("api.github.com.evil.test"));
        assertTrue(RequestHeader.of("X-Any", "1", " ").appliesTo("anything.test"));
    }

    @Test
    void neverShowsItsValue() {
        RequestHeader header = RequestHeader.of("Authorization", "Bearer t0ken", "api.github.com");
        assertEquals("Authorization: **** (only to api.github.com)", header.toString());

        InvalidSettingException badName = assertThrows(InvalidSettingException.class,
                () -> RequestHeader.of("Bad Name", "t0ken", null));
        InvalidSettingException badValue = assertThrows(InvalidSettingException.class,
                () -> RequestHeader.of("X-Token", "t0ken\r\nX-Injected: 1", null));
        assertFalse(badName.getMessage().contains("t0ken"), badName.getMessage());
        assertFalse(badValue.getMessage().contains("t0ken"), badValue.getMessage());
        assertEquals("headers = 'X-Token: ****' is not valid: expected a value on one line", badValue.getMessage());
    }
}
