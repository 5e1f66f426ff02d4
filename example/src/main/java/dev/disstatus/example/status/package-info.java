/** DIS's status codes as generated types: {@code DisStatus}, the exceptions and {@code DisStatusDispatcher}. */
@DisStatusCatalog
package dev.disstatus.example.status;

import dev.disstatus.DisStatusCatalog;
