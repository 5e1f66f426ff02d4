/** A DIS PutRecords client on the generated status code types, and a DIS-like server to run it against. */
package dev.disstatus.example;
