/** The dis-status Maven plugin: a goal that has a package regenerated when its catalog changed. */
package dev.disstatus.maven;
