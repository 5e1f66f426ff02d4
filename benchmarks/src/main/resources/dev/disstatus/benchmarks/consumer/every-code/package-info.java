/** The application's DIS client, with a catalog of every code from 100 to 599. */
@DisStatusCatalog(catalog = "com/example/disclient/every-code.yaml")
package com.example.disclient;

import dev.disstatus.DisStatusCatalog;
