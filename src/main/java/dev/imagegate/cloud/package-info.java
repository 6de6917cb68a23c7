/**
 * The cloud the SDK clients talk to (embedded local cloud, AWS, or an AWS-compatible
 * endpoint), the clients themselves, and AWS's errors described for people. Only this
 * module knows which mode is on.
 */
@ApplicationModule(displayName = "Cloud connection", allowedDependencies = { "localcloud :: embedded" })
package dev.imagegate.cloud;

import org.springframework.modulith.ApplicationModule;
