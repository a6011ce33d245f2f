/**
 * The {@code jctools} backend: the conflating engine over a JCTools
 * {@code MpscAtomicArrayQueue}, the variant that does not use {@code sun.misc.Unsafe}.
 *
 * <p>JCTools ({@code org.jctools:jctools-core}) is an optional dependency. The provider names
 * no JCTools type, so it loads without the library and then reports the backend unavailable;
 * only {@code JctoolsIndexQueue} touches JCTools, and only once the library has been found.
 */
package io.nexus.notify.core.jctools;
