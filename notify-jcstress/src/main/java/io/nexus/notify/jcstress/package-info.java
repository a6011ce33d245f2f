/**
 * jcstress tests of the happens-before contract and the queue invariants, run through the
 * public API so that one class covers every backend.
 *
 * <p>Every contract test makes its queue with {@link io.nexus.notify.EventQueue#create(int)},
 * so the backend is the one named by the system property {@code io.nexus.notify.backend};
 * the channel tests make their channel with
 * {@link io.nexus.notify.channel.EventChannel#create(int, String,
 * io.nexus.notify.channel.WaitStrategy)} and a {@code null} backend, to the same effect.
 * Pass the property to the forked test JVMs with
 * {@code -jvmArgsPrepend -Dio.nexus.notify.backend=NAME}. The classes whose names start with
 * {@code Broken} run the same litmus over deliberately wrong queues and channels defined here;
 * their racy outcome is marked interesting, and seeing it proves that the harness can detect
 * the race on the machine it runs on. {@link io.nexus.notify.jcstress.AvailableBackends} lists the
 * backends for the runner script.
 */
package io.nexus.notify.jcstress;
