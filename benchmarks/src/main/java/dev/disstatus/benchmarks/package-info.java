/**
 * JMH benchmarks of what dis-status generates (status lookup, exception dispatch) and of what the processor
 * costs a compile, each against the library a DIS client would otherwise use.
 */
package dev.disstatus.benchmarks;
