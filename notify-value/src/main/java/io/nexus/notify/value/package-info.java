/**
 * Latest values paired with tokens: producers store the latest data for item <i>k</i> and
 * notify <i>k</i> in one call; the consumer reads the latest data of each token a poll
 * delivers. This is the other half of conflation, which users would otherwise hand-roll
 * beside the queue.
 *
 * <ul>
 *   <li>{@link io.nexus.notify.value.LatestValues}: one reference per token, any number of
 *       producers per token; {@code publish} replaces, {@code merge} folds into the unread
 *       value, {@code take} reads and clears.</li>
 *   <li>{@link io.nexus.notify.value.LatestLongs}: a fixed number of {@code long} fields per
 *       token, written and read as one consistent snapshot (a sequence lock per token), with
 *       a version that counts the writes; nothing allocates on either side.</li>
 * </ul>
 *
 * <p>Both work over any {@link io.nexus.notify.Notifier}: a queue's notifier (the consumer
 * polls) or a channel's sender (the consumer blocks in {@code recv}). The happens-before
 * contract is the queue's: a value stored before the notify that delivered its token is
 * visible to the consumer, or a later poll delivers the token again.
 */
package io.nexus.notify.value;
