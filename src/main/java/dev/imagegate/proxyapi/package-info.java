/**
 * Provisioning a proxy API: the spec, its design, the plan, the ordered idempotent steps
 * (the seed's console steps as code) and the verification through the invoke URL.
 */
@ApplicationModule(displayName = "Proxy API provisioning", allowedDependencies = { "cloud", "buckets" })
package dev.imagegate.proxyapi;

import org.springframework.modulith.ApplicationModule;
