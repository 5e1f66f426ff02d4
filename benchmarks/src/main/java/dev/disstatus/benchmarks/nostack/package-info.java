/** DIS's status types generated with {@code stackTraces = false}: exceptions cheap enough for a hot error path. */
@DisStatusCatalog(stackTraces = false)
package dev.disstatus.benchmarks.nostack;

import dev.disstatus.DisStatusCatalog;
