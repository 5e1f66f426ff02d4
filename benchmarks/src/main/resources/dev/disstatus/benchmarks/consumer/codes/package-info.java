/** The application's DIS client, with a made-up catalog of 50 to 500 codes between 100 and 599. */
@DisStatusCatalog(catalog = "com/example/disclient/codes.yaml")
package com.example.disclient;

import dev.disstatus.DisStatusCatalog;
