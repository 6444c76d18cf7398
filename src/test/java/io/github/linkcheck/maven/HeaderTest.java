package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.RequestHeader;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class HeaderTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void readsTheShortFormAndEnvironmentReferences() {
        Header header = header("Authorization: Bearer {env:TOKEN} and {env:TOKEN}");
        assertEquals("Authorization", header.name());
        Optional<RequestHeader> resolved = header.resolve(Map.of("TOKEN", "t$0\\ken")::get, warnings::add);
        assertEquals("Bearer t$0\\ken and t$0\\ken", resolved.orElseThrow().value());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aHeaderWhoseVariableIsNotSetIsLeftOutWithOneWarningNamingTheVariable() {
        Header header = header("Authorization: Bearer {env:NO_SUCH_TOKEN}:{env:SET}:{env:NO_SUCH_TOKEN}");
        assertEquals(Optional.empty(), header.resolve(Map.of("SET", "s3cret")::get, warnings::add));
        assertEquals(
                List.of("header Authorization is left out: the environment variable NO_SUCH_TOKEN it refers"
                        + " to is not set"),
                warnings);
        assertFalse(warnings.get(0).contains("s3cret"));

        header("X-Pair: {env:USER_NAME}:{env:PASSWORD}").resolve(name -> null, warnings::add);
        assertEquals(
                "header X-Pair is left out: the environment variables USER_NAME, PASSWORD it refers to are not"
                        + " set",
                warnings.get(1));
    }

    @Test
    void aHeaderLeftOutIsStillCheckedForMistakes() {
        Header badName = header("Bad Name: {env:NO_SUCH_TOKEN}");
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> badName.resolve(name -> null, warnings::add));
        assertTrue(
                e.getMessage().startsWith("headers = 'Bad Name: ****' is not valid: expected a header name"),
                e.getMessage());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aHeaderWithoutValueIsAnError() {
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class, () -> header("X-Alone").resolve(name -> null, warnings::add));
        assertEquals(
                "headers = 'X-Alone' is not valid: no value; expected Name: value, or a header with a name and a value",
                e.getMessage());
    }

    @Test
    void aVariableCannotSmuggleInASecondHeader() {
        Header header = header("X-Token: {env:TOKEN}");
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class,
                () -> header.resolve(Map.of("TOKEN", "t0ken\r\nX-Injected: 1")::get, warnings::add));
        assertEquals("headers = 'X-Token: ****' is not valid: expected a value on one line", e.getMessage());
    }

    private static Header header(String nameAndValue) {
        Header header = new Header();
        header.set(nameAndValue);
        return header;
    }
}
