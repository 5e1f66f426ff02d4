/** The annotation processor for {@code @DisStatusCatalog}: javac glue, the generation model and one generator per output. */
package dev.disstatus.processor;
