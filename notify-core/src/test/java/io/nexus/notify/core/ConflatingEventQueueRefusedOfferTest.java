package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.nexus.notify.Events;
import io.nexus.notify.NotifyException;
import io.nexus.notify.Token;
import org.junit.jupiter.api.Test;

/**
 * When the {@link IndexQueue} refuses an offer (a broken backend invariant), or its offer
 * throws (a {@link StackOverflowError} on entering it), the engine resets the token's pending
 * flag and lets the failure go on, so that a retry can queue the token.
 */
class ConflatingEventQueueRefusedOfferTest {

    @Test
    void refusedOfferResetsTheFlagAndAReentrySucceeds() {
        final IndexQueue queue = mock(IndexQueue.class);
        when(queue.offer(5)).thenReturn(false, true);
        when(queue.size()).thenReturn(1);
        when(queue.hasNext()).thenReturn(true);
        when(queue.drain(any(int[].class), anyInt(), anyInt())).thenAnswer(call -> {
            final int[] into = call.getArgument(0);
            into[call.<Integer>getArgument(1)] = 5;
            return 1;
        });
        final ConflatingEventQueue engine = new ConflatingEventQueue(8, queue, "mocked");

        final NotifyException e = assertThrows(NotifyException.class, () -> engine.notify(5));
        assertEquals(5, e.tokenIndex());
        assertEquals(new Token(5), e.token());
        assertTrue(e.getMessage().contains("mocked") && e.getMessage().contains("5"),
            e.getMessage());

        assertTrue(engine.notify(5), "the flag was reset, so the retry queues the token");
        assertFalse(engine.notify(5), "and now it is pending");
        verify(queue, times(2)).offer(5);

        final Events events = Events.withCapacity(1);
        assertEquals(1, engine.poll(events));
        assertArrayEquals(new int[] {5}, events.toArray());
    }

    @Test
    void anOfferThatThrowsLeavesTheTokenIdleAndTheErrorUnchanged() {
        final IndexQueue queue = mock(IndexQueue.class);
        final StackOverflowError overflow = new StackOverflowError("at the offer's entry");
        when(queue.offer(3)).thenThrow(overflow).thenReturn(true);
        final ConflatingEventQueue engine = new ConflatingEventQueue(8, queue, "mocked");

        assertSame(overflow, assertThrows(StackOverflowError.class, () -> engine.notify(3)));

        assertTrue(engine.notify(3), "the flag was reset, so the retry queues the token");
        assertFalse(engine.notify(3), "and now it is pending");
        verify(queue, times(2)).offer(3);
    }
}
