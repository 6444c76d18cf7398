package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleansTest {

    @Test
    void readsTrueAndFalseInAnyLetterCase() {
        assertTrue(Booleans.parse("skip", "true"));
        assertTrue(Booleans.parse("skip", "TRUE"));
        assertTrue(Booleans.parse("skip", " True "));
        assertFalse(Booleans.parse("skip", "false"));
        assertFalse(Booleans.parse("skip", "FaLsE"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"nope", "", " ", "yes", "no", "1", "0", "on", "off", "ture", "t"})
    void rejectsAnythingElseNamingTheSettingAndValue(String value) {
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> Booleans.parse("failOnError", value));
        assertEquals(
                "failOnError = '" + value + "' is not valid: expected true or false, in any letter case",
                e.getMessage());
    }
}
