package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.linkcheck.core.InvalidSettingException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderTest {

    @Test
    void readsTheShortFormAndEnvironmentReferences() {
        Header header = new Header();
        header.set("Authorization: Bearer {env:TOKEN} and {env:TOKEN}");
        assertEquals("Authorization", header.name());
        assertEquals(" Bearer t$0\\ken and t$0\\ken", header.value(Map.of("TOKEN", "t$0\\ken")::get));
    }

    @Test
    void namesAMissingVariableButNotTheValue() {
        Header header = new Header();
        header.set("Authorization: Bearer {env:NO_SUCH_TOKEN}");
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> header.value(name -> null));
        assertEquals("headers = 'Authorization: ****' is not valid: the environment variable NO_SUCH_TOKEN it refers"
                + " to is not set", e.getMessage());
    }
}
