/**
 * The {@code agrona} backend: the conflating engine over an Agrona
 * {@code ManyToOneConcurrentArrayQueue}.
 *
 * <p>Agrona ({@code org.agrona:agrona}) is an optional dependency. The provider names no Agrona
 * type, so it loads without the library and then reports the backend unavailable; only
 * {@code AgronaIndexQueue} touches Agrona, and only once the library has been found.
 */
package io.nexus.notify.core.agrona;
