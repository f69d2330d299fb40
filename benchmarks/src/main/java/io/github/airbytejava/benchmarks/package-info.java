/**
 * JMH benchmarks of {@code AirbyteClient} next to the raw HTTP floor, against an in-process
 * loopback server; see the module's README for how to run them and {@code docs/benchmarks.md} for
 * results.
 */
package io.github.airbytejava.benchmarks;
