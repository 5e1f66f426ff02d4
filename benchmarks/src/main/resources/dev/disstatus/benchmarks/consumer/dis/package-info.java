/** The application's DIS client, with DIS's own status codes. */
@DisStatusCatalog
package com.example.disclient;

import dev.disstatus.DisStatusCatalog;
