package io.nexus.notify.aeron;

/**
 * A publisher as a subscriber sees it: one Aeron image.
 *
 * @param sessionId the image's session id, new for every publication (a restarted publisher
 *                  has a new one)
 * @param source    where it comes from: {@code aeron:ipc}, or the sender's {@code address:port}
 */
public record PublisherInfo(int sessionId, String source) {
}
