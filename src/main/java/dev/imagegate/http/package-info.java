/**
 * HTTP plumbing that the portal and the local cloud share, with no knowledge of either.
 */
@ApplicationModule(displayName = "HTTP plumbing", allowedDependencies = {})
package dev.imagegate.http;

import org.springframework.modulith.ApplicationModule;
