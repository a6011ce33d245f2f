package io.nexus.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void equalIndicesMakeEqualTokensWithEqualHashes() {
        assertEquals(new Token(7), new Token(7));
        assertEquals(new Token(7).hashCode(), new Token(7).hashCode());
        assertNotEquals(new Token(7), new Token(8));
    }

    @Test
    void exposesItsIndex() {
        assertEquals(0, new Token(0).index());
        assertEquals(Integer.MAX_VALUE, new Token(Integer.MAX_VALUE).index());
    }

    @Test
    void toStringNamesTheIndex() {
        assertEquals("Token[index=42]", new Token(42).toString());
    }

    @Test
    void negativeIndexIsOutOfBoundsWithTheValueInTheMessage() {
        final IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> new Token(-3));
        assertTrue(e.getMessage().contains("-3"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> new Token(Integer.MIN_VALUE));
    }
}
