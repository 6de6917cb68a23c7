/**
 * The embedded local cloud: an AWS emulator in the same JVM. The portal reaches it over
 * HTTP through the SDK, as it reaches AWS; in code it only asks the running
 * {@link LocalCloud} where it listens, its region and account, and its health. That type
 * alone is the named interface {@code embedded} (not propagated: what its constructor
 * takes stays internal); everything else in here is internal.
 */
@ApplicationModule(displayName = "Local cloud", allowedDependencies = { "http" })
package dev.imagegate.localcloud;

import org.springframework.modulith.ApplicationModule;
