/**
 * The portal's frame: home page, login, users, security.
 */
@ApplicationModule(displayName = "Portal web", allowedDependencies = { "cloud", "buckets", "http" })
package dev.imagegate.web;

import org.springframework.modulith.ApplicationModule;
