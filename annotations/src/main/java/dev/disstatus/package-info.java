/** The annotation that asks dis-status to generate DIS status code types into a package. */
package dev.disstatus;
