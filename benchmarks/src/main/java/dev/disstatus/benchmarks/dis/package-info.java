/** DIS's status types generated with the defaults, as most consumers would: exceptions with stack traces. */
@DisStatusCatalog
package dev.disstatus.benchmarks.dis;

import dev.disstatus.DisStatusCatalog;
