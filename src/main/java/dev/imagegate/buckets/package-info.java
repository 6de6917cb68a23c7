/**
 * Private buckets: list, create (private, tagged) and delete the ones the portal made.
 */
@ApplicationModule(displayName = "Buckets", allowedDependencies = { "cloud" })
package dev.imagegate.buckets;

import org.springframework.modulith.ApplicationModule;
