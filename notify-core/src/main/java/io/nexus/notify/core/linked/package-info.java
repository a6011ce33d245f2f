/**
 * The {@code linked} backend: a fused queue whose FIFO is an intrusive linked list through one
 * {@code int} per token, which also holds the token's pending state. No power-of-two rounding,
 * about four bytes per token, a wait-free push.
 */
package io.nexus.notify.core.linked;
