/**
 * The documentation's code examples, compiled and run: {@code ReadmeExamplesTest} runs every
 * Java block of the README and {@code JavadocExamplesTest} every Javadoc example of the
 * library modules, and each checks that the documentation shows exactly the code it runs.
 */
package io.nexus.notify.readme;
