/**
 * The proxy endpoints the portal manages: found by their tags in AWS, listed, checked,
 * changed, torn down; the wizard's pages ({@code wizard}) and the JSON API that create
 * and change them.
 */
@ApplicationModule(displayName = "Endpoints", allowedDependencies = { "proxyapi", "cloud", "buckets", "http" })
package dev.imagegate.endpoints;

import org.springframework.modulith.ApplicationModule;
