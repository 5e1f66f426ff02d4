/** The DIS status catalog: its immutable model, the naming rule for Java names, and the validating loader. */
package dev.disstatus.catalog;
